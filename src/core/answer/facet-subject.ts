import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Entry, Facet } from "../knowledge/schema.ts";
import { askedBeyondYesNo, type Intent } from "../retrieval/intent.ts";
import type { SearchHit } from "../retrieval/search-index.ts";
import { closeEntryAbout, idWord } from "./choose.ts";
import { answersKind, entryIntent } from "./entry-intent.ts";

// "how do i set up a docker hub mirror on crio nodes, step by step?": the mirrors entry is about
// both runtimes, but its only steps are containerd's. When every facet of the asked kind that
// the chosen entry holds names a peer of the asked subject (containerd) and not the subject
// (CRI-O), a close entry about the subject with a facet of that kind answers instead (CRI-O's
// own entry holds the registries.conf steps).

/** Each entry's facets, by kind, with the peer terms their leads name. */
export type FacetPeers = ReadonlyMap<string, readonly FacetNames[]>;

interface FacetNames {
  readonly intent: Intent;
  /** The peer terms its lead names. */
  readonly names: ReadonlySet<string>;
  /** The peer terms its example questions name: what the facet is asked about. */
  readonly asks: ReadonlySet<string>;
}

/** The peer terms a facet's example questions name, in both languages: what the facet is asked about. */
export function facetAsksAbout(
  facet: Facet,
  tokenize: (text: string) => string[],
  peerTerms: ReadonlySet<string>,
): string[] {
  return tokenize([...facet.en.examples, ...facet.ko.examples].join(" ")).filter((t) =>
    peerTerms.has(t),
  );
}

/** Reads every facet lead once for the peer terms it names. */
export function createFacetPeers(
  entries: readonly Entry[],
  tokenize: (text: string) => string[],
  peerTerms: ReadonlySet<string>,
): FacetPeers {
  return new Map(
    entries.map((e) => [
      e.id,
      (e.facets ?? []).map((f) => ({
        intent: f.intent,
        names: new Set(tokenize(f.en.lead).filter((t) => peerTerms.has(t))),
        asks: new Set(facetAsksAbout(f, tokenize, peerTerms)),
      })),
    ]),
  );
}

/** The shortest part of an entry's id that names it ("shim" of containerd-shim). */
const MIN_ID_PART = 4;

/** A close entry may take over from this far behind (a share of the chosen one's score). */
const SUBJECT_RATIO = 0.5;

/** What preferFacetOnSubject reads besides the chosen entry. */
export interface FacetSubjectInput {
  readonly hits: readonly SearchHit[];
  /** The question's own peer terms (the runtimes, tools or local clusters it names). */
  readonly named: readonly string[];
  /** The question's own words. */
  readonly asked: readonly string[];
  readonly peers: ReadonlyMap<string, ReadonlySet<string>>;
  readonly intent: Intent;
  readonly facetPeers: FacetPeers;
  readonly topicWords: ReadonlyMap<string, ReadonlySet<string>>;
  readonly byId: KnowledgeBase["byId"];
}

/**
 * Whether an entry's facets of the asked kind speak of the subject: `undefined` when it has
 * none (its main lead answers, and is not judged here), false when each names only rivals.
 */
function facetsOnSubject(
  id: string,
  input: FacetSubjectInput,
  rivals: ReadonlySet<string>,
): boolean | undefined {
  const facets = (input.facetPeers.get(id) ?? []).filter((f) => f.intent === input.intent);
  if (facets.length === 0) return undefined;
  return facets.some(
    (f) => input.named.some((n) => f.names.has(n)) || ![...f.names].some((t) => rivals.has(t)),
  );
}

