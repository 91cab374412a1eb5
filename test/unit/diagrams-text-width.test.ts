import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { cleanText, padTo, wrapText } from "../../src/core/diagrams/text-width.ts";

describe("wrapText", () => {
  it("wraps by display width, counting Hangul as two columns", () => {
    expect(wrapText("파드를 실행하는 노드 에이전트", 16)).toEqual([
      "파드를 실행하는",
      "노드 에이전트",
    ]);
  });

  it("moves a parenthesised group to the next line instead of splitting it", () => {
    expect(wrapText("CRI gRPC (dockershim.sock 경유)", 27)).toEqual([
      "CRI gRPC",
      "(dockershim.sock 경유)",
    ]);
  });

  it("splits a word wider than the line without breaking emoji or accents", () => {
    const lines = wrapText("👨‍👩‍👧é👨‍👩‍👧é👨‍👩‍👧", 4);
    expect(lines).toEqual(["👨‍👩‍👧é", "👨‍👩‍👧é", "👨‍👩‍👧"]);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(4);
  });

  it("returns no lines for blank text", () => {
    expect(wrapText("  \n\t ", 10)).toEqual([]);
  });
});

describe("cleanText and padTo", () => {
  it("turns newlines, tabs and bidi overrides into one plain run", () => {
    expect(cleanText(" a\n\tb \u202Ec ")).toBe("a b c");
  });

  it("pads to a display width", () => {
    expect(stringWidth(padTo("한글", 7))).toBe(7);
  });
});
