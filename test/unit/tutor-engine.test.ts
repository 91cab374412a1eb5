import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Tokenizer } from "../../src/core/retrieval/tokenize.ts";
import { createTutor, type Tutor } from "../../src/core/tutor/engine.ts";
import type { TutorEvent, TutorOutput } from "../../src/core/tutor/events.ts";
import { initialState, type TutorState, TutorStateSchema } from "../../src/core/tutor/state.ts";
import { realTutoring, SMALL } from "../helpers/tutor-fixture.ts";

let tokenize: Tokenizer;
let tutor: Tutor;
beforeAll(async () => {
  ({ tokenize } = await realTutoring());
  tutor = createTutor(SMALL, tokenize);
});

function run(state: TutorState, ...events: TutorEvent[]) {
  const outputs: TutorOutput[] = [];
  let current = state;
  for (const event of events) {
    const step = tutor.step(current, event);
    outputs.push(...step.outputs);
    current = step.state;
  }
  return { state: current, outputs };
}

const kinds = (outputs: readonly TutorOutput[]) => outputs.map((o) => o.kind);
const instance = (state: TutorState) => state.session?.instance ?? -1;
const fresh = () => initialState("en");
const started = () => run(fresh(), { type: "start" }).state;
/** Answers the exercise on screen. */
const ans = (state: TutorState, value: string): TutorEvent => ({
  type: "answer",
  instance: instance(state),
  value,
});

describe("start and resume", () => {
  it("start opens lesson 1 with its first exercise under instance 1", () => {
    const { state, outputs } = run(fresh(), { type: "start", lang: "ko" });
    expect(kinds(outputs)).toEqual(["lesson", "exercise"]);
    expect(state.lang).toBe("ko");
    expect(state.session).toMatchObject({ lessonId: "one", queue: ["c1", "t1"], instance: 1 });
  });

  it("start during a lesson resumes it: same exercise, a fresh instance", () => {
    const s = started();
    const { state, outputs } = run(s, { type: "start" });
    expect(kinds(outputs)).toEqual(["exercise"]);
    expect(state.session?.queue[0]).toBe("c1");
    expect(instance(state)).toBe(2);
  });

  it("resume without a lesson says so and changes nothing", () => {
    const s = fresh();
    const { state, outputs } = run(s, { type: "resume" });
    expect(outputs).toEqual([{ kind: "notice", notice: "no-session" }]);
    expect(state).toBe(s);
  });
});

