import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { turnFrom } from "../../core/answer/turn.ts";
import type { TurnContext } from "../../core/answer/types.ts";
import { parseCommand } from "../../core/commands/parse-command.ts";
import type { Lang } from "../../core/knowledge/schema.ts";
import { detectLang } from "../../core/text/lang.ts";
import { bootstrapCli, runCli } from "./bootstrap.ts";
import { createChatTutor } from "./chat-tutor.ts";
import { formatReply } from "./terminal-format.ts";
import { openTutorService } from "./tutor-setup.ts";

const EXIT = new Set(["exit", "quit", ":q", "종료", "나가기"]);

const USAGE = "usage: npm run chat [-- --lang ko|en]";

/** An odd number of ``` on a line opens a fenced paste that continues on the next lines. */
const opensFence = (line: string) => (line.match(/```/g)?.length ?? 0) % 2 === 1;

runCli(async () => {
  const { values } = parseArgs({ options: { lang: { type: "string" } }, strict: false });
  if (values.lang !== undefined && values.lang !== "ko" && values.lang !== "en") {
    process.stderr.write(`--lang takes ko or en\n${USAGE}\n`);
    return 2;
  }
  const { run, core, draw, config, logger } = await bootstrapCli(process.env);
  const interactive = process.stdin.isTTY === true;
  const color = process.stdout.isTTY === true;
  const rl = createInterface({
    input: process.stdin,
    output: interactive ? process.stdout : undefined,
    terminal: interactive,
  });
  const tutoring = openTutorService({
    config,
    logger,
    entries: core.kb.entries,
    index: core.index,
  });
  const tutor = createChatTutor({
    load: tutoring.load,
    entries: core.kb.entries,
    diagram: (name, lang) => draw(name, { lang, width: "narrow", style: "unicode" }),
    color,
  });
  // `--lang` fixes the answer language from the start, like typing `lang ko` first.
  let fixedLang: Lang | undefined = values.lang;
  if (interactive) {
    process.stdout.write(
      'k8s-runtime-bot — ask about CRI, containerd, dockershim… ("help", "exit")\n',
    );
    rl.setPrompt("> ");
    rl.prompt();
  }
  // The last answer in this session: a follow-up ("and for CRI-O?") is read against it.
  let previous: TurnContext | undefined;
  // Lines are answered strictly in order, so piped input gets its answers in the same order.
  // A line with an unclosed ``` starts a paste that runs to the closing ```, answered as one.
  let pasted: string[] | undefined;
  const answer = async (input: string) => {
    const tutored = await tutor.handle(input, fixedLang ?? detectLang(input));
    if (tutored) {
      const asked = tutored.question;
      if (asked !== undefined) {
        const reply = await run(parseCommand(asked), {
          ...(fixedLang ? { lang: fixedLang } : {}),
          fallbackLang: detectLang(asked),
          commandPrefix: "",
        });
        process.stdout.write(`${formatReply(reply, color)}\n\n`);
      }
      if (tutored.text !== "") process.stdout.write(`${tutored.text}\n\n`);
      return;
    }
    const command = parseCommand(input);
    const reply = await run(command, {
      ...(fixedLang ? { lang: fixedLang } : {}),
      ...(previous ? { previous } : {}),
      fallbackLang: detectLang(input),
      commandPrefix: "",
    });
    if (reply.kind === "answer" && reply.answer.kind === "answer")
      previous = turnFrom(reply.answer);
    if (command.type === "lang" && command.lang) fixedLang = command.lang;
    process.stdout.write(`${formatReply(reply, color)}\n\n`);
  };
  for await (const line of rl) {
    if (pasted || opensFence(line)) {
      pasted = [...(pasted ?? []), line];
      if (pasted.length === 1 || !line.includes("```")) continue;
    }
    const input = pasted ? pasted.join("\n") : line.trim();
    pasted = undefined;
    if (EXIT.has(input.toLowerCase())) break;
    if (input !== "") await answer(input);
    if (interactive) rl.prompt();
  }
  // Input ended inside a paste: answer what arrived rather than drop it.
  if (pasted) await answer(pasted.join("\n"));
  rl.close();
  await tutoring.close();
  return 0;
});
