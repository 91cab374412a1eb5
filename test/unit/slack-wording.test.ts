import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { howToAsk, rateLimitedText } from "../../src/adapters/slack/format/wording.ts";

/**
 * The Slack surface's Korean in one voice: 합니다체, the bot as 저, 다이어그램
 * as in the core, no space between a code span and its particle. Checked on
 * the source, so a new line is held to it without being listed here.
 */
const SOURCE = readFileSync(
  path.resolve(import.meta.dirname, "../../src/adapters/slack/format/wording.ts"),
  "utf8",
);
// Comment lines are skipped: the file's own note quotes the wrong form.
const koreanLines = SOURCE.split("\n").filter(
  (line) => /[가-힣]/.test(line) && !/^\s*(\*|\/\/)/.test(line),
);

describe("Slack Korean wording", () => {
  it.each([
    ["해요체 endings", /(요[.!]|요"|요`|세요)/],
    ["나 for the bot (it is 저)", /(^|[^가-힣])나(에게|는|를|의|만)/],
    ["그림 for a diagram", /그림/],
    [
      "a space between a code span and its particle",
      /` (으로|로|은|는|을|를|이|가|와|과)(\s|[.,]|$)/,
    ],
  ])("has no %s", (_what, pattern) => {
    expect(koreanLines.filter((line) => pattern.test(line))).toEqual([]);
  });

  it("asks in the -십시오 form, not -세요", () => {
    expect(howToAsk("ko", "/k8s-runtime")[0]).toContain("질문해 주십시오");
  });

  it("says the configured limit in both languages", () => {
    expect(rateLimitedText("ko", 12_300, 10)).toBe(
      "질문이 너무 잦습니다. 13초 뒤에 다시 질문해 주십시오. (한 사람당 1분에 10개까지 받습니다)",
    );
    expect(rateLimitedText("en", 500, 4)).toBe(
      "You're asking too often. Please try again in 1s (I take up to 4 questions a minute per person).",
    );
  });
});
