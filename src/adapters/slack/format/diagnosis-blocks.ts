import type { types } from "@slack/bolt";
import { itemDetail, redactedNote } from "../../../core/diagnose/render-text.ts";
import { say, verdictLabel } from "../../../core/diagnose/say.ts";
import { groupByVerdict } from "../../../core/diagnose/summary.ts";
import type { Diagnosis, DiagnosisItem, Verdict } from "../../../core/diagnose/types.ts";
import type { Lang } from "../../../core/knowledge/schema.ts";
import type { Block } from "./blocks.ts";
import { escapeMrkdwn } from "./mrkdwn.ts";
import { trimText } from "./split.ts";

/**
 * A diagnosis as a short table-like list in `rich_text` blocks: the verdict
 * sentence, one bold heading per verdict with its items (name in code style,
 * runtime and kubelet, why), then next steps. rich_text keeps bold working next
 * to Hangul, where mrkdwn's `*` marks are ignored. All text is user data and is
 * escaped like everything else we post.
 */

type RichText = types.RichTextBlock;
type Section = types.RichTextSection;
type Element = Section["elements"][number];

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

const text = (
  t: string,
  style?: { bold?: boolean; code?: boolean; italic?: boolean },
): Element => ({
  type: "text",
  text: escapeMrkdwn(trimText(t, ELEMENT_TEXT_MAX)),
  ...(style ? { style } : {}),
});
const section = (...elements: Element[]): Section => ({ type: "rich_text_section", elements });
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
    ...(withReason ? [text(` — ${item.reason}`)] : []),
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

function groupBlock(
  verdict: Verdict,
  items: DiagnosisItem[],
  lang: Lang,
  index: number,
  summary: string,
): RichText {
  // Nodes in one group usually share the reason: say it once, then list the names.
  const first = items[0];
  const shared =
    items.length > 1 && first !== undefined && items.every((i) => i.reason === first.reason);
  const shown = items.slice(0, ITEMS_PER_GROUP);
  const rest = items.slice(ITEMS_PER_GROUP);
  const elements: RichText["elements"] = [
    section(
      text(`${MARK[verdict]} `),
      text(`${verdictLabel(verdict, lang)} (${items.length})`, { bold: true }),
    ),
    ...(shared && first && !summary.includes(first.reason) ? [section(text(first.reason))] : []),
    bullets(shown.map((i) => itemSection(i, !shared && !summary.includes(i.reason)))),
  ];
  if (rest.length > 0)
    elements.push(
      section(
        text(say(lang, `…and ${rest.length} more: `, `…외 ${rest.length}개: `), { italic: true }),
        ...namesInPieces(rest.map((i) => i.name)).map((names) => text(names)),
      ),
    );
  return { type: "rich_text", block_id: `diagnosis-group-${index}`, elements };
}

export function diagnosisBlocks(d: Diagnosis, lang: Lang): Block[] {
  const blocks: Block[] = [
    {
      type: "rich_text",
      block_id: "diagnosis-summary",
      elements: [section(text(d.summary, { bold: d.kind !== "unreadable" }))],
    },
    ...groupByVerdict(d.items).map(([verdict, items], i) =>
      groupBlock(verdict, items, lang, i, d.summary),
    ),
  ];
  if (d.nextSteps.length > 0)
    blocks.push({
      type: "rich_text",
      block_id: "diagnosis-next",
      elements: [
        section(text(say(lang, "Next steps", "다음 할 일"), { bold: true })),
        bullets(d.nextSteps.map((s) => section(text(s)))),
      ],
    });
  if (d.redacted > 0)
    blocks.push({
      type: "rich_text",
      block_id: "diagnosis-redacted",
      elements: [section(text(`🔒 ${redactedNote(d.redacted, lang)}`, { italic: true }))],
    });
  return blocks;
}
