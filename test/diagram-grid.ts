import stringWidth from "string-width";

/**
 * Test helpers that look at a rendered diagram the way a monospace font does: as a
 * grid of display cells. They know nothing about the renderer's internals, so they
 * catch any misalignment, whatever its cause.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** One string per display cell; a wide character's second cell is "". */
export function cells(line: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(line)) {
    const width = stringWidth(segment);
    if (width === 0) continue;
    out.push(segment, ...Array.from({ length: width - 1 }, () => ""));
  }
  return out;
}

const TOP_LEFT = new Set(["┌", "+"]);
const TOP_RIGHT = new Set(["┐", "+"]);
const BOTTOM_LEFT = new Set(["└", "+"]);
const BOTTOM_RIGHT = new Set(["┘", "+"]);
const HORIZONTAL = new Set(["─", "┄", "-", "."]);
const VERTICAL = new Set(["│", "┆", "|", ":"]);
const EXITS = new Set(["┬", "┼", "+"]);

export interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

type Grid = readonly (readonly string[])[];
const at = (grid: Grid, row: number, col: number): string => grid[row]?.[col] ?? " ";

// In ASCII a "+" is also a connector on a bottom edge; a corner has no edge to its left.
function isTopLeft(grid: Grid, row: number, col: number): boolean {
  return (
    TOP_LEFT.has(at(grid, row, col)) &&
    !HORIZONTAL.has(at(grid, row, col - 1)) &&
    HORIZONTAL.has(at(grid, row, col + 1)) &&
    VERTICAL.has(at(grid, row + 1, col))
  );
}

/** Follows one box from its top-left corner; returns the box or what is wrong with it. */
function traceBox(grid: Grid, top: number, left: number): Box | string {
  let right = left + 1;
  while (HORIZONTAL.has(at(grid, top, right))) right++;
  if (!TOP_RIGHT.has(at(grid, top, right)))
    return `box at row ${top}, col ${left}: top edge does not end in a corner`;
  for (let row = top + 1; row < grid.length; row++) {
    const l = at(grid, row, left);
    const r = at(grid, row, right);
    if (BOTTOM_LEFT.has(l)) {
      if (!BOTTOM_RIGHT.has(r))
        return `box at row ${top}, col ${left}: bottom-right corner missing at row ${row}, col ${right} (found "${r}")`;
      for (let col = left + 1; col < right; col++) {
        const c = at(grid, row, col);
        if (!HORIZONTAL.has(c) && !EXITS.has(c))
          return `box at row ${top}, col ${left}: bottom edge broken at col ${col} (found "${c}")`;
      }
      return { top, bottom: row, left, right };
    }
    if (!VERTICAL.has(l) || !VERTICAL.has(r))
      return `box at row ${top}, col ${left}: side edge broken at row ${row} (found "${l}" … "${r}" at cols ${left}, ${right})`;
  }
  return `box at row ${top}, col ${left}: never closed`;
}

/** Every box in the text, plus a message for every box whose edges do not line up. */
export function findBoxes(text: string): { boxes: Box[]; problems: string[] } {
  const grid = text.split("\n").map(cells);
  const boxes: Box[] = [];
  const problems: string[] = [];
  grid.forEach((cols, row) => {
    cols.forEach((_, col) => {
      if (!isTopLeft(grid, row, col)) return;
      const traced = traceBox(grid, row, col);
      if (typeof traced === "string") problems.push(traced);
      else boxes.push(traced);
    });
  });
  return { boxes, problems };
}

/**
 * Rows that start and end with a box edge (after the indent) in a one-column view:
 * in a monospace font they must all end on the same column.
 */
export function boxedRowWidths(text: string): number[] {
  const edge = /^[│┆|:┌┐└┘+]$/u;
  return text
    .split("\n")
    .filter((line) => {
      const c = cells(line);
      return edge.test(c[0] ?? "") && edge.test(c[c.length - 1] ?? "");
    })
    .map((line) => stringWidth(line));
}