describe("answers", () => {
  it("a right first answer is credited, explained, and the next exercise follows", () => {
    const s = started();
    const { state, outputs } = run(s, ans(s, "y"));
    expect(outputs[0]).toMatchObject({ kind: "result", verdict: "right", chosen: "Why" });
    expect(outputs[1]).toMatchObject({ kind: "exercise", instance: 2 });
    expect(state.lessons.one?.mastered).toEqual(["c1"]);
  });

  it("a stale press or a second click never advances twice", () => {
    const s = started();
    const once = run(s, ans(s, "y")).state;
    const twice = tutor.step(once, ans(s, "y"));
    expect(twice.outputs).toEqual([{ kind: "notice", notice: "stale" }]);
    expect(twice.state).toBe(once);
  });

  it("a wrong choice explains that option, comes back once, then reveals the answer", () => {
    let s = started();
    let step = run(s, ans(s, "x"));
    expect(step.outputs[0]).toMatchObject({ verdict: "wrong", why: { en: "x is wrong" } });
    expect(step.outputs[0]).not.toHaveProperty("reveal");
    expect(step.state.session?.queue).toEqual(["t1", "c1"]);
    expect(step.state.boxes).toEqual({ c1: 1 });
    s = step.state;
    s = run(s, ans(s, "1.24")).state;
    step = run(s, ans(s, "x"));
    expect(step.outputs[0]).toMatchObject({ verdict: "wrong", reveal: "Why" });
    const done = step.outputs.find((o) => o.kind === "lesson-done");
    expect(done).toMatchObject({ firstTry: 1, total: 2, reviewCount: 1 });
    expect(done?.kind === "lesson-done" && done.missed.map((e) => e.id)).toEqual(["c1"]);
    expect(step.state.session).toBeNull();
    expect(step.state.lessons.one).toEqual({ mastered: ["t1"], done: true });
  });

  it("free text is matched with retrieval's normalising (particles, spacing)", () => {
    let s = run(started(), { type: "skip" }).state;
    const step = run(s, { type: "typed", text: "1.24 버전입니다" });
    expect(step.outputs[0]).toMatchObject({ verdict: "right", why: { en: "It was 1.24" } });
    s = step.state;
    expect(s.session).toBeNull();
  });

  it("typed replies pick options by number, letter or text", () => {
    for (const text of ["2", "b", "(b)", "2번", "B.", "why"]) {
      const step = run(started(), { type: "typed", text });
      expect(step.outputs[0], text).toMatchObject({ kind: "result", verdict: "right" });
    }
  });

  it("a hint is shown and the answer after it is not a first-try answer", () => {
    const s0 = started();
    const hinted = run(s0, { type: "hint" });
    expect(hinted.outputs).toEqual([
      {
        kind: "hint",
        exercise: SMALL.lessons[0]?.exercises[0],
        text: { ko: "와이", en: "think y" },
      },
    ]);
    const s = hinted.state;
    const { state } = run(s, ans(s, "y"));
    expect(state.lessons.one?.mastered).toEqual([]);
  });

  it("skip reveals the answer, boxes the exercise and moves on", () => {
    const { state, outputs } = run(started(), { type: "skip" });
    expect(outputs[0]).toMatchObject({ kind: "result", verdict: "skipped", reveal: "Why" });
    expect(state.boxes).toEqual({ c1: 1 });
    expect(state.session?.queue).toEqual(["t1"]);
  });
});

describe("build the path and order the steps", () => {
  const lesson2 = () => run(fresh(), { type: "goto", lesson: 2 }).state;

  it("the path grows with each right hop; a wrong hop says what it does", () => {
    let s = lesson2();
    let step = run(s, ans(s, "dockerd"));
    expect(step.outputs[0]).toMatchObject({
      verdict: "step-wrong",
      why: { en: "Docker's daemon" },
    });
    expect(step.outputs[1]).toMatchObject({ kind: "exercise", picks: [] });
    s = step.state;
    step = run(s, ans(s, "cri"));
    expect(step.outputs[0]).toMatchObject({ verdict: "step-right", picks: ["cri"] });
    s = step.state;
    step = run(s, ans(s, "containerd"));
    expect(step.outputs[0]).toMatchObject({ verdict: "right", picks: ["cri", "containerd"] });
    expect(step.state.lessons.two?.mastered).toEqual([]);
    expect(step.state.boxes).toEqual({ p1: 1 });
  });

  it("steps in order complete the exercise; a clean run is mastered", () => {
    let s = run(lesson2(), { type: "skip" }).state;
    for (const id of ["s1", "s2", "s3"]) s = run(s, ans(s, id)).state;
    expect(s.lessons.two).toEqual({ mastered: ["o1"], done: true });
  });
});

describe("questions mid-lesson", () => {
  it("a question pauses the lesson; continue picks it up where it was", () => {
    const s = started();
    let step = run(s, { type: "typed", text: "what is containerd" });
    expect(kinds(step.outputs)).toEqual(["question", "notice"]);
    expect(step.state.session?.paused).toBe(true);
    step = run(step.state, { type: "typed", text: "2" });
    expect(kinds(step.outputs)).toEqual(["question"]);
    step = run(step.state, { type: "resume" });
    expect(step.outputs[0]).toMatchObject({ kind: "exercise", exercise: { id: "c1" } });
    expect(step.state.session?.paused).toBe(false);
  });

  it("in a free-text exercise, text ending in ? is a question", () => {
    const s = run(started(), { type: "skip" }).state;
    expect(kinds(run(s, { type: "typed", text: "그게 뭐예요?" }).outputs)).toEqual([
      "question",
      "notice",
    ]);
  });
});

