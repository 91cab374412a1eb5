import { quotesRuntimeError } from "../diagnose/error-lines.ts";
import { entriesFor, type KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Logger } from "../ports.ts";
import { detectIntent, type Intent, searchEmphasis } from "../retrieval/intent.ts";
import {
  askedNearMiss,
  createNearMissMatcher,
  nearMissText,
  ON_THE_NODES_ID,
  onTheNodesText,
} from "../retrieval/near-miss.ts";
import { acceptNamedLiteral, literalsOf, type ScopeJudge } from "../retrieval/scope.ts";
import type { SearchHit, SearchIndex } from "../retrieval/search-index.ts";
import { createSettingReader } from "../retrieval/setting.ts";
import { detectLang } from "../text/lang.ts";
import { memoize } from "../text/memoize.ts";
import { MAX_QUESTION_CHARS, sanitizeQuestion } from "../text/sanitize.ts";
import { createTopicWords, namedEntities, peerGroups, pickPrimary } from "./choose.ts";
import { chooseEntry, entryVocabulary, namedRows, termDefinedAlone } from "./choose-entry.ts";
import { createThingWords, missingAsk, withSupplement } from "./complete.ts";
import { composeText, composeTwoParts, entrySources } from "./compose.ts";
import { createConversation } from "./conversation.ts";
import { needsContext } from "./follow-up.ts";
import { createFollowUps, type FollowUpContext, NO_CONTEXT } from "./follow-up-context.ts";
import { declineText, invalidText } from "./messages.ts";
import { createModelAsk } from "./model-answer.ts";
import { createQuestionReader } from "./question-reader.ts";
import { createSecondPart } from "./second-part.ts";
import type { Answer, AnswerBase, Answerer, AnswerWriter, AskOptions } from "./types.ts";
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

export interface OfflineAnswerer extends Answerer {
  /** The same answer without a model, synchronously: for the CLI's bulk mode, eval and bench. */
  answerOffline(question: string, options?: AskOptions): Answer;
}

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
  const askedBeyondSetting = createSettingReader({
    tokenize: index.tokenize,
    knows: index.knows,
    isCore: (t) => entities.has(t),
    outOfField: (text) => !judge.judge(index.search(text, SEARCH_DEPTH)).inScope,
  });
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

  function decline(base: AnswerBase, intent: Intent, text: string, confidence = 0): Answer {
    return { ...base, kind: "decline", inScope: false, confidence, text, intent };
  }

  /** Answers one (possibly context-resolved) query with the intent the asker meant. */
  function answerQuery(
    base: AnswerBase,
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
    const rows = namedRows(vocabulary, {
      question,
      own: asked,
      searched: searchedWords,
      intent,
      pointsBack: context.stay.length > 0,
    });
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
  const conversation = createConversation({
    index,
    followUps,
    peers,
    entityTokens,
    namedIn,
    namesField,
    answerQuery,
    asAskedAnswer,
    decline,
  });

  function answerOffline(raw: string, options: AskOptions = {}): Answer {
    const clean = sanitizeQuestion(raw);
    const lang = options.lang ?? detectLang(clean.text);
    const base: AnswerBase = {
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
    // "…kubelet says CRI v1 runtime API is not implemented. our base image installs containerd
    // from the distro": a quoted runtime error outweighs the neighbour its setting names.
    if (nearMiss && !quotesRuntimeError(question))
      return { ...decline(base, intent, nearMissText(nearMiss, lang)), nearMiss: nearMiss.id };
    if (askedBeyondSetting(question))
      return { ...decline(base, intent, onTheNodesText(lang)), nearMiss: ON_THE_NODES_ID };
    return conversation.answerTurn(base, question, intent, options.previous);
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
