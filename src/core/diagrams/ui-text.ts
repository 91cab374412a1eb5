import type { Lang } from "../knowledge/schema.ts";
import type { Glyphs } from "./glyphs.ts";
import { displayWidth, wrapText } from "./text-width.ts";

/** Legend entries in priority order: what a reader must know first comes first. */
export type LegendItem = "removed" | "interface" | "nested";
export const LEGEND_ORDER: readonly LegendItem[] = ["removed", "interface", "nested"];

const LEGEND: Readonly<Record<Lang, Readonly<Record<LegendItem, (g: Glyphs) => string>>>> = {
  en: {
    removed: (g) => `${g.removed} not in new path`,
    // Drawn with the shaft glyph because labels sit right of the shaft: "│ CRI gRPC".
    interface: (g) => `${g.shaft} label = interface`,
    nested: () => "box in box = same process",
  },
  ko: {
    removed: (g) => `${g.removed} 지금은 없음`,
    interface: (g) => `${g.shaft} 옆 글자 = 인터페이스`,
    nested: () => "상자 속 상자 = 한 프로세스",
  },
};

const COMPARE_TITLE: Readonly<Record<Lang, string>> = {
  en: "kubelet runtime path: old vs new",
  ko: "kubelet 런타임 경로: 이전과 지금",
};

export function compareTitle(lang: Lang): string {
  return COMPARE_TITLE[lang];
}

/**
 * One legend line: the items that fit within `limit`, in priority order. On a phone
 * the less important ones drop out instead of wrapping into a paragraph.
 */
export function legendLines(
  items: readonly LegendItem[],
  lang: Lang,
  g: Glyphs,
  limit: number,
): string[] {
  const texts = LEGEND_ORDER.filter((item) => items.includes(item)).map((item) =>
    LEGEND[lang][item](g),
  );
  const [first, ...rest] = texts;
  if (first === undefined) return [];
  let line = first;
  for (const text of rest) {
    const candidate = `${line}${g.legendSeparator}${text}`;
    if (displayWidth(candidate) <= limit) line = candidate;
  }
  return wrapText(line, limit);
}
