import type { types } from "@slack/bolt";
import { itemDetail, redactedNote } from "../../../core/diagnose/render-text.ts";
import { say, verdictLabel } from "../../../core/diagnose/say.ts";
import { groupByVerdict } from "../../../core/diagnose/summary.ts";
import type { Diagnosis, DiagnosisItem, Verdict } from "../../../core/diagnose/types.ts";
import type { Lang } from "../../../core/knowledge/schema.ts";
import type { Block } from "./blocks.ts";
import { inline, richTextBlocks } from "./rich-text.ts";
import { trimText } from "./split.ts";

/**
 * A diagnosis as a short table-like list in `rich_text`: the verdict sentence,
 * one bold heading per verdict with its items (name in code style, runtime and
 * kubelet, why), then next steps. Text elements are literal, like every rich
 * text answer (see rich-text.ts), so pasted `<none>` or `&&` shows as typed and
 * `<!channel>` in a paste notifies no one.
 */

type Inline = types.RichTextText | types.RichTextLink;
type Section = types.RichTextSection;
type Element = types.RichTextSection | types.RichTextList;

/** Items listed one by one per group; the rest are still named, on one line. */
export const ITEMS_PER_GROUP = 20;
const ELEMENT_TEXT_MAX = 1500;

const MARK: Record<Verdict, string> = {
  error: "🛑",
  dockershim: "⚠️",
  breaks: "⚠️",
  "upgrade-runtime": "⬆️",
  check: "🔍",
  "cri-dockerd": "🐳",
  ok: "✅",
};

const text = (t: string, style?: { bold?: boolean; code?: boolean; italic?: boolean }): Inline => ({
  type: "text",
  text: trimText(t, ELEMENT_TEXT_MAX),
  ...(style ? { style } : {}),
});
const section = (...elements: Inline[]): Section => ({ type: "rich_text_section", elements });
/** Sentences with `code` spans (commands, paths) as code-styled elements. */
const prose = (t: string, bold = false): Inline[] => inline(trimText(t, ELEMENT_TEXT_MAX), bold);
const bullets = (sections: Section[]): types.RichTextList => ({
  type: "rich_text_list",
  style: "bullet",
  elements: sections,
});

function itemSection(item: DiagnosisItem, withReason: boolean): Section {
  const detail = itemDetail(item);
  return section(
    text(item.name, { code: true }),
    ...(detail ? [text(` ${detail}`)] : []),
    ...(withReason ? [text(" — "), ...prose(item.reason)] : []),
  );
}

/** Names joined into pieces that each fit one text element, so none is cut off. */
function namesInPieces(names: readonly string[]): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const name of names) {
    const next = current === "" ? name : `${current}, ${name}`;
    if (next.length > ELEMENT_TEXT_MAX - 10 && current !== "") {
      pieces.push(`${current},`);
      current = ` ${name}`;
    } else current = next;
  }
  if (current !== "") pieces.push(current);
  return pieces;
}

function groupElements(
  verdict: Verdict,
  items: DiagnosisItem[],
  lang: Lang,
  summary: string,
): Element[] {
  // Nodes in one group usually share the reason: say it once, then list the names.
  const first = items[0];
  const shared =
    items.length > 1 && first !== undefined && items.every((i) => i.reason === first.reason);
  const rest = items.slice(ITEMS_PER_GROUP);
  return [
    section(
      text(`${MARK[verdict]} `),
      text(`${verdictLabel(verdict, lang)} (${items.length})`, { bold: true }),
    ),
    ...(shared && first && !summary.includes(first.reason)
      ? [section(...prose(first.reason))]
      : []),
    bullets(
      items
        .slice(0, ITEMS_PER_GROUP)
        .map((i) => itemSection(i, !shared && !summary.includes(i.reason))),
    ),
    ...(rest.length > 0
      ? [
          section(
            text(say(lang, `…and ${rest.length} more: `, `…외 ${rest.length}개: `), {
              italic: true,
            }),
            ...namesInPieces(rest.map((i) => i.name)).map((names) => text(names)),
          ),
        ]
      : []),
  ];
}

export function diagnosisBlocks(d: Diagnosis, lang: Lang): Block[] {
  const elements: Element[] = [
    section(...prose(d.summary, d.kind !== "unreadable")),
    ...groupByVerdict(d.items).flatMap(([verdict, items]) =>
      groupElements(verdict, items, lang, d.summary),
    ),
  ];
  if (d.nextSteps.length > 0)
    elements.push(
      section(text(say(lang, "Next steps", "다음 할 일"), { bold: true })),
      bullets(d.nextSteps.map((s) => section(...prose(s)))),
    );
  if (d.redacted > 0)
    elements.push(section(text(`🔒 ${redactedNote(d.redacted, lang)}`, { italic: true })));
  return richTextBlocks(elements, "diagnosis");
}
