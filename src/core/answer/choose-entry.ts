import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Entry } from "../knowledge/schema.ts";
import {
  askingAlone,
  asksWhatItIs,
  definitionAmidContext,
  definitionBeforeGuess,
  type Intent,
} from "../retrieval/intent.ts";
import type { SearchHit } from "../retrieval/search-index.ts";
import { entryBetween } from "./between.ts";
import { idWord, preferCounterpart, preferNamedPeer, preferRarestSubject } from "./choose.ts";
import { type Counterparts, createCounterparts } from "./equivalents.ts";
import {
  createFacetPeers,
  type FacetPeers,
  preferFacetOnSubject,
  preferYesNoAnswer,
  preferYesNoOnNamed,
} from "./facet-subject.ts";
import { migrationTo, settingMoved } from "./migration-choice.ts";
import { preferNamedProduct } from "./named-product.ts";
import { preferAskedRelease } from "./release.ts";
import { createSocketRows, type SocketAsk, type SocketRows } from "./socket-rows.ts";
import { breakTie, type FitInput } from "./tie-break.ts";
import type { NamedRow } from "./types.ts";

/** How far down the hits an entry comparing the two things asked about is looked for. */
const COMPARISON_DEPTH = 5;

/** What stays the same for every question: the knowledge and the vocabulary read from it. */
export interface EntryVocabulary {
  readonly byId: KnowledgeBase["byId"];
  readonly topicWords: ReadonlyMap<string, ReadonlySet<string>>;
  readonly peers: ReadonlyMap<string, ReadonlySet<string>>;
  /** The runtimes' peer group: the places a counterpart question compares. */
  readonly runtimes: ReadonlySet<string>;
  /** Each comparison entry's id with the words of the things it `compares`. */
  readonly compared: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each migration procedure by the runtime it `movesTo`. */
  readonly destinations: ReadonlyMap<string, Entry>;
  /** Each docker command's counterpart, by the mapping entry that declares it (`equivalents`). */
  readonly counterparts: Counterparts;
  /** Each runtime's socket, by the entry that lists them (`sockets`). */
  readonly sockets: SocketRows;
  /** The peer terms each facet lead names (see preferFacetOnSubject). */
  readonly facetPeers: FacetPeers;
}

/** Everything chooseEntry reads that stays the same for every question, read once. */
export function entryVocabulary(
  kb: KnowledgeBase,
  tokenize: (text: string) => string[],
  topicWords: EntryVocabulary["topicWords"],
  peers: EntryVocabulary["peers"],
): EntryVocabulary {
  return {
    byId: kb.byId,
    topicWords,
    peers,
    runtimes: peers.get("containerd") ?? new Set<string>(),
    facetPeers: createFacetPeers(kb.entries, tokenize, new Set(peers.keys())),
    ...choiceVocabulary(kb.entries, tokenize),
  };
}

/** The comparison and migration entries of a knowledge base, read once. */
export function choiceVocabulary(
  entries: readonly Entry[],
  tokenize: (text: string) => string[],
): Pick<EntryVocabulary, "compared" | "destinations" | "counterparts" | "sockets"> {
  return {
    compared: new Map(
      entries.flatMap((e) => (e.compares ? [[e.id, new Set(tokenize(e.compares.join(" ")))]] : [])),
    ),
    destinations: new Map(entries.flatMap((e) => (e.movesTo ? [[e.movesTo, e]] : []))),
    counterparts: createCounterparts(entries),
    sockets: createSocketRows(entries),
  };
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
  /** The one core term an asking sentence names and nothing else, when a remark that asks nothing follows it. */
  readonly definedAlone: string | undefined;
  /** The words searched, a follow-up's borrowed context included. */
  readonly searched: readonly string[];
  readonly weights: ReadonlyMap<string, number>;
  /** The rows answering exactly what the question names (see namedRows): their entry answers. */
  readonly rows: readonly NamedRow[];
}

/**
 * The entry that answers, in order: an entry kept for a product not asked about gives way, a
 * near tie goes to the lead carrying more of the question, then "what is X" to the entry named
 * for X, then the rarest subject named, then
 * the named subject over its peer, then a counterpart asked for; last, a comparison of two
 * things to the entry that `compares` them, a move to a runtime to the steps that
 * `movesTo` it, "what instead of docker X?" to the entry holding X's counterpart, and
 * "where is X's socket?" to the entry listing it.
 * Each step keeps the entry unless its own condition holds.
 */
