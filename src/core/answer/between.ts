import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Entry } from "../knowledge/schema.ts";
import type { SearchHit } from "../retrieval/search-index.ts";
import { idWord } from "./choose.ts";

// "what sits between containerd and runc?", "containerd랑 runc 사이에 뭐가 있어?": the answer is the
// thing in the middle, never either end, even though the ends are what the question names.
const ASKS_MIDDLE =
  /\b(?:what|which|who)\b[^?]{0,40}\b(?:sits?|is|are|runs?|goes|lives?|comes?)\s+(?:\w+\s+)?between\b|사이(?:에는?|엔|에서)?\s?(?:뭐|뭔|무엇|무슨|어떤|누가|있는)/i;
// "what's the difference between CRI and OCI?" compares the two ends; it asks for no middle.
const COMPARES =
  /\b(?:diff(?:erence)?s?|different|relationship|vs|versus|compare)\b|차이|다른 ?점|비교/i;

/** How far down the hits the entry in the middle is looked for. */
const MIDDLE_DEPTH = 6;

/**
 * The entry about both things named and named for neither (containerd-shim between containerd
 * and runc, conmon between CRI-O and runc), when the question asks what sits between two things.
 */
export function entryBetween(
  chosen: Entry,
  question: string,
  named: readonly string[],
  hits: readonly SearchHit[],
  topicWords: ReadonlyMap<string, ReadonlySet<string>>,
  byId: KnowledgeBase["byId"],
  /** Whether a word names a component of the path (a runtime, a shim, a tool). */
  isComponent: (word: string) => boolean,
): Entry | undefined {
  const ends = [...new Set(named)];
  if (ends.length !== 2 || !ends.every(isComponent)) return undefined;
  if (!ASKS_MIDDLE.test(question) || COMPARES.test(question)) return undefined;
  // An entry comparing two runtimes is about both ends too, but names nothing between them.
  const inMiddle = (id: string) =>
    !ends.includes(idWord(id)) &&
    byId.get(id)?.compares === undefined &&
    ends.every((end) => topicWords.get(id)?.has(end));
  if (inMiddle(chosen.id) && isComponent(idWord(chosen.id))) return undefined;
  // A component in the middle (conmon) before an entry that only mentions both ends (crio-config);
  // a chain's entry already chosen (kubelet-path-change) stays when no component is found.
  // The component is looked for past the hits too: "what sits between crio and runc" shares only
  // the two ends' names with conmon's entry, which the search ranks low.
  const middle = hits
    .slice(0, MIDDLE_DEPTH)
    .map((h) => h.id)
    .filter(inMiddle);
  const component = [...middle, ...byId.keys()].find(
    (id) => inMiddle(id) && isComponent(idWord(id)),
  );
  const id = component ?? (inMiddle(chosen.id) ? undefined : middle[0]);
  return id === undefined ? undefined : byId.get(id);
}
