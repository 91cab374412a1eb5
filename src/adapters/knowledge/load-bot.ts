import type { Answerer, AnswerWriter } from "../../core/answer/types.ts";
import { type BotCore, createBotCore } from "../../core/bot-core.ts";
import {
  type CommandRunner,
  createCommandRunner,
  type DiagramRenderer,
} from "../../core/commands/run-command.ts";
import { renderDiagram } from "../../core/diagrams/index.ts";
import type { Logger } from "../../core/ports.ts";
import { KnowledgeError } from "../../errors.ts";
import { loadKnowledge } from "./load-knowledge.ts";
import { loadPaths } from "./load-paths.ts";

export interface LoadedBot {
  readonly core: BotCore;
  readonly run: CommandRunner;
  /** The same commands answered without the model: for bulk use, where speed matters more. */
  readonly runOffline: CommandRunner;
  /** Draws a runtime-path diagram (tutoring lessons show one). */
  readonly draw: DiagramRenderer;
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
    const failures: unknown[] = [kb, paths].flatMap((r) =>
      r.status === "rejected" ? [r.reason] : [],
    );
    const problems = failures.flatMap((e) => (e instanceof KnowledgeError ? e.problems : []));
    const other = failures.find((e) => !(e instanceof KnowledgeError));
    throw other ?? new KnowledgeError(problems);
  }
  const core = createBotCore(kb.value, deps);
  const draw: DiagramRenderer = (name, options) => renderDiagram(name, paths.value, options);
  const offline: Answerer = {
    ask: async (question, options) => core.answerer.answerOffline(question, options),
  };
  return {
    core,
    run: createCommandRunner({ kb: kb.value, answerer: core.answerer, renderDiagram: draw }),
    runOffline: createCommandRunner({ kb: kb.value, answerer: offline, renderDiagram: draw }),
    draw,
  };
}
