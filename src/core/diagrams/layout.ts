import type { ChainView, ColumnLine } from "./column.ts";
import type { Glyphs } from "./glyphs.ts";
import { cleanText, displayWidth, padTo, trimRight } from "./text-width.ts";

/**
 * Inserts `count` lines just before `at` by lengthening the nearest arrow above it,
 * so boxes below move down while every arrow stays connected. With no arrow above
 * (the first box), blank lines go on top.
 */
function stretchBefore(lines: ColumnLine[], at: number, count: number): void {
  const head = lines.slice(0, at).findLastIndex((l) => l.kind === "head");
  const filler: ColumnLine =
    head >= 0 ? { text: lines[head]?.shaft ?? "", kind: "shaft" } : { text: "", kind: "blank" };
  lines.splice(Math.max(head, 0), 0, ...Array.from({ length: count }, () => filler));
}

/**
 * Moves boxes down so every component present in both columns starts on the same
 * row; what exists only on the left (dockershim, dockerd) faces a long arrow.
 * Anchors out of order on the right are skipped rather than tearing earlier rows apart.
 */
export function alignColumns(
  left: readonly ColumnLine[],
  right: readonly ColumnLine[],
): [ColumnLine[], ColumnLine[]] {
  const l = [...left];
  const r = [...right];
  let lastRight = -1;
  for (const id of left.flatMap((line) => (line.anchor ? [line.anchor] : []))) {
    const i = l.findIndex((line) => line.anchor === id);
    const j = r.findIndex((line) => line.anchor === id);
    if (j < 0 || j <= lastRight) continue;
    if (i < j) stretchBefore(l, i, j - i);
    else if (j < i) stretchBefore(r, j, i - j);
    lastRight = r.findIndex((line) => line.anchor === id);
  }
  const height = Math.max(l.length, r.length);
  const blank: ColumnLine = { text: "", kind: "blank" };
  return [
    [...l, ...Array.from({ length: height - l.length }, () => blank)],
    [...r, ...Array.from({ length: height - r.length }, () => blank)],
  ];
}

/**
 * Beside each removed component's name, writes "✗ name" on the new column's arrow
 * shaft, so the reader sees what the long arrow now skips.
 */
export function addGhosts(
  left: readonly ColumnLine[],
  right: readonly ColumnLine[],
  g: Glyphs,
  width: number,
): ColumnLine[] {
  return right.map((line, row) => {
    const ghost = left[row]?.ghost;
    if (ghost === undefined || line.kind !== "shaft") return line;
    const text = `${line.text} ${g.removed} ${ghost}`;
    return displayWidth(text) <= width ? { ...line, text } : line;
  });
}

/** Joins two columns row by row; the left one is padded to `leftWidth` display columns. */
export function sideBySide(
  left: readonly string[],
  right: readonly string[],
  leftWidth: number,
  gap: number,
): string[] {
  const height = Math.max(left.length, right.length);
  return Array.from({ length: height }, (_, row) =>
    trimRight(`${padTo(left[row] ?? "", leftWidth)}${" ".repeat(gap)}${right[row] ?? ""}`),
  );
}

/**
 * For each component of `now`, the names of removed components of `old` that sat
 * between it and the component above it: what the new arrow into it skips.
 */
export function skippedBefore(old: ChainView, now: ChainView): Map<string, string[]> {
  const kept = new Set(now.nodes.map((n) => n.id));
  const skipped = new Map<string, string[]>();
  let pending: string[] = [];
  for (const node of old.nodes) {
    if (kept.has(node.id)) {
      if (pending.length > 0) skipped.set(node.id, pending);
      pending = [];
    } else if (node.removed) pending.push(cleanText(node.name));
  }
  return skipped;
}

/**
 * The stacked (phone) compare has no rows to align, so the skipped components are
 * written on the new arrow itself: "│ ✗ dockershim" just above its head.
 */
export function withSkippedNames(
  lines: readonly ColumnLine[],
  skipped: ReadonlyMap<string, readonly string[]>,
  g: Glyphs,
  width: number,
): ColumnLine[] {
  const out = [...lines];
  for (const [id, names] of skipped) {
    const anchor = out.findIndex((l) => l.anchor === id);
    const head = out.slice(0, Math.max(anchor, 0)).findLastIndex((l) => l.kind === "head");
    const shaft = out[head]?.shaft;
    if (head < 0 || shaft === undefined) continue;
    const ghosts = names
      .map((name) => `${shaft} ${g.removed} ${name}`)
      .filter((text) => displayWidth(text) <= width)
      .map((text): ColumnLine => ({ text, kind: "shaft" }));
    out.splice(head, 0, ...ghosts);
  }
  return out;
}
