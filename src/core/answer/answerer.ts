import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Entry, Lang } from "../knowledge/schema.ts";
import type { Logger } from "../ports.ts";
import type { ScopeJudge } from "../retrieval/scope.ts";
import type { SearchIndex } from "../retrieval/search-index.ts";
import { detectLang } from "../text/lang.ts";
import { MAX_QUESTION_CHARS, sanitizeQuestion } from "../text/sanitize.ts";
import { composeText, entrySources } from "./compose.ts";
import { declineText, invalidText } from "./messages.ts";
import type { Answer, Answerer, AskOptions } from "./types.ts";

/**
 * Writes an answer from retrieved entries with a language model. Implementations
 * must cite only the given entries; anything they throw makes the answerer fall
 * back to the offline answer.
 */
export interface AnswerWriter {
  write(input: {
    readonly question: string;
    readonly lang: Lang;
    readonly entries: readonly Entry[];
    /** Called with the answer text so far while the model writes (streaming surfaces). */
    readonly onText?: (textSoFar: string) => void;
  }): Promise<{ readonly text: string; readonly citedIds: readonly string[] }>;
  /** False while the writer knows it would fail (circuit open): answer offline without trying. */
  available?(): boolean;
}

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

export interface OfflineAnswerer extends Answerer {
  /** The same answer without a model, synchronously: for the CLI's bulk mode, eval and bench. */
  answerOffline(question: string, options?: AskOptions): Answer;
}

export function createAnswerer(deps: AnswererDeps): OfflineAnswerer {
  const { kb, index, judge, logger, writer } = deps;

  function entriesFor(ids: readonly string[]): Entry[] {
    return ids.flatMap((id) => kb.byId.get(id) ?? []);
  }

  function answerOffline(raw: string, options: AskOptions = {}): Answer {
    const clean = sanitizeQuestion(raw);
    const lang = options.lang ?? detectLang(clean.text);
    const base = {
      // An over-long question is not echoed back whole: a 5 MB line must not become a 5 MB answer.
      question: clean.ok ? clean.text : clean.text.slice(0, ECHO_LIMIT),
      lang,
      sources: [],
      related: [],
      entryIds: [],
      via: "offline",
    } as const;
    if (!clean.ok) {
      return {
        ...base,
        kind: "invalid",
        inScope: false,
        confidence: 0,
        text: invalidText(lang, clean.reason, MAX_QUESTION_CHARS),
      };
    }
    const result = index.search(clean.text);
    const verdict = judge.judge(result);
    const hits = entriesFor(result.hits.map((h) => h.id));
    const top = hits[0];
    if (!verdict.inScope || !top) {
      const suggestions = verdict.reason === "low_confidence" ? hits.slice(0, SUGGESTIONS) : [];
      return {
        ...base,
        kind: "decline",
        inScope: false,
        confidence: verdict.confidence,
        text: declineText(
          lang,
          suggestions.map((e) => e[lang].title),
        ),
        related: suggestions.map((e) => e.id),
      };
    }
    return {
      ...base,
      kind: "answer",
      inScope: true,
      confidence: verdict.confidence,
      title: top[lang].title,
      text: composeText(top, lang, new Set(result.tokens), index.tokenize),
      sources: entrySources(top),
      related: top.related,
      entryIds: hits.slice(0, CONTEXT_ENTRIES).map((e) => e.id),
      ...(top.diagram ? { diagram: top.diagram } : {}),
    };
  }

  async function ask(raw: string, options: AskOptions = {}): Promise<Answer> {
    const offline = answerOffline(raw, options);
    if (!writer || offline.kind !== "answer" || writer.available?.() === false) return offline;
    const entries = entriesFor(offline.entryIds);
    try {
      const written = await writer.write({
        question: offline.question,
        lang: offline.lang,
        entries,
        ...(options.onText ? { onText: options.onText } : {}),
      });
      const cited = written.citedIds.filter((id) => offline.entryIds.includes(id));
      const sources = entriesFor(cited.length > 0 ? cited : offline.entryIds.slice(0, 1))
        .flatMap((e) => entrySources(e, 1))
        .slice(0, 3);
      return { ...offline, text: written.text, sources, via: "model" };
    } catch (error) {
      logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        "model answer failed; using offline answer",
      );
      return offline;
    }
  }

  return { ask, answerOffline };
}
