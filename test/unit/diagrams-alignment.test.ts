import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import {
  DIAGRAM_NAMES,
  type PathId,
  type RuntimePath,
  renderDiagram,
  WIDTH_LIMITS,
} from "../../src/core/diagrams/index.ts";
import { findBoxes } from "../diagram-grid.ts";

/**
 * Property: whatever the labels contain (Hangul, Latin, emoji, combining marks), every
 * line fits its width limit and every box edge lands on the same display column.
 */

const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCodePoint(c));
const latin = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCXYZ0123456789.,:()/-");
const emoji = fc.constantFrom("😀", "🐳", "👍🏽", "👨‍👩‍👧", "🇰🇷", "❤️", "🧑‍💻", "✅");
const combining = fc
  .tuple(fc.constantFrom("e", "a", "o", "한"), fc.constantFrom("\u0301", "\u0308", "\u0323\u0302"))
  .map(([base, mark]) => base + mark);
const lone = fc.constantFrom("\u0301", "\u200d");
const glyph = fc.oneof(
  { weight: 4, arbitrary: hangul },
  { weight: 4, arbitrary: latin },
  { weight: 2, arbitrary: emoji },
  { weight: 2, arbitrary: combining },
  { weight: 1, arbitrary: lone },
  { weight: 3, arbitrary: fc.constant(" ") },
);
/** Labels from one character to long runs that must wrap, sometimes with no spaces at all. */
const label = fc
  .array(glyph, { minLength: 1, maxLength: 60 })
  .map((gs) => gs.join(""))
  .filter((s) => s.trim() !== "");
const localized = fc.record({ ko: label, en: label });
const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ./_-]{0,31}$/);

function chainPath(id: PathId) {
  return fc
    .array(
      fc.record({
        name,
        role: localized,
        process: fc.option(localized, { nil: undefined }),
        removed: fc.boolean(),
        nest: fc.boolean(),
        label: localized,
      }),
      { minLength: 2, maxLength: 7 },
    )
    .chain((raw) =>
      fc.record({ title: localized }).map(({ title }): RuntimePath => {
        // Shared ids across paths ("n0", "n1"…) let the compare view align random chains.
        const nodes = raw.map((r, i) => ({
          id: `n${i}`,
          name: r.name,
          role: r.role,
          ...(r.process ? { process: r.process } : {}),
          ...(id !== "new" && r.removed ? { removedInNew: true } : {}),
          ...(i > 0 && r.nest && !raw[i - 1]?.nest ? { inside: `n${i - 1}` } : {}),
        }));
        return {
          id,
          title,
          nodes,
          edges: raw.slice(1).map((r, i) => ({ from: `n${i}`, to: `n${i + 1}`, label: r.label })),
          sources: [{ title: "s", url: "https://kubernetes.io/" }],
        };
      }),
    );
}

const pathSet = fc
  .tuple(
    chainPath("old"),
    chainPath("new"),
    chainPath("crio"),
    chainPath("cri-dockerd"),
    chainPath("docker"),
  )
  .map((ps) => new Map<string, RuntimePath>(ps.map((p) => [p.id, p])));

const options = fc.record({
  name: fc.constantFrom(...DIAGRAM_NAMES),
  lang: fc.constantFrom("ko" as const, "en" as const),
  width: fc.constantFrom("wide" as const, "narrow" as const),
  style: fc.constantFrom("unicode" as const, "ascii" as const),
});

describe("diagram alignment with random labels", () => {
  it("keeps every line within the limit and every box edge aligned", () => {
    fc.assert(
      fc.property(pathSet, options, (paths, { name, ...opts }) => {
        const text = renderDiagram(name, paths, opts);
        for (const line of text.split("\n")) {
          expect(stringWidth(line)).toBeLessThanOrEqual(WIDTH_LIMITS[opts.width]);
          expect(line).not.toMatch(/ $/);
        }
        const { boxes, problems } = findBoxes(text);
        expect(problems).toEqual([]);
        const ids = name === "compare" ? ["old", "new"] : [name];
        const nodeCount = ids.reduce((n, id) => n + (paths.get(id)?.nodes.length ?? 0), 0);
        expect(boxes).toHaveLength(nodeCount);
      }),
      { numRuns: 400 },
    );
    // 400 random diagrams take ~2 s alone and 10 s on a loaded 2-core machine; this
    // test checks layout, not speed (speed lives in npm run bench).
  }, 60_000);

  it("the checker itself catches a box edge one column off", () => {
    const good = ["┌──────┐", "│ 한글 │", "└──────┘"].join("\n");
    const bad = ["┌──────┐", "│ 한글  │", "└──────┘"].join("\n");
    expect(findBoxes(good).problems).toEqual([]);
    expect(findBoxes(bad).problems).toHaveLength(1);
  });
});
