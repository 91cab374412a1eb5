import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Entry } from "../knowledge/schema.ts";
import {
  asksYesNo,
  detectIntent,
  hasExplicitIntent,
  type Intent,
  IntentSchema,
} from "../retrieval/intent.ts";
import { isKubernetesVersion, type ScopeVerdict } from "../retrieval/scope.ts";
import type { SearchHit, SearchIndex, SearchResult } from "../retrieval/search-index.ts";
import { namedEntities } from "./choose.ts";
import { VERSION } from "./complete.ts";
import { entryIntent, entryIntents } from "./entry-intent.ts";
import {
  asksAboutPrevious,
  asksOtherSide,
  isBareSubject,
  pointsWithIt,
  pointsWithPronoun,
  refersBack,
  refersToSteps,
} from "./follow-up.ts";
import { turnWords } from "./turn.ts";
import type { TurnContext } from "./types.ts";

/** What a follow-up adds to its resolved query: its new words, the previous subject, a new subject. */
export interface FollowUpContext {
  readonly fresh: readonly string[];
  readonly stay: readonly string[];
  readonly focus: readonly string[];
  /** The previous answer's entries: a follow-up landing on one of them is on topic. */
  readonly previous: readonly string[];
}
export const NO_CONTEXT: FollowUpContext = { fresh: [], stay: [], focus: [], previous: [] };

/** A hit matching the follow-up's new words may jump ahead of the top hit if it scores at least this share. */
const FRESH_RATIO = 0.3;
/** A hit from the previous answer's subject may jump ahead if it scores at least this share. */
const STAY_RATIO = 0.3;
// As the tokenizer writes them ("else" -> "els").
const ASKS_ALTERNATIVE: ReadonlySet<string> = new Set([
  "instead",
  "대신",
  "now",
  "els",
  "other",
  "다른",
]);

/** Glossary terms for how something is asked (언제 -> when, 못 써 -> cantuse), never what about. */
const ASKING: ReadonlySet<string> = new Set(["when", "why", "cantuse", "keepusing"]);
/** The result with these hits first, in their order, and the rest after them. */
function toFront(result: SearchResult, first: readonly SearchHit[]): SearchResult {
  return first.length === 0
    ? result
    : { ...result, hits: [...first, ...result.hits.filter((h) => !first.includes(h))] };
}

/** A follow-up with at most this many new words only points back. */
const POINTER_WORDS = 3;
/** At most this many new words make a bare subject ("what about falco?"). */
const BARE_WORDS = 1;
/** A word this rare (in about 6 of 80 entries or fewer) names a subject. */
const SUBJECT_WEIGHT = 2.5;

/**
 * Reads a follow-up against the previous turn: the query to search, the intent it
 * keeps, and how its hits are reordered and judged.
 */
export interface FollowUpVocabulary {
  /** The field's core terms. */
  readonly entities: ReadonlySet<string>;
  /** Each peer term with its group (see peerGroups). */
  readonly peers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words that name things (see createThingWords). */
  readonly things: ReadonlySet<string>;
  /** What each entry is about (see createTopicWords). */
  readonly topicWords: ReadonlyMap<string, ReadonlySet<string>>;
}

// "그 뒤로 1.24 전까지는…", "up to 1.24": a release that bounds a span is not what is asked about.
const BOUND_RELEASE =
  /\b(?:before|until|till|up to|prior to)\s+(?:v|k8s |kubernetes )?1\.\d+|1\.\d+\s*(?:전까지|전에|이전|까지|직전)/gi;

/** The Kubernetes releases a follow-up asks about ("so what did 1.20 actually do?"). */
function releasesAsked(question: string): string[] {
  const asked = question.replace(BOUND_RELEASE, " ").match(/\b1\.\d{2}\b/g) ?? [];
  return asked.filter(isKubernetesVersion);
}

/** The kind of answer a follow-up asks for: its own when it names one, else the previous turn's. */
function followUpIntent(previous: TurnContext, question: string): Intent {
  const parsed = IntentSchema.safeParse(previous.intent);
  const before = parsed.success ? parsed.data : undefined;
  // "if some pools go cri-o instead, what changes in that list?": steps again, whatever
  // "instead" or "what changes" would ask on their own.
  if (before === "procedure" && refersToSteps(question)) return before;
  // "그럼 containerd-shim이랑 dockershim이랑 같은거야?" asks yes or no whatever came before.
  if (hasExplicitIntent(question) || asksYesNo(question)) return detectIntent(question);
  // "그거 누가 관리해?", "how many are there?" after a yes/no: a question word asks for something
  // a yes or no cannot give ("what about CRI-O?" still asks the previous question of CRI-O).
  if (before === "yesno" && ASKS_OWN_WH.test(question)) return detectIntent(question);
  return before ?? detectIntent(turnWords(previous));
}

