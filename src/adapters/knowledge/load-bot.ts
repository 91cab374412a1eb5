import type { AnswerWriter } from "../../core/answer/answerer.ts";
import { type BotCore, createBotCore } from "../../core/bot-core.ts";
import { type CommandRunner, createCommandRunner } from "../../core/commands/run-command.ts";
import { renderDiagram } from "../../core/diagrams/index.ts";
import type { Logger } from "../../core/ports.ts";
import { KnowledgeError } from "../../errors.ts";
import { loadKnowledge } from "./load-knowledge.ts";
import { loadPaths } from "./load-paths.ts";

export interface LoadedBot {
  readonly core: BotCore;
  readonly run: CommandRunner;
}

/**
 * Reads and validates `knowledge/` (entries, glossary, runtime paths) and wires
 * the core. Shared by the Slack app and the terminal so both refuse to start on
 * an invalid knowledge base in the same way.
 */
export async function loadBot(
  root: string,
  deps: { logger: Logger; writer?: AnswerWriter },
): Promise<LoadedBot> {
  // Both loaders run to the end so one error lists the problems of entries and paths alike.
  const [kb, paths] = await Promise.allSettled([loadKnowledge(root), loadPaths(root)]);
  if (kb.status === "rejected" || paths.status === "rejected") {
    const failures = [kb, paths].flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    const other = failures.find((e) => !(e instanceof KnowledgeError));
    if (other) throw other;
    throw new KnowledgeError(failures.flatMap((e: KnowledgeError) => e.problems));
  }
  const core = createBotCore(kb.value, deps);
  const run = createCommandRunner({
    kb: kb.value,
    answerer: core.answerer,
    renderDiagram: (name, options) => renderDiagram(name, paths.value, options),
  });
  return { core, run };
}
