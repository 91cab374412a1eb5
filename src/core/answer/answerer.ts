import { entriesFor, type KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Logger } from "../ports.ts";
import {
  detectIntent,
  firstQuestion,
  type Intent,
  quotedQuestion,
  searchEmphasis,
} from "../retrieval/intent.ts";
import { askedNearMiss, createNearMissMatcher, nearMissText } from "../retrieval/near-miss.ts";
import {
  acceptNamedLiteral,
  isKubernetesVersion,
  literalsOf,
  type ScopeJudge,
} from "../retrieval/scope.ts";
import type { SearchHit, SearchIndex } from "../retrieval/search-index.ts";
import { detectLang } from "../text/lang.ts";
import { memoize } from "../text/memoize.ts";
import { MAX_QUESTION_CHARS, sanitizeQuestion } from "../text/sanitize.ts";
import { createTopicWords, namedEntities, peerGroups, pickPrimary } from "./choose.ts";
import { chooseEntry, entryVocabulary, namedRows, termDefinedAlone } from "./choose-entry.ts";
import { createThingWords, missingAsk, withSupplement } from "./complete.ts";
import { composeText, composeTwoParts, entrySources } from "./compose.ts";
import {
  asksSameOfPeer,
  changesTopic,
  clarifyText,
  leansOnPrevious,
  needsContext,
} from "./follow-up.ts";
import { createFollowUps, type FollowUpContext, NO_CONTEXT } from "./follow-up-context.ts";
import { declineText, invalidText } from "./messages.ts";
import { createModelAsk } from "./model-answer.ts";
import { createQuestionReader } from "./question-reader.ts";
import { createSecondPart } from "./second-part.ts";
import type { Answer, Answerer, AnswerWriter, AskOptions, TurnContext } from "./types.ts";
import { yesNoOrWhatItAsks } from "./what-it-asks.ts";

export interface AnswererDeps {
  readonly kb: KnowledgeBase;
  readonly index: SearchIndex;
  readonly judge: ScopeJudge;
  readonly logger: Logger;
  readonly writer?: AnswerWriter;
}

const SUGGESTIONS = 2;
const ECHO_LIMIT = 200;
const CONTEXT_ENTRIES = 3;
const SEARCH_DEPTH = 8;
/** Entries searched for a thing the answer left out. */
const CARRYING_DEPTH = 3;
const SOURCES_ONE = 3;
const SOURCES_EACH = 2;
/** About three times the knowledge base's sentences in both languages. */
const TOKEN_CACHE_LIMIT = 10_000;
// Longer than "그럼 CRI-O 쓰는 클러스터는?": a first message this long says what it asks about.
const STANDS_ALONE_CHARS = 30;

export interface OfflineAnswerer extends Answerer {
  /** The same answer without a model, synchronously: for the CLI's bulk mode, eval and bench. */
  answerOffline(question: string, options?: AskOptions): Answer;
}

type Base = Pick<Answer, "question" | "lang" | "sources" | "related" | "entryIds" | "via">;

