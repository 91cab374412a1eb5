import type { Diagnosis } from "../diagnose/types.ts";
import type { DiagramName, Entry, Lang } from "../knowledge/schema.ts";

/**
 * A row of knowledge that answers exactly what a question named (the counterpart of the docker
 * command asked about, the socket of the runtime asked about), with the entry that holds it.
 */
export interface NamedRow {
  readonly entry: Entry;
  readonly text: Readonly<Record<Lang, string>>;
}

export interface AnswerSource {
  readonly id: string;
  readonly title: string;
  readonly url: string;
}

/**
 * What every surface (terminal, Slack, tutoring) gets back for a question.
 * `text` is plain text: a lead sentence then "- " bullet lines (two such parts,
 * separated by a blank line, when two things were asked), at most 1,200 characters
 * except a procedure, which is never cut. Surfaces format it; they never re-derive it.
 */
export interface Answer {
  /** The question after control characters were stripped. */
  readonly question: string;
  readonly lang: Lang;
  /** "answer": grounded in entries; "decline": out of scope or low confidence; "invalid": empty or too long. */
  readonly kind: "answer" | "decline" | "invalid";
  readonly inScope: boolean;
  readonly title?: string;
  readonly text: string;
  readonly sources: readonly AnswerSource[];
  readonly related: readonly string[];
  /** 0..1: how sure retrieval is that the top entry answers the question. */
  readonly confidence: number;
  /** The diagram that fits this answer, if any (surfaces render it). */
  readonly diagram?: DiagramName;
  /** Entries the answer is built from, best first. */
  readonly entryIds: readonly string[];
  /** "offline" when composed from entries, "model" when written by the LLM. */
  readonly via: "offline" | "model";
  /** What kind of question this was (definition, reason, procedure…), when detected. */
  readonly intent?: string;
  /** The neighbouring topic (cni-networking, desktop-podman…) a decline names, when it was declined as one. */
  readonly nearMiss?: string;
  /**
   * A follow-up as the conversation read it: its own words with what it carried over from the
   * turn before. The next follow-up reads this turn by it ("파일 경로는?" after "한 줄은 어떻게
   * 생겼는데?" is still about the log format the thread started with).
   */
  readonly readAs?: string;
  /** Set when the input was a paste (node list, kubelet flags, manifest, error line) that was diagnosed. */
  readonly diagnosis?: Diagnosis;
}

/** What every answer to one question starts from, before it is an answer, a decline or invalid. */
export type AnswerBase = Pick<
  Answer,
  "question" | "lang" | "sources" | "related" | "entryIds" | "via"
>;

/**
 * The previous turn of a conversation (thread, DM, chat session), so a follow-up
 * such as "and for CRI-O?" or "그럼 롤백은?" can be resolved against it.
 */
export interface TurnContext {
  /** The question as asked (shown to a language model as the previous question). */
  readonly question: string;
  /** A follow-up as the bot read it (see Answer.readAs): what the next follow-up reads. */
  readonly readAs?: string;
  readonly entryIds: readonly string[];
  readonly intent?: string;
  readonly lang?: Lang;
}

export interface AskOptions {
  /** Force the answer language instead of detecting it from the question. */
  readonly lang?: Lang;
  /** The previous turn in the same conversation, for follow-ups. */
  readonly previous?: TurnContext;
  /** Called with the model's answer text so far while it streams; never for offline answers. */
  readonly onText?: (textSoFar: string) => void;
}

export interface Answerer {
  ask(question: string, options?: AskOptions): Promise<Answer>;
}

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
