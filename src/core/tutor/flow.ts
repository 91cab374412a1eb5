import { optionsFor } from "./answer-match.ts";
import type { Curriculum, Exercise, Lesson } from "./curriculum.ts";
import type { TutorOutput } from "./events.ts";
import type { Session, TutorState } from "./state.ts";

/** A review round takes at most this many exercises, box 1 first. */
export const REVIEW_ROUND = 5;

/**
 * Moving through lessons and review rounds: showing the exercise at the head
 * of the queue, opening and closing sessions, and the progress they add up to.
 * Pure functions over the curriculum; the engine decides when to call them.
 */
export function createFlow(curriculum: Curriculum) {
  const lessons = curriculum.lessons;
  const byExercise = new Map<string, { lesson: Lesson; exercise: Exercise }>(
    lessons.flatMap((lesson) => lesson.exercises.map((e) => [e.id, { lesson, exercise: e }])),
  );
  const exerciseOf = (id: string | undefined) => (id ? byExercise.get(id)?.exercise : undefined);
  const lessonIndex = (id: string | undefined) => lessons.findIndex((l) => l.id === id);

  function progress(state: TutorState) {
    const rows = lessons.map((lesson, i) => ({
      lesson,
      number: i + 1,
      mastered: (state.lessons[lesson.id]?.mastered ?? []).filter((id) =>
        lesson.exercises.some((e) => e.id === id),
      ).length,
      total: lesson.exercises.length,
      done: state.lessons[lesson.id]?.done ?? false,
    }));
    const current = lessons[lessonIndex(state.session?.lessonId)];
    const reviewCount = Object.keys(state.boxes).filter((id) => byExercise.has(id)).length;
    return { rows, reviewCount, ...(current ? { current } : {}) };
  }

  /** Shows the exercise at the head of the queue under a fresh instance number. */
  function present(state: TutorState, outputs: TutorOutput[]): TutorState {
    const session = state.session;
    const exercise = exerciseOf(session?.queue[0]);
    if (!session || !exercise) return state;
    const seq = state.seq + 1;
    const { shownAt: _old, ...rest } = session;
    outputs.push({
      kind: "exercise",
      exercise,
      instance: seq,
      picks: session.picks,
      options: optionsFor(curriculum, exercise, session.picks, state.lang),
      remaining: session.queue.length - 1,
      review: session.kind === "review",
    });
    return { ...state, seq, session: { ...rest, instance: seq, paused: false } };
  }

  function newSession(kind: Session["kind"], queue: string[], lessonId?: string): Session {
    return {
      kind,
      ...(lessonId ? { lessonId } : {}),
      queue,
      instance: 0,
      tries: 0,
      hints: 0,
      picks: [],
      missed: [],
      firstTry: [],
      paused: false,
    };
  }

  function startLesson(state: TutorState, index: number, outputs: TutorOutput[]): TutorState {
    const lesson = lessons[index];
    if (!lesson) {
      outputs.push({ kind: "notice", notice: "no-such-lesson" });
      return state;
    }
    outputs.push({ kind: "lesson", lesson, number: index + 1 });
    const kept = state.lessons[lesson.id] ?? { mastered: [], done: false };
    const queue = lesson.exercises.map((e) => e.id);
    return present(
      {
        ...state,
        lessons: { ...state.lessons, [lesson.id]: kept },
        session: newSession("lesson", queue, lesson.id),
      },
      outputs,
    );
  }

  function startReview(state: TutorState, outputs: TutorOutput[]): TutorState {
    const due = Object.entries(state.boxes)
      .filter(([id]) => byExercise.has(id))
      .sort((a, b) => a[1] - b[1])
      .slice(0, REVIEW_ROUND)
      .map(([id]) => id);
    if (due.length === 0) {
      outputs.push({ kind: "notice", notice: "no-review" });
      return state;
    }
    return present({ ...state, session: newSession("review", due) }, outputs);
  }

  function closeSession(state: TutorState, session: Session, outputs: TutorOutput[]): TutorState {
    const done = { ...state, session: null };
    if (session.kind === "review") {
      const total = new Set([...session.firstTry, ...session.missed]).size;
      outputs.push({
        kind: "review-done",
        right: session.firstTry.length,
        total,
        reviewCount: progress(done).reviewCount,
      });
      return done;
    }
    const index = lessonIndex(session.lessonId);
    const lesson = lessons[index];
    if (!lesson) return done;
    const kept = state.lessons[lesson.id] ?? { mastered: [], done: false };
    const finished = {
      ...done,
      lessons: { ...state.lessons, [lesson.id]: { ...kept, done: true } },
    };
    const next = lessons[index + 1];
    outputs.push({
      kind: "lesson-done",
      lesson,
      firstTry: session.firstTry.length,
      total: lesson.exercises.length,
      missed: session.missed.flatMap((id) => exerciseOf(id) ?? []),
      ...(next ? { next } : {}),
      reviewCount: progress(finished).reviewCount,
    });
    return finished;
  }

  /** Drops the head of the queue and shows the next exercise, or closes the session. */
  function advance(state: TutorState, outputs: TutorOutput[]): TutorState {
    const session = state.session;
    if (!session) return state;
    const { shownAt: _shown, ...rest } = session;
    const next: Session = { ...rest, queue: session.queue.slice(1), tries: 0, hints: 0, picks: [] };
    if (next.queue.length === 0) return closeSession(state, next, outputs);
    return present({ ...state, session: next }, outputs);
  }

  return {
    lessons,
    exerciseOf,
    lessonIndex,
    progress,
    present,
    startLesson,
    startReview,
    advance,
  };
}

export type Flow = ReturnType<typeof createFlow>;