describe("moving around", () => {
  it("next and goto open lessons; an unknown lesson is refused", () => {
    expect(run(started(), { type: "next" }).state.session?.lessonId).toBe("two");
    expect(run(fresh(), { type: "goto", lesson: 9 }).outputs).toEqual([
      { kind: "notice", notice: "no-such-lesson" },
    ]);
    expect(run(run(fresh(), { type: "goto", lesson: 2 }).state, { type: "next" }).outputs).toEqual([
      { kind: "notice", notice: "all-done" },
    ]);
  });

  it("repeat shows the lesson again and makes older buttons stale", () => {
    const s = started();
    const step = run(s, { type: "repeat" });
    expect(kinds(step.outputs)).toEqual(["lesson", "exercise"]);
    expect(kinds(run(step.state, ans(s, "y")).outputs)).toEqual(["notice"]);
  });

  it("finish sums up with the missed questions and ends the session", () => {
    const s = started();
    const { state, outputs } = run(s, ans(s, "x"), { type: "finish" });
    const summary = outputs.at(-1);
    expect(summary?.kind).toBe("summary");
    expect(summary?.kind === "summary" && summary.missed.map((e) => e.id)).toEqual(["c1"]);
    expect(state.session).toBeNull();
  });

  it("status reports bars' numbers and the review count without changing anything", () => {
    const s0 = started();
    const s = run(s0, ans(s0, "y"), { type: "skip" }).state;
    const { state, outputs } = run(s, { type: "status" });
    expect(state).toBe(s);
    expect(outputs[0]).toMatchObject({ kind: "status", reviewCount: 1 });
    const rows = outputs[0]?.kind === "status" ? outputs[0].progress : [];
    expect(rows.map((r) => [r.number, r.mastered, r.total, r.done])).toEqual([
      [1, 1, 2, true],
      [2, 0, 2, false],
    ]);
  });
});

describe("review (Leitner boxes)", () => {
  it("missed exercises come back in review; right answers climb boxes, out after box 3", () => {
    let s = run(started(), { type: "skip" }, { type: "skip" }).state;
    expect(Object.keys(s.boxes).sort()).toEqual(["c1", "t1"]);
    for (const box of [2, 3]) {
      s = run(s, { type: "review" }).state;
      expect(s.session?.kind).toBe("review");
      s = run(s, ans(s, "y")).state;
      const step = run(s, ans(s, "1.24"));
      expect(step.outputs.at(-1)).toMatchObject({ kind: "review-done", right: 2, total: 2 });
      s = step.state;
      expect(s.boxes).toEqual({ c1: box, t1: box });
    }
    s = run(s, { type: "review" }).state;
    s = run(s, ans(s, "y")).state;
    s = run(s, ans(s, "1.24")).state;
    expect(s.boxes).toEqual({});
    expect(run(s, { type: "review" }).outputs).toEqual([{ kind: "notice", notice: "no-review" }]);
  });

  it("a miss in review goes back to box 1", () => {
    let s = run(started(), { type: "skip" }, { type: "skip" }, { type: "review" }).state;
    s = run(s, ans(s, "y")).state;
    s = run(s, ans(s, "1.24")).state;
    s = run(s, { type: "review" }).state;
    s = run(s, ans(s, "x")).state;
    expect(s.boxes.c1).toBe(1);
  });
});

