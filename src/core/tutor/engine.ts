import type { Tokenizer } from "../retrieval/tokenize.ts";
import { answerText, hopsToPick, optionsFor, typedOption } from "./answer-match.ts";
import type { Bi, Curriculum, Lesson } from "./curriculum.ts";
import type { ProgressRow, TutorEvent, TutorOutput } from "./events.ts";
import { createFlow } from "./flow.ts";
import { judge } from "./judge.ts";
import { initialState, type TutorState } from "./state.ts";

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

const NO_HINT: Bi = {
  ko: "이 문제에는 힌트가 없습니다. 'skip'으로 건너뛸 수 있습니다.",
  en: "No hint for this one; 'skip' moves on.",
};

export function createTutor(curriculum: Curriculum, tokenize: Tokenizer): Tutor {
  const flow = createFlow(curriculum);
  const { lessons, exerciseOf, lessonIndex, progress, present, startLesson, startReview, advance } =
    flow;

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
