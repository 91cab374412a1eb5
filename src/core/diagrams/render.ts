import { AppError, ErrorCode } from "../../errors.ts";
import type { DiagramName, Lang } from "../knowledge/schema.ts";
import { toChain } from "./chain-view.ts";
import { type ChainView, naturalWidth, renderColumn } from "./column.ts";
import { type DiagramStyle, GLYPHS, type Glyphs } from "./glyphs.ts";
import { addGhosts, alignColumns, sideBySide, skippedBefore, withSkippedNames } from "./layout.ts";
import type { PathId, RuntimePath } from "./path-schema.ts";
import { trimRight, wrapText } from "./text-width.ts";
import { compareTitle, type LegendItem, legendLines } from "./ui-text.ts";

export type DiagramWidth = "wide" | "narrow";

export interface RenderOptions {
  readonly lang: Lang;
  readonly width: DiagramWidth;
  readonly style: DiagramStyle;
}

/** Desktop Slack and terminals show 72 columns comfortably; phones about 40. */
export const WIDTH_LIMITS: Readonly<Record<DiagramWidth, number>> = { wide: 72, narrow: 40 };
const COLUMN_GAP = 2;

interface Ctx {
  readonly lang: Lang;
  readonly limit: number;
  readonly g: Glyphs;
}

function pathOf(paths: ReadonlyMap<string, RuntimePath>, id: PathId): RuntimePath {
  const path = paths.get(id);
  if (!path) throw new AppError(ErrorCode.KnowledgeInvalid, `runtime path "${id}" is not loaded`);
  return path;
}

function legendItems(chains: readonly ChainView[]): LegendItem[] {
  const nodes = chains.flatMap((c) => c.nodes);
  return [
    ...(nodes.some((n) => n.removed) ? (["removed"] as const) : []),
    ...(chains.some((c) => c.labels.length > 0) ? (["interface"] as const) : []),
    ...(nodes.some((n) => n.nested) ? (["nested"] as const) : []),
  ];
}

function columnWidth(chains: readonly ChainView[], ctx: Ctx, limit: number): number {
  return Math.min(naturalWidth(chains, ctx.g), limit);
}

function renderSingle(path: RuntimePath, ctx: Ctx): string[] {
  const chain = toChain(path, ctx.lang, path.id === "new");
  const width = columnWidth([chain], ctx, ctx.limit);
  return [
    ...wrapText(path.title[ctx.lang], ctx.limit),
    "",
    ...renderColumn(chain, width, ctx.g).map((l) => l.text),
    "",
    ...legendLines(legendItems([chain]), ctx.lang, ctx.g, ctx.limit),
  ];
}

/** Old and new side by side, shared components on shared rows. */
function compareWide(old: RuntimePath, now: RuntimePath, ctx: Ctx): string[] {
  const chains = [toChain(old, ctx.lang, false), toChain(now, ctx.lang, true)] as const;
  const width = columnWidth(chains, ctx, Math.floor((ctx.limit - COLUMN_GAP) / 2));
  const [left, right] = alignColumns(
    renderColumn(chains[0], width, ctx.g),
    renderColumn(chains[1], width, ctx.g),
  );
  const ghosted = addGhosts(left, right, ctx.g, width);
  return [
    ...sideBySide(
      wrapText(old.title[ctx.lang], width),
      wrapText(now.title[ctx.lang], width),
      width,
      COLUMN_GAP,
    ),
    ...sideBySide(
      left.map((l) => l.text),
      ghosted.map((l) => l.text),
      width,
      COLUMN_GAP,
    ),
    "",
    ...legendLines(legendItems(chains), ctx.lang, ctx.g, ctx.limit),
  ];
}

/** On a phone two columns would not fit their labels: old above new, same box width. */
function compareNarrow(old: RuntimePath, now: RuntimePath, ctx: Ctx): string[] {
  const chains = [toChain(old, ctx.lang, false), toChain(now, ctx.lang, true)] as const;
  const width = columnWidth(chains, ctx, ctx.limit);
  return [
    ...wrapText(old.title[ctx.lang], ctx.limit),
    ...renderColumn(chains[0], width, ctx.g).map((l) => l.text),
    "",
    ...wrapText(now.title[ctx.lang], ctx.limit),
    ...withSkippedNames(
      renderColumn(chains[1], width, ctx.g),
      skippedBefore(...chains),
      ctx.g,
      width,
    ).map((l) => l.text),
    "",
    ...legendLines(legendItems(chains), ctx.lang, ctx.g, ctx.limit),
  ];
}

/**
 * Draws one diagram as plain text: title, boxes and arrows, one-line legend. Pure;
 * every line fits the width limit in display columns and has no trailing spaces.
 */
export function renderDiagram(
  name: DiagramName,
  paths: ReadonlyMap<string, RuntimePath>,
  opts: RenderOptions,
): string {
  const ctx: Ctx = { lang: opts.lang, limit: WIDTH_LIMITS[opts.width], g: GLYPHS[opts.style] };
  let lines: string[];
  if (name !== "compare") lines = renderSingle(pathOf(paths, name), ctx);
  else {
    const old = pathOf(paths, "old");
    const now = pathOf(paths, "new");
    const body = opts.width === "wide" ? compareWide(old, now, ctx) : compareNarrow(old, now, ctx);
    lines = [...wrapText(compareTitle(ctx.lang), ctx.limit), "", ...body];
  }
  return lines.map(trimRight).join("\n");
}
