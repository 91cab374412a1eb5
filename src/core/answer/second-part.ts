import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Entry } from "../knowledge/schema.ts";
import { detectIntent, type Intent } from "../retrieval/intent.ts";
import type { ScopeJudge } from "../retrieval/scope.ts";
import type { SearchHit, SearchIndex } from "../retrieval/search-index.ts";
import { pickPrimary, secondEntityEntry, splitAsks } from "./choose.ts";

const SEARCH_DEPTH = 8;

export interface SecondPartDeps {
  readonly kb: KnowledgeBase;
  readonly index: SearchIndex;
  readonly judge: ScopeJudge;
  readonly topicWords: ReadonlyMap<string, ReadonlySet<string>>;
  readonly entityTokens: (tokens: readonly string[]) => string[];
}

export interface SecondPart {
  readonly entry: Entry;
  readonly intent: Intent;
  /** The part answers the question's first ask, so it goes before the chosen entry's. */
  readonly first?: boolean;
}

/**
 * Finds the other entry of a question that names two things ("containerd랑 CRI-O 소켓 경로")
 * or asks two things ("crictl로 로그 보기랑 이미지 지우기"), if there is one.
 */
export function createSecondPart(deps: SecondPartDeps) {
  const { kb, index, judge, topicWords, entityTokens } = deps;
  return function secondPart(
    primary: Entry,
    question: string,
    named: readonly string[],
    intent: Intent,
    hits: readonly SearchHit[],
  ): SecondPart | undefined {
    // Only what the asker named counts: a follow-up's borrowed context is not a second subject.
    const other = secondEntityEntry(primary, named, hits, topicWords, kb.byId);
    if (other) return { entry: other.entry, intent };
    if (intent === "comparison") return undefined;
    const parts = splitAsks(question);
    if (parts.length !== 2) return undefined;
    const [a, b] = parts.map((p) => index.tokenize(p));
    if (!a || !b || a.length < 2 || b.length < 2) return undefined;
    // The second ask borrows the first one's subject when it names none.
    const borrowed = entityTokens(b).length === 0 ? entityTokens(a) : [];
    const partB = [parts[1] ?? "", ...borrowed].join(" ");
    const resultB = index.search(partB, SEARCH_DEPTH);
    if (!judge.judge(resultB).inScope) return undefined;
    const intentB = detectIntent(parts[1] ?? "");
    const entryB = pickPrimary(resultB.hits, intentB, kb.byId);
    if (!entryB) return undefined;
    const resultA = index.search(parts[0] ?? "", SEARCH_DEPTH);
    // "when did CRI first show up, and when did CRI v1 go stable?": the chosen entry answers
    // the second ask; the first ask's own entry answers first.
    if (entryB.id === primary.id) {
      // Only two dates asked ("when…, and when…?"): for other kinds the reorder lost as many
      // answers as it won (a yes/no then its reason, a command then "docker rm 처럼").
      const intentA = detectIntent(parts[0] ?? "");
      if (intentA !== "time" || intentB !== "time") return undefined;
      const entryA = pickPrimary(resultA.hits, intentA, kb.byId);
      return entryA && entryA.id !== primary.id
        ? { entry: entryA, intent: intentA, first: true }
        : undefined;
    }
    // Only when the first ask is really the primary's: otherwise the whole question was one ask.
    if (!resultA.hits.slice(0, 2).some((h) => h.id === primary.id)) return undefined;
    return { entry: entryB, intent: intentB };
  };
}
