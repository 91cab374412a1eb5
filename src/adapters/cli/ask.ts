import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { parseCommand } from "../../core/commands/parse-command.ts";
import type { Lang } from "../../core/knowledge/schema.ts";
import { bootstrapCli, runCli } from "./bootstrap.ts";
import { answerJson, formatReply } from "./terminal-format.ts";

const USAGE = `usage:
  npm run ask -- "question" [--json] [--lang ko|en]
  npm run ask -- --jsonl < questions.txt      one JSON object per input line
  npm run ask -- diagram <compare|old|new|crio|cri-dockerd|docker> [--narrow] [--ascii] [--lang ko|en]`;

function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === "ko" || value === "en") return value;
  throw new Error(`--lang must be ko or en, not "${value}"`);
}

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      jsonl: { type: "boolean", default: false },
      narrow: { type: "boolean", default: false },
      ascii: { type: "boolean", default: false },
      lang: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || (!values.jsonl && positionals.length === 0)) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const lang = parseLang(values.lang);
  const { core, run } = await bootstrapCli(process.env);

  if (values.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      if (line.trim() === "") continue;
      const answer = await core.answerer.ask(line, lang ? { lang } : {});
      process.stdout.write(`${JSON.stringify(answerJson(answer))}\n`);
    }
    return 0;
  }

  const text = positionals.join(" ");
  const command = parseCommand(text);
  const isDiagram = command.type === "diagram";
  const reply = await run(
    isDiagram
      ? {
          ...command,
          narrow: command.narrow || values.narrow,
          ascii: command.ascii || values.ascii,
          ...(lang ? { lang } : {}),
        }
      : { type: "ask", question: text },
    {
      ...(lang ? { lang } : {}),
      fallbackLang: "en",
      commandPrefix: "npm run ask --",
    },
  );
  if (values.json) {
    const json =
      reply.kind === "answer"
        ? answerJson(reply.answer, reply.diagram)
        : reply.kind === "diagram"
          ? { diagram: reply.diagram }
          : { text: reply.text };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatReply(reply, process.stdout.isTTY === true)}\n`);
  }
  return 0;
});
