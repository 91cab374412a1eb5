import { createAnswerer, type OfflineAnswerer } from "./answer/answerer.ts";
import type { AnswerWriter } from "./answer/types.ts";
import { withDiagnosis } from "./diagnose/diagnosing-answerer.ts";
import type { KnowledgeBase } from "./knowledge/knowledge-base.ts";
import type { Logger } from "./ports.ts";
import { createScopeJudge, type ScopeJudge } from "./retrieval/scope.ts";
import { createSearchIndex, type SearchIndex } from "./retrieval/search-index.ts";

export interface BotCore {
  readonly kb: KnowledgeBase;
  readonly index: SearchIndex;
  readonly judge: ScopeJudge;
  readonly answerer: OfflineAnswerer;
}

/** Builds everything that answers questions from a validated knowledge base. */
export function createBotCore(
  kb: KnowledgeBase,
  deps: { logger: Logger; writer?: AnswerWriter },
): BotCore {
  const index = createSearchIndex(kb.entries, kb.glossary);
  const judge = createScopeJudge(kb.glossary, undefined, index.knows);
  // Pastes are diagnosed before retrieval, so a node list never gets a random entry.
  const answerer = withDiagnosis(
    createAnswerer({
      kb,
      index,
      judge,
      logger: deps.logger,
      ...(deps.writer ? { writer: deps.writer } : {}),
    }),
    kb,
    deps.logger,
  );
  return { kb, index, judge, answerer };
}
