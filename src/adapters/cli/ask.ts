import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { turnFrom } from "../../core/answer/turn.ts";
import { parseCommand } from "../../core/commands/parse-command.ts";
import type { CommandContext, Reply } from "../../core/commands/run-command.ts";
import type { Lang } from "../../core/knowledge/schema.ts";
import { bootstrapCli, runCli } from "./bootstrap.ts";
import { answerJson, formatReply } from "./terminal-format.ts";

const USAGE = `usage:
  npm run -s ask -- "question" [--json] [--lang ko|en] [--offline] [--after "previous question"]
  npm run -s ask -- - [--json] < paste.txt         the whole input as one question or paste (kubectl output, flags, a manifest)
  npm run -s ask -- --jsonl < questions.txt     one JSON object per non-blank input line (offline)
  npm run -s ask -- diagram <compare|old|new|crio|cri-dockerd|docker> [--narrow] [--ascii] [--lang ko|en]`;

const FLAGS = ["json", "jsonl", "narrow", "ascii", "help", "offline"] as const;

interface AskArgs {
  readonly flags: ReadonlySet<(typeof FLAGS)[number]>;
  readonly lang?: Lang;
  /** The previous question of the conversation, for testing follow-ups. */
  readonly after?: string;
  readonly words: readonly string[];
}

class UsageError extends Error {}

/**
 * Our flags are few; anything else that looks like a flag is part of the question
 * ("--container-runtime-endpoint 뭐야?"), so users don't need `--` to ask about flags.
 */
function parseAskArgs(argv: readonly string[]): AskArgs {
  const { tokens } = parseArgs({
    args: [...argv],
    options: {
      lang: { type: "string" },
      after: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const flags = new Set<(typeof FLAGS)[number]>();
  const words: string[] = [];
  let lang: Lang | undefined;
  let after: string | undefined;
  for (const token of tokens) {
    if (token.kind === "positional") words.push(token.value);
    if (token.kind !== "option") continue;
    const flag = FLAGS.find((f) => f === token.name);
    if (token.name === "after") {
      if (!token.value?.trim()) throw new UsageError("--after takes the previous question");
      after = token.value;
    } else if (token.name === "lang") {
      if (token.value === "ko" || token.value === "en") lang = token.value;
      else
        throw new UsageError(`--lang takes ko or en${token.value ? `, not "${token.value}"` : ""}`);
    } else if (flag) flags.add(flag);
    else words.push(token.rawName + (token.inlineValue ? `=${token.value}` : ""));
  }
  return { flags, words, ...(lang ? { lang } : {}), ...(after ? { after } : {}) };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

function replyJson(reply: Reply) {
  if (reply.kind === "answer") return answerJson(reply.answer, reply.diagram);
  if (reply.kind === "diagram") return { diagram: reply.diagram };
  return { text: reply.text };
}

runCli(async () => {
  let args: AskArgs;
  try {
    args = parseAskArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return 2;
  }
  const { flags, lang, words, after } = args;
  if (flags.has("help") || (!flags.has("jsonl") && words.length === 0)) {
    process.stderr.write(`${USAGE}\n`);
    return flags.has("help") ? 0 : 2;
  }
  const { run, runOffline, core } = await bootstrapCli(process.env);
  // The previous turn is answered offline: only its topic and intent matter, not its wording.
  const previous = after
    ? turnFrom(core.answerer.answerOffline(after, lang ? { lang } : {}))
    : undefined;
  const ctx: CommandContext = {
    ...(lang ? { lang } : {}),
    ...(previous ? { previous } : {}),
    fallbackLang: "en",
    commandPrefix: "npm run ask --",
  };

  if (flags.has("jsonl")) {
    // Bulk mode answers offline: a thousand questions must take seconds, not a model call each.
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      if (line.trim() === "") continue;
      const reply = await runOffline({ type: "ask", question: line }, ctx);
      process.stdout.write(`${JSON.stringify(replyJson(reply))}\n`);
    }
    return 0;
  }

  // "-" reads a whole paste (kubectl get nodes -o wide, a manifest) from standard input, newlines kept.
  const text = words.length === 1 && words[0] === "-" ? await readStdin() : words.join(" ");
  const parsed = parseCommand(text);
  // Only `diagram` is a subcommand here; any other text is a question, even "help me with CRI".
  const command =
    parsed.type === "diagram"
      ? {
          ...parsed,
          narrow: parsed.narrow || flags.has("narrow"),
          ascii: parsed.ascii || flags.has("ascii"),
          ...(lang ? { lang } : {}),
        }
      : parsed.type === "unknown-diagram"
        ? parsed
        : { type: "ask" as const, question: text };
  // --offline answers from entries even when OPENAI_API_KEY is set (compare, or no network).
  const reply = flags.has("offline") ? await runOffline(command, ctx) : await run(command, ctx);
  const out = flags.has("json")
    ? JSON.stringify(replyJson(reply), null, 2)
    : formatReply(reply, process.stdout.isTTY === true);
  process.stdout.write(`${out}\n`);
  return command.type === "unknown-diagram" ? 2 : 0;
});
