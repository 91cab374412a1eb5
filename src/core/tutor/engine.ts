import type { Tokenizer } from "../retrieval/tokenize.ts";
import { answerText, hopsToPick, optionsFor, typedOption } from "./answer-match.ts";
import type { Bi, Curriculum, Exercise, Lesson } from "./curriculum.ts";
import type { ProgressRow, TutorEvent, TutorOutput } from "./events.ts";
import { judge } from "./judge.ts";
import { initialState, type Session, type TutorState } from "./state.ts";

/**
 * The tutoring engine: a pure reducer, state + event → new state + outputs.
 * No clock, no I/O: surfaces load the state, step it, save it (compare-and-set)
 * and format the outputs.
 */
export interface Tutor {
  readonly curriculum: Curriculum;
  step(state: TutorState, event: TutorEvent): Step;
  progress(state: TutorState): { rows: ProgressRow[]; reviewCount: number; current?: Lesson };
}

export interface Step {
  readonly state: TutorState;
  readonly outputs: TutorOutput[];
}

/** A review round takes at most this many exercises, box 1 first. */
export const REVIEW_ROUND = 5;

const NO_HINT: Bi = {
  ko: "이 문제에는 힌트가 없습니다. 'skip'으로 건너뛸 수 있습니다.",
  en: "No hint for this one; 'skip' moves on.",
};

