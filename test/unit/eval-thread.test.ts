import { describe, expect, it } from "vitest";
import { EvalCaseSchema } from "../../src/core/eval/evaluate.ts";
import { threadBefore } from "../../src/core/eval/thread.ts";

const cases = [
  { q: "how do i tell which runtime a node uses?" },
  { q: "그거 어떻게 확인해?", after: "how do i tell which runtime a node uses?" },
  { q: "그 명령 다시", after: "그거 어떻게 확인해?" },
  { q: "and on windows?", after: "a question outside the set" },
  { q: "loop a", after: "loop b" },
  { q: "loop b", after: "loop a" },
].map((c) => EvalCaseSchema.parse(c));
const at = (i: number) => cases[i] ?? EvalCaseSchema.parse({ q: "missing" });

describe("the thread a follow-up was asked in", () => {
  it("replays a follow-up of a follow-up from the thread's first question", () => {
    expect(threadBefore(at(2), cases)).toEqual([
      "how do i tell which runtime a node uses?",
      "그거 어떻게 확인해?",
    ]);
  });

  it("is the one previous question when the set does not hold it as a case", () => {
    expect(threadBefore(at(3), cases)).toEqual(["a question outside the set"]);
  });

  it("is empty for a first question, and stops at a loop", () => {
    expect(threadBefore(at(0), cases)).toEqual([]);
    expect(threadBefore(at(4), cases)).toEqual(["loop b"]);
  });
});