describe("reset", () => {
  it("needs a confirmation; anything else cancels it; the instance counter survives", () => {
    const s = started();
    let step = run(s, { type: "reset" });
    expect(kinds(step.outputs)).toEqual(["confirm-reset"]);
    expect(run(step.state, { type: "status" }).state.confirmReset).toBe(false);
    expect(run(step.state, { type: "reset-cancel" }).outputs).toEqual([
      { kind: "reset-cancelled" },
    ]);
    step = run(step.state, { type: "reset-confirm" });
    expect(kinds(step.outputs)).toEqual(["reset-done"]);
    expect(step.state).toEqual({ ...initialState("en"), seq: s.seq });
    expect(run(s, { type: "reset-confirm" }).outputs).toEqual([{ kind: "reset-cancelled" }]);
  });
});

describe("shown", () => {
  it("remembers where the exercise on screen was posted, for the result to update it", () => {
    const s = run(started(), { type: "shown", instance: 1, ref: "C1:123.4" }).state;
    expect(s.session?.shownAt).toBe("C1:123.4");
    expect(run(s, { type: "shown", instance: 7, ref: "x" }).state).toBe(s);
    expect(run(s, ans(s, "y")).outputs[0]).toMatchObject({ shownAt: "C1:123.4" });
  });
});

describe("any sequence of events", () => {
  it("keeps a valid state and never reuses an instance number", () => {
    const event = fc.oneof(
      fc.constantFrom<TutorEvent>(
        { type: "start" },
        { type: "resume" },
        { type: "hint" },
        { type: "skip" },
        { type: "repeat" },
        { type: "next" },
        { type: "review" },
        { type: "status" },
        { type: "reset" },
        { type: "reset-confirm" },
        { type: "reset-cancel" },
        { type: "finish" },
      ),
      fc.record({ type: fc.constant("goto" as const), lesson: fc.integer({ min: 0, max: 3 }) }),
      fc.record({
        type: fc.constant("typed" as const),
        text: fc.constantFrom("1", "2", "x", "1.24", "what?", "hello"),
      }),
      fc.record({
        type: fc.constant("answer" as const),
        instance: fc.integer({ min: 0, max: 40 }),
        value: fc.constantFrom("x", "y", "1.24", "cri", "containerd", "dockerd", "s1", "s2", "s3"),
      }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let s = fresh();
        const seen = new Set<number>();
        for (const e of events) {
          const step = tutor.step(s, e);
          for (const o of step.outputs)
            if (o.kind === "exercise") {
              expect(seen.has(o.instance)).toBe(false);
              seen.add(o.instance);
            }
          s = TutorStateSchema.parse(step.state);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the real curriculum", () => {
  it("can be completed with every answer right, all mastered", async () => {
    const { curriculum, tokenize: tok } = await realTutoring();
    const real = createTutor(curriculum, tok);
    let s = real.step(fresh(), { type: "start" }).state;
    for (let guard = 0; s.session && guard < 500; guard++) {
      const exercise = curriculum.lessons
        .flatMap((l) => l.exercises)
        .find((e) => e.id === s.session?.queue[0]);
      if (!exercise) throw new Error("no exercise");
      const values =
        exercise.kind === "choice"
          ? [exercise.answer]
          : exercise.kind === "text"
            ? [exercise.accept[0] ?? ""]
            : exercise.kind === "path"
              ? [exercise.path[exercise.given + (s.session?.picks.length ?? 0)] ?? ""]
              : [exercise.steps[s.session?.picks.length ?? 0]?.id ?? ""];
      const step = real.step(s, {
        type: "answer",
        instance: s.session?.instance ?? 0,
        value: values[0] ?? "",
      });
      s = step.state;
      if (!s.session) {
        const next = real.step(s, { type: "next" });
        if (next.outputs[0]?.kind === "notice") break;
        s = next.state;
      }
    }
    const { rows, reviewCount } = real.progress(s);
    expect(rows.every((r) => r.done && r.mastered === r.total)).toBe(true);
    expect(reviewCount).toBe(0);
    expect(real.step(s, { type: "start" }).outputs[0]).toEqual({
      kind: "notice",
      notice: "all-done",
    });
  });
});
