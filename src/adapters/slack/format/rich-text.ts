import type { types } from "@slack/bolt";
import type { Block } from "./blocks.ts";

/**
 * Plain text as `rich_text` blocks with explicit styles. Slack's mrkdwn applies
 * a mark only against a space or punctuation, so `` `crictl`로 `` or `*중요*합니다`
 * print their marks raw; a rich_text element carries its style as data and
 * renders the same next to Hangul. Text elements are literal (no entities, no
 * `<!channel>`), so user and knowledge text needs no escaping here.
 */

type Inline = types.RichTextText | types.RichTextLink;
type Element = types.RichTextSection | types.RichTextList | types.RichTextPreformatted;

/** Rich text has no documented per-block cap; this keeps each block the size of a section. */
const BLOCK_TEXT_MAX = 3000;

/**
 * `code` spans become code-styled elements and `**bold**` (as models write it)
 * bold ones; the rest stays text (all of it bold when asked).
 */
export function inline(text: string, bold = false): Inline[] {
  const out: Inline[] = [];
  for (const part of text.split(/(`[^`\n]+`|\*\*[^*\n]+\*\*)/)) {
    if (part === "") continue;
    const code = part.length > 2 && part.startsWith("`") && part.endsWith("`");
    const strong = !code && part.length > 4 && part.startsWith("**") && part.endsWith("**");
    const style = {
      ...(code ? { code: true } : {}),
      ...(bold || strong ? { bold: true } : {}),
    };
    out.push({
      type: "text",
      text: code ? part.slice(1, -1) : strong ? part.slice(2, -2) : part,
      ...(Object.keys(style).length > 0 ? { style } : {}),
    });
  }
  return out;
}

export function section(elements: Inline[]): types.RichTextSection {
  return { type: "rich_text_section", elements };
}

const BULLET = /^(\s*)(?:[-*•]|\d+[.)])\s+/;

/** Paragraph lines and "- " / "• " / "1." lines as sections and lists, in order. */
export function textElements(text: string): Element[] {
  const out: Element[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  let ordered = false;
  const flushParagraph = () => {
    const joined = paragraph.join("\n").replace(/^\n+|\n+$/g, "");
    if (joined.trim() !== "") out.push(section(inline(joined)));
    paragraph = [];
  };
  const flushList = () => {
    if (items.length > 0)
      out.push({
        type: "rich_text_list",
        style: ordered ? "ordered" : "bullet",
        elements: items.map((item) => section(inline(item))),
      });
    items = [];
  };
  for (const line of text.split("\n")) {
    const bullet = BULLET.exec(line);
    if (bullet) {
      flushParagraph();
      const isOrdered = /\d/.test(bullet[0]);
      if (items.length > 0 && isOrdered !== ordered) flushList();
      ordered = isOrdered;
      items.push(line.slice(bullet[0].length));
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return out;
}

function size(element: Element): number {
  return JSON.stringify(element).length;
}

/** A list too long for one block as consecutive lists (numbering continues via `offset`). */
function splitList(list: types.RichTextList): types.RichTextList[] {
  const out: types.RichTextList[] = [];
  let items: types.RichTextSection[] = [];
  let used = 0;
  let start = 0;
  const flush = () => {
    if (items.length === 0) return;
    out.push({ ...list, elements: items, ...(start > 0 ? { offset: start } : {}) });
    start += items.length;
    items = [];
    used = 0;
  };
  for (const item of list.elements) {
    const n = JSON.stringify(item).length;
    if (items.length > 0 && used + n > BLOCK_TEXT_MAX) flush();
    items.push(item);
    used += n;
  }
  flush();
  return out;
}

/** Elements packed into as few rich_text blocks as fit, ids `${prefix}-0`, `-1`… */
export function richTextBlocks(input: readonly Element[], prefix: string): Block[] {
  const elements = input.flatMap((e) =>
    e.type === "rich_text_list" && size(e) > BLOCK_TEXT_MAX ? splitList(e) : [e],
  );
  const blocks: Element[][] = [];
  let current: Element[] = [];
  let used = 0;
  for (const element of elements) {
    const n = size(element);
    if (current.length > 0 && used + n > BLOCK_TEXT_MAX) {
      blocks.push(current);
      current = [];
      used = 0;
    }
    current.push(element);
    used += n;
  }
  if (current.length > 0) blocks.push(current);
  return blocks.map((els, i) => ({ type: "rich_text", block_id: `${prefix}-${i}`, elements: els }));
}

/** A text diagram, whole, in its own preformatted element: never inside a list. */
export function preformattedBlock(text: string, blockId: string): Block {
  return {
    type: "rich_text",
    block_id: blockId,
    elements: [{ type: "rich_text_preformatted", elements: [{ type: "text", text }] }],
  };
}

/** A bold heading, then one bullet per link (only http(s) URLs become links). */
export function linkListBlock(
  heading: string,
  links: readonly { readonly title: string; readonly url: string }[],
  blockId: string,
): Block {
  const item = (l: { title: string; url: string }): types.RichTextSection =>
    section(
      /^https?:\/\//i.test(l.url)
        ? [{ type: "link", url: l.url, text: l.title }]
        : [{ type: "text", text: l.title }],
    );
  return {
    type: "rich_text",
    block_id: blockId,
    elements: [
      section(inline(heading, true)),
      { type: "rich_text_list", style: "bullet", elements: links.map(item) },
    ],
  };
}

/**
 * Plain text for the `text` fallback (notifications): no code, bold or strike
 * marks (they would print raw next to Hangul), entities escaped.
 */
export function plainFallback(text: string): string {
  return text
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/\*{1,2}([^*\n]+)\*{1,2}/g, "$1")
    .replace(/~([^~\n]+)~/g, "$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}
