import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Entry } from "../knowledge/schema.ts";
import type { Intent } from "../retrieval/intent.ts";
import type { SearchHit } from "../retrieval/search-index.ts";
import { preferCounterpart, preferNamedPeer, preferRarestSubject } from "./choose.ts";
import { breakTie, type FitInput } from "./tie-break.ts";

/** What stays the same for every question: the knowledge and the vocabulary read from it. */
export interface EntryVocabulary {
  readonly byId: KnowledgeBase["byId"];
  readonly topicWords: ReadonlyMap<string, ReadonlySet<string>>;
  readonly peers: ReadonlyMap<string, ReadonlySet<string>>;
  /** The runtimes' peer group: the places a counterpart question compares. */
  readonly runtimes: ReadonlySet<string>;
}

export interface EntryChoice {
  /** The entry the retrieval and intent picked first. */
  readonly primary: Entry;
  readonly hits: readonly SearchHit[];
  readonly fit: FitInput;
  readonly question: string;
  readonly intent: Intent;
  /** The question's own words, and the core terms among them. */
  readonly asked: readonly string[];
  readonly named: readonly string[];
  /** The words searched, a follow-up's borrowed context included. */
  readonly searched: readonly string[];
  readonly weights: ReadonlyMap<string, number>;
}

/**
 * The entry that answers, in order: a near tie goes to the lead carrying more of the
 * question, then the rarest subject named, then the named subject over its peer, then a
 * counterpart asked for. Each step keeps the entry unless its own condition holds.
 */
export function chooseEntry(vocabulary: EntryVocabulary, choice: EntryChoice): Entry {
  const { byId, topicWords, peers, runtimes } = vocabulary;
  const { primary, hits, fit, question, intent, asked, named, searched, weights } = choice;
  const tied = breakTie(primary, hits, fit, byId);
  const rarest = preferRarestSubject(tied, hits, named, weights, intent, topicWords, byId);
  const own = preferNamedPeer(rarest, hits, asked, peers, intent, topicWords, byId);
  return preferCounterpart(own, hits, question, searched, peers, runtimes, byId);
}
