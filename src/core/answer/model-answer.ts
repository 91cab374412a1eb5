import { entriesFor, type KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Logger } from "../ports.ts";
import { IntentSchema } from "../retrieval/intent.ts";
import { entrySources } from "./compose.ts";
import { answersWithSteps } from "./facet-choice.ts";
import type { Answer, AnswerWriter, AskOptions, TurnContext } from "./types.ts";

export interface ModelAskDeps {
  readonly kb: KnowledgeBase;
  readonly logger: Logger;
  readonly writer?: AnswerWriter;
  readonly answerOffline: (question: string, options?: AskOptions) => Answer;
  /** Whether a question means nothing without the previous turn ("and for CRI-O?"). */
  readonly needsContext: (question: string) => boolean;
}

/**
 * The model path: the offline answer first, then a model-written answer from the same
 * entries when a writer is available, citing only those entries; the offline answer
 * whenever the model is unavailable, fails or would summarise a procedure.
 */
export function createModelAsk(deps: ModelAskDeps) {
  const { kb, logger, writer, answerOffline, needsContext } = deps;

  /** "and for CRI-O?" means nothing to a model on its own: it gets the previous question too. */
  function withContext(question: string, previous: TurnContext | undefined): string {
    return previous && needsContext(question) ? `${previous.question} → ${question}` : question;
  }

  return async function ask(raw: string, options: AskOptions = {}): Promise<Answer> {
    const offline = answerOffline(raw, options);
    if (!writer || offline.kind !== "answer" || writer.available?.() === false) return offline;
    // A procedure is shown whole and in order; a model summary could drop or reorder steps.
    const primary = kb.byId.get(offline.entryIds[0] ?? "");
    const intent = IntentSchema.safeParse(offline.intent);
    if (primary && intent.success && answersWithSteps(primary, intent.data)) return offline;
    try {
      const written = await writer.write({
        question: withContext(offline.question, options.previous),
        lang: offline.lang,
        entries: entriesFor(kb, offline.entryIds),
        ...(options.onText ? { onText: options.onText } : {}),
      });
      const cited = written.citedIds.filter((id) => offline.entryIds.includes(id));
      const sources = entrySources(
        entriesFor(kb, cited.length > 0 ? cited : offline.entryIds.slice(0, 1)),
        1,
      ).slice(0, 3);
      return { ...offline, text: written.text, sources, via: "model" };
    } catch (error) {
      logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        "model answer failed; using offline answer",
      );
      return offline;
    }
  };
}
