import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Entry } from "../knowledge/schema.ts";
import type { Intent } from "../retrieval/intent.ts";
import type { SearchHit } from "../retrieval/search-index.ts";
import { answersKind } from "./entry-intent.ts";
import { hitsBelow } from "./release.ts";

/**
 * True when an entry kept for one product's questions (`askedFor`: k3s, RKE2) meets a question
 * that names none of them, in its words or in the words a follow-up borrowed from its thread.
 */
export function asksOtherProduct(
  entry: Entry,
  question: string,
  searched: readonly string[],
): boolean {
  if (!entry.askedFor) return false;
  const q = question.toLowerCase();
  return !entry.askedFor.some((w) => q.includes(w.toLowerCase()) || searched.includes(w));
}

/**
 * "containerd에 레지스트리 미러 추가하려는데 설정파일 어디있어요?": the k3s/RKE2 entry matches every
 * containerd and config word, but the asker runs plain containerd. The next entry that answers
 * the asked kind (or, failing that, the next one) and is not kept for another product answers.
 */
export function preferNamedProduct(
  chosen: Entry,
  hits: readonly SearchHit[],
  ask: { readonly question: string; readonly searched: readonly string[]; readonly intent: Intent },
  byId: KnowledgeBase["byId"],
): Entry {
  const { question, searched, intent } = ask;
  if (!asksOtherProduct(chosen, question, searched)) return chosen;
  const others = hitsBelow(chosen, hits, byId, (e) => asksOtherProduct(e, question, searched));
  return others.find((e) => answersKind(e, intent, question)) ?? others[0] ?? chosen;
}
