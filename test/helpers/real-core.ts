import { loadKnowledge } from "../../src/adapters/knowledge/load-knowledge.ts";
import { turnFrom } from "../../src/core/answer/turn.ts";
import type { Answer } from "../../src/core/answer/types.ts";
import { type BotCore, createBotCore } from "../../src/core/bot-core.ts";
import { silentLogger } from "../../src/core/ports.ts";

/** The real knowledge base from the repo, loaded once per test file. */
export async function loadRealCore(): Promise<BotCore> {
  return createBotCore(await loadKnowledge("knowledge"), { logger: silentLogger });
}

/** Asks the core offline, after `after` when given, as a thread's next message would be asked. */
export function askAfter(core: BotCore, question: string, after?: string): Answer {
  const previous = after === undefined ? undefined : turnFrom(core.answerer.answerOffline(after));
  return core.answerer.answerOffline(question, previous ? { previous } : {});
}