export function createAnswerer(deps: AnswererDeps): OfflineAnswerer {
  const { kb, index, judge, logger, writer } = deps;
  const entities = new Set(kb.glossary.core);
  const asAsked = createQuestionReader(kb);
  const fieldWords = new Set([...kb.glossary.core, ...kb.glossary.domain]);
  const namesField = (tokens: readonly string[]) => tokens.some((t) => fieldWords.has(t));
  const matchNearMiss = askedNearMiss(
    createNearMissMatcher(kb.nearMisses),
    (text) => namesField(index.tokenize(text)),
    (text) => namedIn(text).length > 0,
  );
  const topicWords = createTopicWords(kb.entries, index.tokenize);
  const things = createThingWords(kb, index.tokenize);
  // Composing reads the same knowledge sentences for every answer: tokenize each once.
  const tokenizeKnown = memoize(index.tokenize, TOKEN_CACHE_LIMIT);
  const entityTokens = (tokens: readonly string[]) => namedEntities(entities, tokens);
  const namedIn = (text: string) => entityTokens(index.tokenize(text));
  const peers = peerGroups(kb.glossary);
  const vocabulary = entryVocabulary(kb, index.tokenize, topicWords, peers);
  const peerTerms: ReadonlySet<string> = new Set(peers.keys());
  const followUps = createFollowUps(kb, index, { entities, peers, things, topicWords });
  const secondPart = createSecondPart({ kb, index, judge, topicWords, entityTokens });
  const hitEntries = (hits: readonly SearchHit[]) =>
    entriesFor(
      kb,
      hits.map((h) => h.id),
    );
  /** The peers of the subjects a question names that it does not name itself. */
  const rivalsOf = (own: readonly string[], query: ReadonlySet<string>) =>
    new Set(own.flatMap((t) => [...(peers.get(t) ?? [])].filter((p) => !query.has(p))));

  function decline(base: Base, intent: Intent, text: string, confidence = 0): Answer {
    return { ...base, kind: "decline", inScope: false, confidence, text, intent };
  }

  /** Answers one (possibly context-resolved) query with the intent the asker meant. */
  function answerQuery(
    base: Base,
    query: string,
    intent: Intent,
    question: string,
    asked: readonly string[],
    context: FollowUpContext = NO_CONTEXT,
  ): Answer {
    const { lang } = base;
    const searched = index.search(query, SEARCH_DEPTH, searchEmphasis(question, intent));
    const result = followUps.rerank(searched, context, intent);
    const judged = followUps.onTopic(judge.judge(result), result, context);
    // Only a question judged out of scope needs its flags and files read.
    const verdict = judged.inScope
      ? judged
      : acceptNamedLiteral(judged, result, index.tokenize(literalsOf(question).join(" ")));
    const asksIn = query === question ? question : `${question} ${query}`;
    const primary = pickPrimary(result.hits, intent, kb.byId, asksIn);
    if (!verdict.inScope || !primary) {
      const hits = hitEntries(result.hits);
      const suggestions = verdict.reason === "low_confidence" ? hits.slice(0, SUGGESTIONS) : [];
      return {
        ...decline(
          base,
          intent,
          declineText(
            lang,
            suggestions.map((e) => e[lang].title),
          ),
          verdict.confidence,
        ),
        related: suggestions.map((e) => e.id),
      };
    }
    const queryTokens = new Set(result.tokens);
    const tokenize = tokenizeKnown;
    const weights = new Map(result.tokens.map((t, i) => [t, result.weights[i] ?? 0]));
    // `asked` is the question's own words: the resolved query may carry a previous turn's.
    const named = entityTokens(asked);
    const definedAlone = termDefinedAlone(question, named, index.tokenize, entityTokens);
    const rivals = rivalsOf(asked, queryTokens);
    const fit = {
      lang,
      intent,
      queryTokens,
      tokenize,
      question,
      asksIn,
      weights,
      subjects: peerTerms,
      rivals,
      things,
    };
    const searchedWords = query === question ? asked : index.tokenize(query);
    const rows = namedRows(vocabulary, { question, own: asked, searched: searchedWords, intent });
    const chosen = chooseEntry(vocabulary, {
      primary,
      hits: result.hits,
      fit,
      question,
      intent,
      asked,
      named,
      definedAlone,
      searched: searchedWords,
      weights,
      rows,
    });
    const opening = rows.filter((r) => r.entry === chosen).map((r) => r.text[lang]);
    const main = { ...fit, entry: chosen, focus: context.focus, opening };
    const second = secondPart(chosen, question, named, intent, result.hits);
    // The other part opens with its own lead, and goes first when it answers the first ask.
    const other = second && { ...main, entry: second.entry, intent: second.intent, opening: [] };
    const [one, two] = second?.first && other ? [other, main] : [main, other];
    const parts = [one.entry, ...(two ? [two.entry] : [])];
    const composed = two ? composeTwoParts(one, two) : composeText(main);
    const others = hitEntries(result.hits).filter((e) => !parts.includes(e));
    const carrying = (words: readonly string[]) =>
      hitEntries(index.search(words.join(" "), CARRYING_DEPTH).hits).filter(
        (e) => !parts.includes(e),
      );
    const extra = missingAsk({ ...fit, things, text: composed, candidates: others, carrying });
    const text = extra ? withSupplement(composed, extra.sentence) : composed;
    const used = extra && text !== composed ? [...parts, extra.entry] : parts;
    const rest = result.hits.map((h) => h.id).filter((id) => !used.some((e) => e.id === id));
    return {
      ...base,
      kind: "answer",
      inScope: true,
      confidence: verdict.confidence,
      intent,
      title: parts.map((e) => e[lang].title).join(" · "),
      text,
      sources: entrySources(used, second ? SOURCES_EACH : SOURCES_ONE, used.length - parts.length),
      related: chosen.related,
      entryIds: [...used.map((e) => e.id), ...rest].slice(0, CONTEXT_ENTRIES),
      ...(chosen.diagram ? { diagram: chosen.diagram } : {}),
    };
  }

  const asAskedAnswer = yesNoOrWhatItAsks(answerQuery);

  function answerOffline(raw: string, options: AskOptions = {}): Answer {
    const clean = sanitizeQuestion(raw);
    const lang = options.lang ?? detectLang(clean.text);
    const base: Base = {
      // An over-long question is not echoed back whole: a 5 MB line must not become a 5 MB answer.
      question: clean.ok ? clean.text : clean.text.slice(0, ECHO_LIMIT),
      lang,
      sources: [],
      related: [],
      entryIds: [],
      via: "offline",
    };
    if (!clean.ok) {
      const text = invalidText(lang, clean.reason, MAX_QUESTION_CHARS);
      return { ...base, kind: "invalid", inScope: false, confidence: 0, text };
    }
    const question = asAsked(clean.text);
    const intent = detectIntent(question);
    const nearMiss = matchNearMiss(question);
    if (nearMiss)
      return { ...decline(base, intent, nearMissText(nearMiss, lang)), nearMiss: nearMiss.id };
    const ownTokens = index.tokenize(question);
    // "unrelated, but…", "그 김에 …": a question that says it leaves the thread stands alone.
    const previous = changesTopic(question) ? undefined : options.previous;
    const ownNamed = entityTokens(ownTokens);
    const namesEntity = ownNamed.length > 0;
    const knownWords = ownTokens.filter((t) => index.knows(t)).length;
    const leans = leansOnPrevious({
      question,
      inConversation: previous !== undefined,
      namesEntity,
      knownWords,
      namedBefore: () =>
        previous !== undefined &&
        ownNamed.every((t) => index.tokenize(previous.question).includes(t)),
      swapsPeer: () =>
        asksSameOfPeer({ question, intent, named: ownNamed, previous, namedIn, peers }),
    });
    if (!leans) {
      const whole = asAskedAnswer(base, question, intent, question, ownTokens);
      // A first question in the field stays answered when a guess or aside after it has words
      // the knowledge never uses ("…왜 버린거야? 도커 회사 망해서 그런거임?").
      // So does a quoted question the message asks about ("FAQ에 '왜 도커 지원 끊었나' 항목 넣으려는데…").
      const first =
        whole.kind === "answer" ? undefined : (firstQuestion(question) ?? quotedQuestion(question));
      const alone = first ? firstAnswered(base, first, whole) : whole;
      // In a conversation, a question out of scope on its own ("레지스트리 없이 해결하는 방법은?") is read
      // against the previous turn first; words the knowledge never uses ("thanks") ask nothing of it.
      if (alone.kind === "answer" || !previous || knownWords === 0) return alone;
      const { answer } = answerFollowUp(base, previous, question, ownTokens);
      return answer.kind === "answer" ? answer : alone;
    }
    if (!previous) {
      // A first message that opens like a follow-up ("그럼 1.24부터는 Docker Engine을 아예 못 쓰는
      // 건가요?") carries on a talk the bot never saw: naming the field and saying enough, it stands alone.
      const long = namesEntity && question.trim().length > STANDS_ALONE_CHARS;
      const alone = long ? asAskedAnswer(base, question, intent, question, ownTokens) : undefined;
      return alone?.kind === "answer" ? alone : decline(base, intent, clarifyText(lang));
    }
    const { intent: kept, answer } = answerFollowUp(base, previous, question, ownTokens);
    return answer.kind === "answer" ? answer : decline(base, kept, clarifyText(lang));
  }

  /** The first question's own answer, when it names the field ("도커", "containerd", "1.24") and is in scope. */
  function firstAnswered(base: Base, first: string, whole: Answer): Answer {
    const tokens = index.tokenize(first);
    if (!namesField(tokens) && !tokens.some(isKubernetesVersion)) return whole;
    const answer = answerQuery(base, first, detectIntent(first), first, tokens);
    return answer.kind === "answer" ? answer : whole;
  }

  /** A question read against the previous turn: its resolved query, with the intent it keeps. */
  function answerFollowUp(
    base: Base,
    previous: TurnContext,
    question: string,
    ownTokens: readonly string[],
  ): { intent: Intent; answer: Answer } {
    const { query, intent, context } = followUps.resolve(previous, question, ownTokens);
    return { intent, answer: asAskedAnswer(base, query, intent, question, ownTokens, context) };
  }

  const ask = createModelAsk({
    kb,
    logger,
    answerOffline,
    ...(writer ? { writer } : {}),
    needsContext: (question) => {
      const tokens = index.tokenize(question);
      const known = tokens.filter((t) => index.knows(t)).length;
      return needsContext(question, entityTokens(tokens).length > 0, known);
    },
  });

  return { ask, answerOffline };
}
