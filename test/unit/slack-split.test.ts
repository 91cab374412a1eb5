import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitMrkdwn, trimFence, trimText } from "../../src/adapters/slack/format/split.ts";

const fence = (lines: number, width = 40) =>
  [
    "```",
    ...Array.from(
      { length: lines },
      (_, i) => `${String(i).padStart(3, "0")} ${"─".repeat(width)}`,
    ),
    "```",
  ].join("\n");

describe("splitMrkdwn", () => {
  it("leaves short text alone", () => {
    expect(splitMrkdwn("hello\nworld", 3000)).toEqual(["hello\nworld"]);
  });

  it("splits at line boundaries under the limit", () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i} ${"x".repeat(50)}`).join("\n");
    const chunks = splitMrkdwn(text, 1000);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(1000);
    expect(chunks.join("\n")).toBe(text);
  });

  it("never splits a code block across chunks", () => {
    const text = `${"intro ".repeat(100)}\n${fence(10)}\n${"outro ".repeat(100)}`;
    const chunks = splitMrkdwn(text, 700);
    const withFence = chunks.filter((c) => c.includes("```"));
    expect(withFence).toHaveLength(1);
    expect(withFence[0]?.match(/```/g)).toHaveLength(2);
  });

  it("trims a code block longer than the limit inside its fence", () => {
    const [chunk, ...rest] = splitMrkdwn(fence(200), 3000);
    expect(rest).toEqual([]);
    expect(chunk?.length).toBeLessThanOrEqual(3000);
    expect(chunk?.startsWith("```")).toBe(true);
    expect(chunk?.endsWith("…\n```")).toBe(true);
  });

  it("cuts an over-long line without breaking entities or links", () => {
    const line = `${"word &amp; <https://k8s.io|k8s> ".repeat(200)}`;
    for (const chunk of splitMrkdwn(line, 500)) {
      expect(chunk.length).toBeLessThanOrEqual(500);
      expect(chunk).not.toMatch(/&[a-z]*$/);
      expect((chunk.match(/</g) ?? []).length).toBe((chunk.match(/>/g) ?? []).length);
    }
  });

  it("keeps every chunk within the limit and every fence balanced (property)", () => {
    const part = fc.oneof(
      fc.string({ maxLength: 400 }).map((s) => s.replace(/`/g, "'")),
      fc.integer({ min: 1, max: 60 }).map((n) => fence(n, 20)),
    );
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 12 }),
        fc.integer({ min: 200, max: 3000 }),
        (parts, max) => {
          for (const chunk of splitMrkdwn(parts.join("\n"), max)) {
            expect(chunk.length).toBeLessThanOrEqual(max);
            expect((chunk.match(/```/g) ?? []).length % 2).toBe(0);
          }
        },
      ),
    );
  });
});

describe("trimFence / trimText", () => {
  it("trimFence keeps a short fence as is", () => {
    expect(trimFence(fence(2), 3000)).toBe(fence(2));
  });

  it("trimFence keeps the start of a line wider than the limit instead of dropping it", () => {
    const out = trimFence(`\`\`\`\n${"x".repeat(5000)}\n\`\`\``, 3000);
    expect(out.length).toBeLessThanOrEqual(3000);
    expect(out.startsWith("```\nxxx")).toBe(true);
    expect(out.endsWith("…\n```")).toBe(true);
    expect(out.match(/x/g)?.length).toBeGreaterThan(2900);
  });

  it("trimFence keeps the lines before a wide one, and the wide one's start", () => {
    const out = trimFence(`\`\`\`\nshort\n${"y".repeat(5000)}\nafter\n\`\`\``, 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out.startsWith("```\nshort\nyyy")).toBe(true);
    expect(out).not.toContain("after");
  });

  it("trimFence shortens a one-line fence and keeps both fences", () => {
    const out = trimFence(`\`\`\`${"z &amp; ".repeat(800)}\`\`\``, 500);
    expect(out.length).toBeLessThanOrEqual(500);
    expect(out.startsWith("```z &amp;")).toBe(true);
    expect(out.endsWith("…```")).toBe(true);
    expect(out.match(/```/g)).toHaveLength(2);
    expect(out).not.toMatch(/&[a-z]*…/);
  });

  it("splitMrkdwn keeps a one-line code block's content", () => {
    const chunks = splitMrkdwn(`intro\n\`\`\`\n${"c".repeat(4000)}\n\`\`\``, 3000);
    const chunk = chunks.find((c) => c.includes("```"));
    expect(chunk?.length).toBeLessThanOrEqual(3000);
    expect(chunk?.match(/c/g)?.length).toBeGreaterThan(2900);
  });

  it("trimText ends with an ellipsis and does not split a surrogate pair", () => {
    const out = trimText(`${"a".repeat(9)}😀😀😀`, 12);
    expect(out.length).toBeLessThanOrEqual(12);
    expect(out.endsWith("…")).toBe(true);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
