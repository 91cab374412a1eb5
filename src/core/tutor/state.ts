import { z } from "zod";
import { LangSchema } from "../knowledge/schema.ts";

/**
 * A learner's tutoring progress: everything the reducer needs, nothing a
 * surface owns. Stored as one JSON document per user (see TutorProgressStore),
 * so it is validated here, where it is defined, every time it is read back.
 */

/** Where the learner is inside a lesson or a review round. */
export const SessionSchema = z.object({
  kind: z.enum(["lesson", "review"]),
  /** The lesson being taught; absent in a review round. */
  lessonId: z.string().optional(),
  /** Exercise ids still to do; the head is the one on screen. */
  queue: z.array(z.string()),
  /**
   * Number of the exercise on screen: a press or typed answer must carry it,
   * so a stale button or a second click never advances twice.
   */
  instance: z.number().int().nonnegative(),
  /** Wrong answers on the exercise on screen. */
  tries: z.number().int().nonnegative(),
  /** Hints shown for the exercise on screen. */
  hints: z.number().int().nonnegative(),
  /** Hops or steps picked so far in a build-the-path or ordering exercise. */
  picks: z.array(z.string()),
  /** Exercises answered wrong at least once in this session (come back once, then in review). */
  missed: z.array(z.string()),
  /** Exercises answered right on the first try in this session. */
  firstTry: z.array(z.string()),
  /** A question was asked mid-lesson: typed text is treated as questions until "continue". */
  paused: z.boolean(),
  /** Opaque, set by the surface: where the exercise on screen was posted, to update it in place. */
  shownAt: z.string().optional(),
});
export type Session = z.infer<typeof SessionSchema>;

/** What is kept about one lesson once it has been started. */
export const LessonProgressSchema = z.object({
  /** Exercises ever answered right on the first try (mastery). */
  mastered: z.array(z.string()),
  done: z.boolean(),
});
export type LessonProgress = z.infer<typeof LessonProgressSchema>;

export const TutorStateSchema = z.object({
  v: z.literal(1),
  lang: LangSchema,
  /** Last exercise number handed out; instances never repeat for a user. */
  seq: z.number().int().nonnegative(),
  session: SessionSchema.nullable(),
  lessons: z.record(z.string(), LessonProgressSchema),
  /** Leitner boxes (1 = due every review) of exercises missed and not yet relearned. */
  boxes: z.record(z.string(), z.number().int().min(1).max(3)),
  /** "reset" was asked and waits for its confirmation. */
  confirmReset: z.boolean(),
});
export type TutorState = z.infer<typeof TutorStateSchema>;

export function initialState(lang: z.infer<typeof LangSchema>): TutorState {
  return { v: 1, lang, seq: 0, session: null, lessons: {}, boxes: {}, confirmReset: false };
}
