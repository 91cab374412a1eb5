import type { Tokenizer } from "../retrieval/tokenize.ts";
import { hopsToPick, matchesAccepted } from "./answer-match.ts";
import type { Bi, Curriculum, Exercise } from "./curriculum.ts";
import type { Verdict } from "./events.ts";
import type { Session, TutorState } from "./state.ts";

export interface JudgeInput {
  readonly curriculum: Curriculum;
  readonly tokenize: Tokenizer;
  readonly state: TutorState;
  readonly session: Session;
  readonly exercise: Exercise;
  /** An option, hop or step id; free text for a text exercise. */
  readonly value: string;
}

export interface Judged {
  readonly result: {
    readonly verdict: Verdict;
    readonly chosen?: string;
    readonly why?: Bi;
    readonly reveal?: string;
    readonly picks: readonly string[];
  };
  readonly patch: Pick<TutorState, "session" | "boxes" | "lessons">;
  /** True when the exercise is over (right, or wrong for a one-shot kind). */
  readonly moveOn: boolean;
}

const uniq = (ids: readonly string[], id: string) => (ids.includes(id) ? [...ids] : [...ids, id]);

/**
 * Scores one answer to the exercise on screen. One-shot kinds (choice, text)
 * end on the first answer: a wrong one comes back once at the end of the
 * session, and the second miss reveals the answer. Path and order go hop by
 * hop; a wrong hop is explained and tried again. Every miss lands in Leitner
 * box 1; a clean answer in review moves the exercise up a box, out after 3.
 */
export function judge(input: JudgeInput): Judged {
  const { exercise, value, session, state } = input;
  const lang = state.lang;
  switch (exercise.kind) {
    case "choice": {
      const option = exercise.options.find((o) => o.id === value);
      const right = exercise.options.find((o) => o.id === exercise.answer);
      return oneShot(input, value === exercise.answer, {
        ...(option ? { chosen: option.text[lang], why: option.why } : { chosen: value }),
        reveal: right?.text[lang] ?? exercise.answer,
        rightWhy: right?.why,
      });
    }
    case "text":
      return oneShot(input, matchesAccepted(input.tokenize, value, exercise.accept), {
        chosen: value,
        why: exercise.explain,
        reveal: exercise.accept[0] ?? "",
      });
    case "path":
    case "order": {
      const expected =
        exercise.kind === "path"
          ? hopsToPick(exercise)[session.picks.length]
          : exercise.steps[session.picks.length]?.id;
      const total = exercise.kind === "path" ? hopsToPick(exercise).length : exercise.steps.length;
      const label = labelOf(input, value);
      if (value !== expected) {
        const why = exercise.kind === "path" ? input.curriculum.components[value]?.does : undefined;
        return {
          result: {
            verdict: "step-wrong",
            chosen: label,
            ...(why ? { why } : {}),
            picks: session.picks,
          },
          patch: missed(input),
          moveOn: false,
        };
      }
      const picks = [...session.picks, value];
      if (picks.length < total)
        return {
          result: { verdict: "step-right", chosen: label, picks },
          patch: { ...keep(state), session: { ...session, picks } },
          moveOn: false,
        };
      const clean =
        session.tries === 0 && session.hints === 0 && !session.missed.includes(exercise.id);
      return {
        result: { verdict: "right", chosen: label, why: exercise.explain, picks },
        patch: credit(input, clean, { ...session, picks }),
        moveOn: true,
      };
    }
  }
}

function labelOf(input: JudgeInput, value: string): string {
  const { exercise, curriculum, state } = input;
  if (exercise.kind === "path") return curriculum.components[value]?.label ?? value;
  if (exercise.kind === "order")
    return exercise.steps.find((s) => s.id === value)?.text[state.lang] ?? value;
  return value;
}

const keep = (state: TutorState) => ({ boxes: state.boxes, lessons: state.lessons });

function oneShot(
  input: JudgeInput,
  right: boolean,
  shown: { chosen: string; why?: Bi; reveal: string; rightWhy?: Bi | undefined },
): Judged {
  const { session, exercise } = input;
  if (right) {
    const clean = session.hints === 0 && !session.missed.includes(exercise.id);
    return {
      result: {
        verdict: "right",
        chosen: shown.chosen,
        ...(shown.why ? { why: shown.why } : {}),
        picks: session.picks,
      },
      patch: credit(input, clean, session),
      moveOn: true,
    };
  }
  const second = session.missed.includes(exercise.id);
  const patch = missed(input);
  const after = patch.session ?? session;
  // The first miss comes back at the end of this session; the second shows the answer.
  const queue = second ? after.queue : [...after.queue, exercise.id];
  const why = shown.why ?? undefined;
  return {
    result: {
      verdict: "wrong",
      chosen: shown.chosen,
      ...(why && input.exercise.kind === "choice" ? { why } : {}),
      ...(second ? { reveal: shown.reveal } : {}),
      picks: session.picks,
    },
    patch: { ...patch, session: { ...after, queue } },
    moveOn: true,
  };
}

function missed(input: JudgeInput): Judged["patch"] {
  const { state, session, exercise } = input;
  return {
    ...keep(state),
    boxes: { ...state.boxes, [exercise.id]: 1 },
    session: { ...session, tries: session.tries + 1, missed: uniq(session.missed, exercise.id) },
  };
}

function credit(input: JudgeInput, clean: boolean, session: Session): Judged["patch"] {
  const { state, exercise } = input;
  const boxes = { ...state.boxes };
  const lessons = { ...state.lessons };
  if (session.kind === "review") {
    const box = boxes[exercise.id] ?? 1;
    if (!clean) boxes[exercise.id] = 1;
    else if (box >= 3) delete boxes[exercise.id];
    else boxes[exercise.id] = box + 1;
  } else if (clean && session.lessonId) {
    const kept = lessons[session.lessonId] ?? { mastered: [], done: false };
    lessons[session.lessonId] = { ...kept, mastered: uniq(kept.mastered, exercise.id) };
  }
  const firstTry = clean ? uniq(session.firstTry, exercise.id) : session.firstTry;
  return { boxes, lessons, session: { ...session, firstTry } };
}
