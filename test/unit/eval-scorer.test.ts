import { describe, expect, it } from "vitest";
import {
  EvalCaseSchema,
  evaluate,
  firstSentence,
  inOrder,
  ratio,
} from "../../src/core/eval/evaluate.ts";

describe("eval scorer", () => {
  it("reads the first sentence without cutting version numbers", () => {
    expect(firstSentence("dockershim went away in 1.24. Then more.\n- point")).toBe(
      "dockershim went away in 1.24.",
    );
    expect(firstSentence("네, 그대로 돌아갑니다\n- 점")).toBe("네, 그대로 돌아갑니다");
    // An abbreviation is not a sentence end: the example it introduces belongs to the sentence.
    expect(firstSentence("Set the endpoint (e.g. `unix:///run/x.sock`) there. More.")).toBe(
      "Set the endpoint (e.g. `unix:///run/x.sock`) there.",
    );
  });

  it("checks keywords in order", () => {
    expect(inOrder("cordon, drain, stop, start, uncordon", ["drain", "start", "uncordon"])).toBe(
      true,
    );
    expect(inOrder("uncordon then drain", ["drain", "uncordon"])).toBe(false);
  });

  it("scores lead, fact, steps, scope and near misses, per intent", () => {
    const cases = [
      { q: "a", expected: ["x"], intent: "time", leadAny: ["1.24"], factAny: ["May"] },
      { q: "b", expected: ["y"], intent: "procedure", steps: ["drain", "uncordon"] },
      { q: "c", expected: [], nearMiss: true },
      { q: "d", inScope: true, leadAny: ["nope"] },
    ].map((c) => EvalCaseSchema.parse(c));
    const answers: Record<string, { text: string; inScope: boolean; ranked: string[] }> = {
      a: { text: "Removed in 1.24. In May 2022.", inScope: true, ranked: ["x"] },
      b: { text: "uncordon first, then drain", inScope: true, ranked: ["y"] },
      c: { text: "Sorry", inScope: true, ranked: ["z"] },
      d: { text: "Something else.", inScope: true, ranked: [] },
    };
    const m = evaluate(cases, (c) => answers[c.q] ?? { text: "", inScope: false, ranked: [] });
    expect(m.tallies.lead).toEqual({ ok: 1, n: 2 });
    expect(m.tallies.fact).toEqual({ ok: 1, n: 1 });
    expect(m.tallies.steps).toEqual({ ok: 0, n: 1 });
    expect(m.tallies.nearMiss).toEqual({ ok: 0, n: 1 });
    expect(m.tallies.answered).toEqual({ ok: 3, n: 3 });
    expect(ratio(m.tallies.declined)).toBe(0);
    expect(m.byIntent.get("procedure")?.steps).toEqual({ ok: 0, n: 1 });
  });
});
