import type { Lang } from "../knowledge/schema.ts";
import type { Option } from "./answer-match.ts";
import type { Bi, Exercise, Lesson } from "./curriculum.ts";

/** What a learner can do; surfaces turn buttons and typed text into these. */
export type TutorEvent =
  | { readonly type: "start"; readonly lang?: Lang }
  | { readonly type: "resume" }
  /** A button press or numbered reply: must carry the instance it was shown with. */
  | { readonly type: "answer"; readonly instance: number; readonly value: string }
  /** Free text typed during a session: an answer, or a question that pauses the lesson. */
  | { readonly type: "typed"; readonly text: string }
  | { readonly type: "hint" }
  | { readonly type: "skip" }
  | { readonly type: "repeat" }
  | { readonly type: "next" }
  | { readonly type: "goto"; readonly lesson: number }
  | { readonly type: "review" }
  | { readonly type: "status" }
  | { readonly type: "reset" }
  | { readonly type: "reset-confirm" }
  | { readonly type: "reset-cancel" }
  | { readonly type: "finish" }
  /** The surface posted the exercise `instance` at `ref` (to update it in place later). */
  | { readonly type: "shown"; readonly instance: number; readonly ref: string };

export interface ProgressRow {
  readonly lesson: Lesson;
  readonly number: number;
  readonly mastered: number;
  readonly total: number;
  readonly done: boolean;
}

export type Verdict =
  /** Right, exercise complete. */
  | "right"
  /** Wrong; the exercise comes back later (or, the second time, the answer is shown). */
  | "wrong"
  /** A right hop or step; the exercise goes on. */
  | "step-right"
  /** A wrong hop or step; try that hop again. */
  | "step-wrong"
  | "skipped";

/** What the engine says back; surfaces format these (Slack blocks, terminal text). */
export type TutorOutput =
  | { readonly kind: "lesson"; readonly lesson: Lesson; readonly number: number }
  | {
      readonly kind: "exercise";
      readonly exercise: Exercise;
      readonly instance: number;
      readonly picks: readonly string[];
      readonly options: readonly Option[];
      /** Exercises left in the session after this one. */
      readonly remaining: number;
      readonly review: boolean;
    }
  | {
      readonly kind: "result";
      readonly exercise: Exercise;
      readonly instance: number;
      readonly verdict: Verdict;
      /** What the learner picked or typed, as shown to them. */
      readonly chosen?: string;
      /** Why: the chosen option's explanation, what a component does, the model answer. */
      readonly why?: Bi;
      /** The right answer, when it is revealed. */
      readonly reveal?: string;
      readonly picks: readonly string[];
      /** Where the surface posted the exercise, if it told the engine. */
      readonly shownAt?: string;
    }
  | { readonly kind: "hint"; readonly exercise: Exercise; readonly text: Bi }
  | {
      readonly kind: "lesson-done";
      readonly lesson: Lesson;
      readonly firstTry: number;
      readonly total: number;
      readonly missed: readonly Exercise[];
      readonly next?: Lesson;
      readonly reviewCount: number;
    }
  | {
      readonly kind: "review-done";
      readonly right: number;
      readonly total: number;
      readonly reviewCount: number;
    }
  | {
      readonly kind: "summary";
      readonly progress: readonly ProgressRow[];
      readonly missed: readonly Exercise[];
      readonly reviewCount: number;
    }
  | {
      readonly kind: "status";
      readonly progress: readonly ProgressRow[];
      readonly reviewCount: number;
      readonly current?: Lesson;
    }
  | { readonly kind: "confirm-reset" }
  | { readonly kind: "reset-done" }
  | { readonly kind: "reset-cancelled" }
  /** Answer `text` as an ordinary question; the lesson waits ("continue" resumes). */
  | { readonly kind: "question"; readonly text: string }
  | { readonly kind: "notice"; readonly notice: Notice };

export type Notice =
  /** A press on an exercise that is no longer on screen (old button, second click). */
  | "stale"
  /** Nothing to continue: no lesson in progress. */
  | "no-session"
  | "no-review"
  | "no-such-lesson"
  /** Every lesson is done. */
  | "all-done"
  /** The lesson waits while questions are answered. */
  | "paused";