export function createTutor(curriculum: Curriculum, tokenize: Tokenizer): Tutor {
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

  function answer(state: TutorState, value: string, outputs: TutorOutput[]): TutorState {
    const session = state.session;
    const exercise = exerciseOf(session?.queue[0]);
    if (!session || !exercise) return state;
    const judged = judge({ curriculum, tokenize, state, session, exercise, value });
    outputs.push({
      kind: "result",
      exercise,
      instance: session.instance,
      ...judged.result,
      ...(session.shownAt ? { shownAt: session.shownAt } : {}),
    });
    const after = { ...state, ...judged.patch };
    return judged.moveOn ? advance(after, outputs) : present(after, outputs);
  }

  function skip(state: TutorState, outputs: TutorOutput[]): TutorState {
    const session = state.session;
    const exercise = exerciseOf(session?.queue[0]);
    if (!session || !exercise) return state;
    outputs.push({
      kind: "result",
      exercise,
      instance: session.instance,
      verdict: "skipped",
      reveal: answerText(curriculum, exercise, state.lang),
      picks: session.picks,
      ...(session.shownAt ? { shownAt: session.shownAt } : {}),
    });
    const missed = session.missed.includes(exercise.id)
      ? session.missed
      : [...session.missed, exercise.id];
    return advance(
      { ...state, boxes: { ...state.boxes, [exercise.id]: 1 }, session: { ...session, missed } },
      outputs,
    );
  }

  function hint(state: TutorState, outputs: TutorOutput[]): TutorState {
    const session = state.session;
    const exercise = exerciseOf(session?.queue[0]);
    if (!session || !exercise) return noSession(state, outputs);
    const nextHop =
      exercise.kind === "path" ? hopsToPick(exercise)[session.picks.length] : undefined;
    const text =
      exercise.hint ?? (nextHop ? curriculum.components[nextHop]?.does : undefined) ?? NO_HINT;
    outputs.push({ kind: "hint", exercise, text });
    return { ...state, session: { ...session, hints: session.hints + 1 } };
  }

  function noSession(state: TutorState, outputs: TutorOutput[]): TutorState {
    outputs.push({ kind: "notice", notice: "no-session" });
    return state;
  }

  function startOrResume(state: TutorState, outputs: TutorOutput[]): TutorState {
    if (state.session) return present(state, outputs);
    const index = lessons.findIndex((l) => !state.lessons[l.id]?.done);
    if (index === -1) {
      outputs.push({ kind: "notice", notice: "all-done" }, { kind: "status", ...statusOf(state) });
      return state;
    }
    return startLesson(state, index, outputs);
  }

  function statusOf(state: TutorState) {
    const { rows, reviewCount, current } = progress(state);
    return { progress: rows, reviewCount, ...(current ? { current } : {}) };
  }

  function typed(state: TutorState, text: string, outputs: TutorOutput[]): TutorState {
    const session = state.session;
    const exercise = exerciseOf(session?.queue[0]);
    const asQuestion = (): TutorState => {
      outputs.push({ kind: "question", text });
      if (!session || session.paused) return state;
      outputs.push({ kind: "notice", notice: "paused" });
      return { ...state, session: { ...session, paused: true } };
    };
    if (!session || !exercise || session.paused) return asQuestion();
    if (exercise.kind === "text")
      return /[?？]\s*$/.test(text) ? asQuestion() : answer(state, text, outputs);
    const options = optionsFor(curriculum, exercise, session.picks, state.lang);
    const picked = typedOption(options, text, tokenize);
    return picked ? answer(state, picked, outputs) : asQuestion();
  }

  function step(before: TutorState, event: TutorEvent): Step {
    const outputs: TutorOutput[] = [];
    // A pending reset is cancelled by anything but its confirmation.
    const state =
      before.confirmReset && event.type !== "reset-confirm" && event.type !== "shown"
        ? { ...before, confirmReset: false }
        : before;
    const session = state.session;
    let next: TutorState;
    switch (event.type) {
      case "start":
        next = startOrResume(event.lang ? { ...state, lang: event.lang } : state, outputs);
        break;
      case "resume":
        next = session ? present(state, outputs) : noSession(state, outputs);
        break;
      case "answer":
        if (!session || session.instance !== event.instance) {
          outputs.push({ kind: "notice", notice: "stale" });
          next = state;
        } else next = answer(state, event.value, outputs);
        break;
      case "typed":
        next = typed(state, event.text, outputs);
        break;
      case "hint":
        next = hint(state, outputs);
        break;
      case "skip":
        next = session ? skip(state, outputs) : noSession(state, outputs);
        break;
      case "repeat": {
        const index = lessonIndex(session?.lessonId);
        const lesson = lessons[index];
        if (lesson && session?.kind === "lesson")
          outputs.push({ kind: "lesson", lesson, number: index + 1 });
        next = session ? present(state, outputs) : noSession(state, outputs);
        break;
      }
      case "next": {
        const current = lessonIndex(session?.lessonId);
        const index =
          current >= 0 ? current + 1 : lessons.findIndex((l) => !state.lessons[l.id]?.done);
        if (index < 0 || index >= lessons.length) {
          outputs.push({ kind: "notice", notice: "all-done" });
          next = state;
        } else next = startLesson(state, index, outputs);
        break;
      }
      case "goto":
        next = startLesson(state, event.lesson - 1, outputs);
        break;
      case "review":
        next = startReview(state, outputs);
        break;
      case "status":
        outputs.push({ kind: "status", ...statusOf(state) });
        next = state;
        break;
      case "reset":
        outputs.push({ kind: "confirm-reset" });
        next = { ...state, confirmReset: true };
        break;
      case "reset-confirm":
        if (state.confirmReset) {
          outputs.push({ kind: "reset-done" });
          next = { ...initialState(state.lang), seq: state.seq };
        } else {
          outputs.push({ kind: "reset-cancelled" });
          next = state;
        }
        break;
      case "reset-cancel":
        outputs.push({ kind: "reset-cancelled" });
        next = state;
        break;
      case "finish":
        outputs.push({
          kind: "summary",
          progress: progress(state).rows,
          missed: (session?.missed ?? []).flatMap((id) => exerciseOf(id) ?? []),
          reviewCount: progress(state).reviewCount,
        });
        next = { ...state, session: null };
        break;
      case "shown":
        next =
          session && session.instance === event.instance
            ? { ...state, session: { ...session, shownAt: event.ref } }
            : state;
        break;
    }
    return { state: next, outputs };
  }

  return { curriculum, step, progress };
}
