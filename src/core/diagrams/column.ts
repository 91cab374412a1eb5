import type { BoxGlyphs, Glyphs } from "./glyphs.ts";
import { cleanText, displayWidth, padTo, trimRight, wrapText } from "./text-width.ts";

/** One component as the renderer sees it: text already in the asker's language. */
export interface NodeView {
  readonly id: string;
  readonly name: string;
  /** Role first, then the optional process note; each wraps on its own. */
  readonly details: readonly string[];
  readonly removed: boolean;
  /** Drawn inside the previous node's box: compiled into the same binary. */
  readonly nested: boolean;
}

/** A vertical chain: labels[i] is the interface between nodes[i] and nodes[i + 1]. */
export interface ChainView {
  readonly nodes: readonly NodeView[];
  readonly labels: readonly string[];
}

export type LineKind = "box" | "label" | "shaft" | "head" | "blank";

export interface ColumnLine {
  readonly text: string;
  readonly kind: LineKind;
  /** Node id on the top edge of a top-level box: the rows the compare view aligns. */
  readonly anchor?: string;
  /** A removed node's name on its name row, echoed beside the new column's long arrow. */
  readonly ghost?: string;
  /** On an arrowhead: the shaft line to repeat when the arrow has to stretch. */
  readonly shaft?: string;
}

/** Column of every vertical arrow; fixed so arrows out of nested and top-level boxes line up. */
export const ARROW_COLUMN = 4;
/** A nested box sits inside its host's "│ " … " │". */
const INSET = 2;
/** Below this a nested box or an arrow label would have no room for one wide character. */
export const MIN_COLUMN_WIDTH = 16;

interface Row {
  readonly text: string;
  readonly ghost?: string;
}

function nameText(node: NodeView, g: Glyphs): string {
  return node.removed ? `${cleanText(node.name)} ${g.removed}` : cleanText(node.name);
}

function outline(node: NodeView, g: Glyphs): BoxGlyphs {
  return node.removed ? g.dashed : g.solid;
}

function bottomEdge(b: BoxGlyphs, width: number, exitAt: number | null, exit: string): string {
  const middle = Array.from({ length: width - 2 }, (_, i) =>
    i + 1 === exitAt ? exit : b.horizontal,
  );
  return `${b.bottomLeft}${middle.join("")}${b.bottomRight}`;
}

/** Rows of text inside a box of `width`, name row first. */
function contentRows(node: NodeView, width: number, g: Glyphs): Row[] {
  const [nameRow = "", ...nameRest] = wrapText(nameText(node, g), width - 4);
  const first: Row = node.removed
    ? { text: nameRow, ghost: cleanText(node.name) }
    : { text: nameRow };
  const rest = [...nameRest, ...node.details.flatMap((d) => wrapText(d, width - 4))];
  return [first, ...rest.map((text) => ({ text }))];
}

function framed(b: BoxGlyphs, width: number, rows: readonly Row[]): Row[] {
  return rows.map((r) => ({
    ...r,
    text: `${b.vertical} ${padTo(r.text, width - 4)} ${b.vertical}`,
  }));
}

/** A box `width` columns wide whose bottom edge carries `exit` at `exitAt` (or nothing). */
function boxRows(node: NodeView, width: number, g: Glyphs, exitAt: number | null): Row[] {
  const b = outline(node, g);
  return [
    { text: `${b.topLeft}${b.horizontal.repeat(width - 2)}${b.topRight}` },
    ...framed(b, width, contentRows(node, width, g)),
    { text: bottomEdge(b, width, exitAt, g.tee) },
  ];
}

/** The label rows of a downward arrow at column `at`, then its head. */
function arrowRows(label: string, width: number, at: number, g: Glyphs): string[] {
  const indent = " ".repeat(at);
  const wrapped = wrapText(label, width - at - 2);
  const rows = (wrapped.length > 0 ? wrapped : [""]).map((t) =>
    trimRight(`${indent}${g.shaft} ${t}`),
  );
  return [...rows, `${indent}${g.head}`];
}

/**
 * A host box with its guest drawn inside (kubelet containing dockershim), the arrow
 * between them inside the host, and the guest's exit crossing the host's bottom edge.
 */
function hostRows(
  host: NodeView,
  guest: NodeView,
  label: string,
  width: number,
  g: Glyphs,
  hasExit: boolean,
): Row[] {
  const b = outline(host, g);
  const inner = width - 2 * INSET;
  const inside: Row[] = [
    ...contentRows(host, width, g),
    ...arrowRows(label, inner, ARROW_COLUMN - INSET, g).map((text) => ({ text })),
    ...boxRows(guest, inner, g, hasExit ? ARROW_COLUMN - INSET : null),
  ];
  return [
    { text: `${b.topLeft}${b.horizontal.repeat(width - 2)}${b.topRight}` },
    ...framed(b, width, inside),
    { text: bottomEdge(b, width, hasExit ? ARROW_COLUMN : null, g.cross) },
  ];
}

/** Draws a chain as one column of boxes and labelled arrows, every box `width` wide. */
export function renderColumn(chain: ChainView, width: number, g: Glyphs): ColumnLine[] {
  const { nodes, labels } = chain;
  const out: ColumnLine[] = [];
  let i = 0;
  while (i < nodes.length) {
    const node = nodes[i];
    if (!node) break;
    // Guests are consumed with their host, so node i is never drawn nested itself.
    const next = nodes[i + 1];
    const nested = next?.nested === true ? next : undefined;
    const last = nested ? i + 1 : i;
    const hasExit = last < nodes.length - 1;
    const rows = nested
      ? hostRows(node, nested, labels[i] ?? "", width, g, hasExit)
      : boxRows(node, width, g, hasExit ? ARROW_COLUMN : null);
    rows.forEach((r, k) => {
      out.push({
        text: r.text,
        kind: "box",
        anchor: k === 0 ? node.id : undefined,
        ghost: r.ghost,
      });
    });
    if (hasExit) {
      const arrow = arrowRows(labels[last] ?? "", width, ARROW_COLUMN, g);
      const head = arrow.pop() ?? "";
      for (const text of arrow) out.push({ text, kind: "label" });
      out.push({ text: head, kind: "head", shaft: `${" ".repeat(ARROW_COLUMN)}${g.shaft}` });
    }
    i = last + 1;
  }
  return out;
}

/** The narrowest width (≥ MIN_COLUMN_WIDTH) at which no text in the chains has to wrap. */
export function naturalWidth(chains: readonly ChainView[], g: Glyphs): number {
  let need = MIN_COLUMN_WIDTH;
  for (const { nodes, labels } of chains) {
    for (const node of nodes) {
      const extra = node.nested ? 2 * INSET : 0;
      for (const text of [nameText(node, g), ...node.details])
        need = Math.max(need, displayWidth(cleanText(text)) + 4 + extra);
    }
    labels.forEach((label, i) => {
      const extra = nodes[i + 1]?.nested ? INSET : 0;
      need = Math.max(need, ARROW_COLUMN + 2 + displayWidth(cleanText(label)) + extra);
    });
  }
  return need;
}