export function chooseEntry(vocabulary: EntryVocabulary, choice: EntryChoice): Entry {
  const { byId, topicWords, peers, runtimes, compared, facetPeers } = vocabulary;
  const { primary, hits, fit, question, intent, asked, named, searched, weights } = choice;
  const product = preferNamedProduct(primary, hits, { question, searched, intent }, byId);
  const release = preferAskedRelease(product, hits, question, intent, byId);
  const tied = breakTie(release, hits, fit, byId);
  const defined = namedForDefined(tied, choice, byId) ?? tied;
  const rarest = preferRarestSubject(defined, hits, named, weights, intent, topicWords, byId);
  const subject = {
    hits,
    named: asked.filter((t) => peers.has(t)),
    asked,
    peers,
    intent,
    facetPeers,
    topicWords,
    byId,
  };
  const onSubject = preferYesNoOnNamed(
    preferFacetOnSubject(
      preferNamedPeer(rarest, hits, asked, peers, intent, topicWords, byId),
      subject,
    ),
    subject,
    runtimes,
  );
  const counterpart = preferCounterpart(onSubject, hits, question, searched, peers, runtimes, byId);
  const answering =
    intent === "yesno"
      ? preferYesNoAnswer(counterpart, { hits, topicWords, byId }, question)
      : counterpart;
  return (
    entryBetween(answering, question, named, hits, topicWords, byId, (w) => peers.has(w)) ??
    comparingEntry(answering, choice, compared, byId) ??
    migrationTo(answering, choice, vocabulary) ??
    settingMoved(answering, choice, vocabulary) ??
    choice.rows[0]?.entry ??
    answering
  );
}

/** The rows that answer exactly what a question names: docker commands' counterparts, then sockets. */
export function namedRows(
  vocabulary: Pick<EntryVocabulary, "counterparts" | "sockets">,
  ask: SocketAsk,
): readonly NamedRow[] {
  return [...vocabulary.counterparts(ask.question, ask.intent), ...vocabulary.sockets(ask)];
}

/**
 * "CRI가 뭐에요? 배포 깨져서 kubelet 로그 보니까 CRI 어쩌고 계속 나오던데": the one core term an
 * asking sentence names and nothing else, when the remark after it asks nothing.
 */
export function termDefinedAlone(
  question: string,
  /** The core terms the whole question names (the answerer has them already). */
  named: readonly string[],
  tokenize: (text: string) => string[],
  entityTokens: (tokens: readonly string[]) => string[],
): string | undefined {
  // "…'CRI 호환' 얘기를 합니다. CRI가 정확히 뭔가요? 한 줄로요": the one question amid background.
  const alone = definitionAmidContext(question) ?? askingAlone(question);
  // "what exactly is CRI? is it a daemon or just a spec": a guess at what it is asks nothing new,
  // unless it names another thing ("…is that the same thing as dockershim?" compares the two).
  const asked = alone ?? definitionBeforeGuess(question);
  if (asked === undefined) return undefined;
  const words = new Set(tokenize(asked));
  const [term, ...more] = entityTokens([...words]);
  if (more.length > 0 || words.size !== 1) return undefined;
  return alone !== undefined || named.length === 1 ? term : undefined;
}

/** How far below the chosen entry the entry named for a defined term may score (a share). */
const DEFINED_RATIO = 0.7;
const DEFINED_DEPTH = 5;

/**
 * "what even is containerd? is it like a smaller docker?": a question asking what one core
 * term is gets the entry named for that term (containerd), not a close entry that shares
 * more of the words around it (containerd namespaces and `docker ps`).
 */
function namedForDefined(
  chosen: Entry,
  choice: EntryChoice,
  byId: KnowledgeBase["byId"],
): Entry | undefined {
  const { intent, named, definedAlone, hits } = choice;
  const term = definedAlone ?? (named.length === 1 ? named[0] : undefined);
  if (intent !== "definition" || term === undefined) return undefined;
  // Only a question that asks what the term is: "definition" is also the kind nothing else matched.
  if (definedAlone === undefined && !asksWhatItIs(choice.question)) return undefined;
  const own = hits.find((h) => h.id === chosen.id);
  if (!own || idWord(chosen.id) === term) return undefined;
  // A remark after "CRI가 뭐에요?" that asks nothing ("kubelet 로그에 CRI 어쩌고 계속 나오던데") may
  // match another entry far better; it is still background, so the entry named for CRI answers
  // however far below it scores, or whether the search ranked it at all.
  if (definedAlone !== undefined) return [...byId.values()].find((e) => idWord(e.id) === term);
  const floor = own.score * DEFINED_RATIO;
  const hit = hits.slice(0, DEFINED_DEPTH).find((h) => idWord(h.id) === term && h.score >= floor);
  return hit === undefined ? undefined : byId.get(hit.id);
}

/**
 * "containerd랑 CRI-O 차이 뭐에요? 새 클러스터 어떤걸로 갈지 고민중": a comparison naming two
 * things is answered by the entry that `compares` those two (containerd-vs-crio),
 * when the hits hold one, however much the rest of the question pulled elsewhere.
 */
function comparingEntry(
  chosen: Entry,
  choice: EntryChoice,
  compared: EntryVocabulary["compared"],
  byId: KnowledgeBase["byId"],
): Entry | undefined {
  const { hits, intent, named } = choice;
  const asked = new Set(named);
  if (intent !== "comparison" || asked.size < 2) return undefined;
  const comparesBoth = (entry: Entry) =>
    [...(compared.get(entry.id) ?? [])].filter((t) => asked.has(t)).length >= 2;
  if (comparesBoth(chosen)) return undefined;
  for (const hit of hits.slice(0, COMPARISON_DEPTH)) {
    const entry = byId.get(hit.id);
    if (entry && comparesBoth(entry)) return entry;
  }
  return undefined;
}
