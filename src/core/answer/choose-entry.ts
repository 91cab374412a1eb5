import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Entry } from "../knowledge/schema.ts";
import type { Intent } from "../retrieval/intent.ts";
import type { SearchHit } from "../retrieval/search-index.ts";
import { preferCounterpart, preferNamedPeer, preferRarestSubject } from "./choose.ts";
import { breakTie, type FitInput } from "./tie-break.ts";

/** How far down the hits an entry comparing the two things asked about is looked for. */
const COMPARISON_DEPTH = 5;
/** Entries written to compare two things are named for both ("containerd-vs-crio"). */
const COMPARES = "-vs-";

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
  const counterpart = preferCounterpart(own, hits, question, searched, peers, runtimes, byId);
  return (
    comparingEntry(counterpart, choice, byId) ??
    migrationTo(counterpart, choice, byId) ??
    counterpart
  );
}

// The runtime a node moves to: "move each worker to containerd", "containerd로 옮기는 순서".
const MOVES_TO =
  /\b(?:move|moving|migrate|migrating|switch|switching|convert|converting|go|going)\b[^.?!]{0,40}?\b(?:to|onto)\s+(containerd|cri-?o|cri-dockerd)\b|\b(containerd|cri-?o|cri-dockerd)\s*(?:으로|로)\s*(?:옮기|옮길|바꾸|바꿀|전환하|전환할|마이그레이션 ?하|갈아타|이관하|넘어가|넘어갈)/i;

/**
 * "workers are on docker engine 20.10; need to move each to containerd — what's the order?":
 * steps for moving are those of the entry named for the destination ("migrate-to-containerd"),
 * however much the source's words (Docker Engine) pull toward its own entries. A move already
 * made ("migrated nodes to containerd but…") is not asked for.
 */
function migrationTo(
  chosen: Entry,
  choice: EntryChoice,
  byId: KnowledgeBase["byId"],
): Entry | undefined {
  if (choice.intent !== "procedure") return undefined;
  const [, en, ko] = MOVES_TO.exec(choice.question) ?? [];
  const target = (en ?? ko)?.toLowerCase().replace(/^cri-?o$/, "crio");
  if (!target) return undefined;
  const id = `migrate-to-${target}`;
  if (chosen.id === id) return undefined;
  // Not only among the hits: a long story about the source runtime can push it out of them.
  return byId.get(id);
}

/**
 * "containerd랑 CRI-O 차이 뭐에요? 새 클러스터 어떤걸로 갈지 고민중": a comparison naming two
 * things is answered by the entry written to compare those two ("containerd-vs-crio"),
 * when the hits hold one, however much the rest of the question pulled elsewhere.
 */
function comparingEntry(
  chosen: Entry,
  choice: EntryChoice,
  byId: KnowledgeBase["byId"],
): Entry | undefined {
  const { hits, intent, named, fit } = choice;
  const asked = new Set(named);
  if (intent !== "comparison" || asked.size < 2) return undefined;
  const comparesBoth = (entry: Entry) =>
    entry.id.includes(COMPARES) &&
    new Set(fit.tokenize(entry.id.replace(/-/g, " ")).filter((t) => asked.has(t))).size >= 2;
  if (comparesBoth(chosen)) return undefined;
  for (const hit of hits.slice(0, COMPARISON_DEPTH)) {
    const entry = byId.get(hit.id);
    if (entry && comparesBoth(entry)) return entry;
  }
  return undefined;
}