// "and for CRI-O?", "what about containerd?", "그럼 CRI-O는?": one subject, and nothing asked of it.
const NAMES_ONLY =
  /^(?:(?:and|so|ok|okay|then),?\s+)?(?:what about|how about|and for|and)\s+[^\s?]{1,24}\s*\?*$|^(?:그럼|그러면|그럼요)\s+[^\s?]{1,24}\s?(?:은|는|은요|는요)\s*\?*$/i;

/** What an entry answers to a replacement question: its replacement facet, or its own lead. */
function replacementLead(entry: Entry): string | undefined {
  const facet = entry.facets?.find((f) => f.intent === "replacement");
  return facet?.en.lead ?? (entryIntent(entry) === "replacement" ? entry.en.lead : undefined);
}

const ASKS_OWN_WH =
  /누가|누구|몇|무엇|(?:뭐|뭘|뭔)(?!.*(?:는|은|도)\s*\?*\s*$)|\b(?:who|whom|which|how many|how much)\b|\bwhat(?! about\b)(?!'s up\b)/i;

export function createFollowUps(
  kb: KnowledgeBase,
  index: SearchIndex,
  vocabulary: FollowUpVocabulary,
) {
  const { entities, peers, things, topicWords } = vocabulary;
  // Subjects: what the knowledge writes as code or glossary terms, and the entries' tags ("eks").
  const subjects = new Set([
    ...things,
    ...index.tokenize(kb.entries.flatMap((e) => e.tags).join(" ")),
  ]);

  /**
   * Whether a follow-up's new words include a thing specific enough to be a subject
   * of its own ("EKS" in "그 중에 EKS는?"); a rare verb ("edit that") is not one.
   */
  function bringsSubject(fresh: readonly string[]): boolean {
    if (fresh.length === 0) return false;
    const { tokens, weights } = index.search(fresh.join(" "), 1);
    return tokens.some((t, i) => subjects.has(t) && (weights[i] ?? 0) >= SUBJECT_WEIGHT);
  }

  /** The query and intent of a follow-up, read against the previous turn. */
  function resolve(previous: TurnContext, question: string, ownTokens: readonly string[]) {
    const named = namedEntities(entities, ownTokens);
    const prevTokens = index.tokenize(turnWords(previous));
    // Too little to go on in the previous question ("what about 1.27?" twice): use its answer's topic.
    const prevEntry = previous.entryIds[0] ? kb.byId.get(previous.entryIds[0]) : undefined;
    const topic =
      prevTokens.length < 3 && prevEntry ? index.tokenize(prevEntry.en.title) : ([] as string[]);
    // A follow-up naming its own subject ("and for CRI-O?") replaces the previous subject
    // of its kind; others stay ("kubelet 쪽은?" after a cgroup answer is still about cgroups).
    const replaced = new Set(named.flatMap((n) => [...(peers.get(n) ?? [])]));
    const carried = [...prevTokens, ...topic].filter((t) => !replaced.has(t));
    const kept = followUpIntent(previous, question);
    // "and for CRI-O?" after "what replaced dockershim?": CRI-O, named alone, was one of the answers,
    // not a peer to ask the same thing of ("what replaced CRI-O?"): it asks what that answer is.
    const [one, ...others] = named;
    const successor =
      kept === "replacement" &&
      (isBareSubject(question) || NAMES_ONLY.test(question.trim())) &&
      one !== undefined &&
      others.length === 0 &&
      prevEntry
        ? index.tokenize(replacementLead(prevEntry) ?? "").includes(one)
        : false;
    const intent = successor ? "definition" : kept;
    // "what should we use instead?": words asking for an alternative name no new subject.
    const fresh = ownTokens.filter((t) => !prevTokens.includes(t) && !ASKS_ALTERNATIVE.has(t));
    // "그 설정 파일", "that config file", "what should I run there instead?": the thing
    // belongs to the previous answer's subject — unless the follow-up brings a telling
    // word of its own ("그 중에 EKS는?"), which picks a new subject.
    const pointsBack =
      asksAboutPrevious(question) ||
      ((refersBack(question) || pointsWithIt(question) || pointsWithPronoun(question)) &&
        !bringsSubject(fresh));
    // "and for CRI-O?": the answer is about the newly named subject, so its sentence leads.
    // "what about falco?": a bare new word the knowledge uses is the new subject too.
    const bare = fresh.length <= BARE_WORDS && fresh.every((t) => index.knows(t) && !ASKING.has(t));
    // "그럼 kubelet 쪽은 어디서 설정함?" after "kubelet이랑 containerd cgroup driver 맞춰야 돼?": the
    // side asked about was named before, and is still what the answer is about.
    const side = asksOtherSide(question) ? named : [];
    // "so what did 1.20 actually do then?" after "…half my team swears it was 1.20": a release
    // the follow-up names is what it asks about, even when the asker's story named it before.
    const releases = releasesAsked(question);
    const subject = [
      ...new Set([
        ...named.filter((t) => !prevTokens.includes(t)),
        ...side,
        ...(bare && named.length === 0 ? fresh : []),
      ]),
    ];
    // A subject the previous turn already named ("…which path does containerd read it from"
    // after a containerd answer) is not a new one: the follow-up still points back.
    const stay =
      subject.length === 0 && pointsBack && prevEntry
        ? [...previous.entryIds, ...prevEntry.related]
        : [];
    return {
      // What an earlier answer named is asked about on its own, not with the question it answered.
      query: [...ownTokens, ...(successor ? [] : carried)].join(" "),
      intent,
      // The release leads the answer but does not move it off the previous subject.
      context: {
        fresh,
        stay,
        focus: [...new Set([...subject, ...releases])],
        previous: previous.entryIds,
      },
    };
  }

  /**
   * A follow-up's own words ("롤백" in "그럼 롤백은?") are what is new: among the hits
   * for follow-up + previous question, those matching a new word come first.
   */
  function preferFresh(
    result: SearchResult,
    fresh: readonly string[],
    intent: Intent,
  ): SearchResult {
    if (fresh.length === 0) return result;
    const top = result.hits[0];
    if (!top) return result;
    // "그럼 deprecated 된 건 언제부터?" after the removal answer: the entry about the new
    // word outranks the previous subject's entry, which only mentions it.
    // Only a subject word counts ("deprecation", not "work" or the glossary's "when");
    // a version ("1.34") sits in many leads.
    const words = fresh.filter((t) => subjects.has(t) && !ASKING.has(t) && !VERSION.test(t));
    const about = (h: SearchHit) => words.some((t) => topicWords.get(h.id)?.has(t));
    // …and answers the kind of question asked; otherwise choosing the entry is left to the intent.
    const answers = (h: SearchHit) => {
      const entry = kb.byId.get(h.id);
      return entry !== undefined && entryIntents(entry).includes(intent);
    };
    if (!about(top)) {
      const own = result.hits.find(
        (h) => about(h) && answers(h) && h.score >= top.score * FRESH_RATIO,
      );
      if (own) return toFront(result, [own]);
    }
    const isFresh = (h: SearchHit) => h.matched.some((t) => fresh.includes(t));
    if (isFresh(top)) return result;
    return toFront(
      result,
      result.hits.filter((h) => isFresh(h) && h.score >= top.score * FRESH_RATIO),
    );
  }

  /**
   * "그 설정 파일 어딨어?" after an answer about a containerd error asks about that
   * answer's subject: its entries (and their related ones) come first when they match.
   */
  function preferPrevious(
    result: SearchResult,
    stay: readonly string[],
    fresh: readonly string[],
  ): SearchResult {
    const top = result.hits[0];
    if (stay.length === 0 || !top) return result;
    // "ok which file do i edit" after a pasted error the diagnosis traced to an entry: the
    // pasted words rank that entry nowhere, but it is what the follow-up points at.
    const [own] = stay;
    if (own && fresh.length <= POINTER_WORDS && !result.hits.some((h) => h.id === own))
      return toFront(result, [{ id: own, score: top.score, matched: top.matched }]);
    const kept = result.hits.filter(
      (h) => stay.includes(h.id) && h.score >= top.score * STAY_RATIO,
    );
    // A follow-up that only points ("how do i check which one it actually is") asks about the
    // previous answer's own entry; one that brings words of its own ("…get my locally built
    // image into it?") is ranked by them.
    if (fresh.length <= POINTER_WORDS) kept.sort((a, b) => stay.indexOf(a.id) - stay.indexOf(b.id));
    return toFront(result, kept);
  }

  /**
   * A follow-up's own words ("얼마나 더 지원해줬어") dilute how much of the query the
   * best entry covers; when that entry is the one the previous answer came from, the
   * conversation has not left the field.
   */
  function onTopic(verdict: ScopeVerdict, result: SearchResult, context: FollowUpContext) {
    const top = result.hits[0];
    if (verdict.inScope || verdict.reason !== "low_confidence" || !top) return verdict;
    return context.previous.includes(top.id)
      ? { ...verdict, inScope: true, reason: "answered" as const }
      : verdict;
  }

  /** A resolved follow-up's hits: its new words first, then the previous subject's entries. */
  function rerank(result: SearchResult, context: FollowUpContext, intent: Intent): SearchResult {
    return preferPrevious(preferFresh(result, context.fresh, intent), context.stay, context.fresh);
  }

  return { resolve, rerank, onTopic };
}
