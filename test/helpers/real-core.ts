import { loadKnowledge } from "../../src/adapters/knowledge/load-knowledge.ts";
import { type BotCore, createBotCore } from "../../src/core/bot-core.ts";
import { silentLogger } from "../../src/core/ports.ts";

/** The real knowledge base from the repo, loaded once per test file. */
export async function loadRealCore(): Promise<BotCore> {
  return createBotCore(await loadKnowledge("knowledge"), { logger: silentLogger });
}
