import { describe, expect, it } from "vitest";
import { detectLang } from "../../src/core/text/lang.ts";
import { MAX_QUESTION_CHARS, sanitizeQuestion } from "../../src/core/text/sanitize.ts";

describe("detectLang", () => {
  it.each([
    ["도커심이 뭐야?", "ko"],
    ["containerd 소켓 경로", "ko"],
    ["what is dockershim", "en"],
    ["CRI-O vs containerd?", "en"],
    ["", "en"],
  ])("%s -> %s", (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});

describe("sanitizeQuestion", () => {
  it("strips terminal escape sequences and control characters but keeps the question", () => {
    const raw = "\u001b[31mwhat is\u001b[0m dockershim\u0007?\u001b]0;title\u0007 \u0000";
    expect(sanitizeQuestion(raw)).toEqual({ ok: true, text: "what is dockershim?" });
  });

  it("folds newlines and tabs into single spaces", () => {
    expect(sanitizeQuestion("  도커심\n\t이란 ")).toEqual({ ok: true, text: "도커심 이란" });
  });

  it.each(["", "   ", "\n\t", "\u001b[2J"])("rejects empty input %j", (raw) => {
    expect(sanitizeQuestion(raw)).toMatchObject({ ok: false, reason: "empty" });
  });

  it("rejects input over the limit and accepts input at the limit", () => {
    expect(sanitizeQuestion("a".repeat(MAX_QUESTION_CHARS)).ok).toBe(true);
    expect(sanitizeQuestion("a".repeat(MAX_QUESTION_CHARS + 1))).toMatchObject({
      ok: false,
      reason: "too_long",
    });
  });

  it("counts Hangul by characters, not bytes", () => {
    expect(sanitizeQuestion("가".repeat(MAX_QUESTION_CHARS)).ok).toBe(true);
  });
});