export function preferFacetOnSubject(chosen: Entry, input: FacetSubjectInput): Entry {
  const { hits, named, peers, topicWords, byId } = input;
  if (named.length === 0) return chosen;
  const rivals = new Set(
    named.flatMap((n) => [...(peers.get(n) ?? [])]).filter((t) => !named.includes(t)),
  );
  // Only an entry about the subject and a rival alike (the mirrors of both runtimes), and not
  // one that compares them, hands a question on: its facets are per runtime.
  const about = topicWords.get(chosen.id);
  const shared = named.some((n) => about?.has(n)) && [...rivals].some((r) => about?.has(r));
  if (!shared || chosen.compares) return chosen;
  if (facetsOnSubject(chosen.id, input, rivals) !== false) return chosen;
  const near = { hits, intent: input.intent, topicWords, byId };
  const aboutNamed = (words: ReadonlySet<string>) => named.some((n) => words.has(n));
  const speaksOfIt = (entry: Entry) => facetsOnSubject(entry.id, input, rivals) === true;
  return closeEntryAbout(chosen, near, SUBJECT_RATIO, aboutNamed, speaksOfIt) ?? chosen;
}

/**
 * "docker build 이미지 못 돌리는거임??": the build entry's yes/no facets are asked whether crictl can
 * build and whether kaniko is still a good pick, tools this question never names. When a
 * question names no runtime or tool, the chosen entry's main lead answers another kind, and
 * each of its yes/no facets is asked about a tool, a close entry whose yes or no fits answers
 * instead (whether the images run). A runtime in an example ("does containerd read
 * daemon.json?") is where the facet applies, not what it is about.
 */
export function preferYesNoOnNamed(
  chosen: Entry,
  input: FacetSubjectInput,
  runtimes: ReadonlySet<string>,
): Entry {
  const { hits, named, topicWords, byId } = input;
  if (input.intent !== "yesno" || named.length > 0 || entryIntent(chosen) === "yesno")
    return chosen;
  const yesNoFacets = (id: string) =>
    (input.facetPeers.get(id) ?? []).filter((f) => f.intent === "yesno");
  // "shim은 컨테이너마다 하나씩?": a facet asked about the entry's own subject (containerd-shim)
  // is about what the question names, when it names a part of the entry's id ("shim").
  const ownAsked = (id: string) =>
    id.split("-").some((part) => part.length >= MIN_ID_PART && input.asked.includes(part));
  const askedAboutTool = (f: FacetNames, id: string) =>
    [...f.asks].some((t) => !runtimes.has(t) && !(t === idWord(id) && ownAsked(id)));
  const allAboutTools = (id: string) => {
    const facets = yesNoFacets(id);
    return facets.length > 0 && facets.every((f) => askedAboutTool(f, id));
  };
  if (!allAboutTools(chosen.id)) return chosen;
  const near = { hits, intent: input.intent, topicWords, byId };
  const answersYesNo = (entry: Entry) =>
    entryIntent(entry) === "yesno" ||
    (yesNoFacets(entry.id).length > 0 && !allAboutTools(entry.id));
  return closeEntryAbout(chosen, near, SUBJECT_RATIO, () => true, answersYesNo) ?? chosen;
}

/** A close entry's yes or no may answer instead when it scores at least this share of the chosen one. */
const YES_NO_RATIO = 0.6;

/**
 * "can we still run docker engine as the node runtime on 1.30?": the entry named for dockerd says
 * what dockerd is and has no yes or no for this; a close entry that answers yes or no to it
 * (Docker Engine is still usable) answers instead of a definition. A yes/no question about an
 * impact, a release or a check is left to be answered as that (see what-it-asks.ts).
 */
export function preferYesNoAnswer(
  chosen: Entry,
  input: Pick<FacetSubjectInput, "hits" | "topicWords" | "byId">,
  question: string,
): Entry {
  if (entryIntent(chosen) !== "definition" || answersKind(chosen, "yesno", question)) return chosen;
  if (askedBeyondYesNo(question) !== undefined) return chosen;
  const near = { ...input, intent: "yesno" as const };
  const answers = (entry: Entry) => answersKind(entry, "yesno", question);
  return closeEntryAbout(chosen, near, YES_NO_RATIO, () => true, answers) ?? chosen;
}
