/**
 * Fitting text into Slack's limits without breaking what the reader sees: a
 * fenced code block (a diagram) is never split across two blocks, and a cut
 * never lands inside an `&amp;` entity, a `<url|title>` link or a surrogate pair.
 */

/** Slack's limit for a section block's text. */
export const SECTION_TEXT_MAX = 3000;
/** Slack's limit for blocks in one message (a Home view allows 100). */
export const MESSAGE_BLOCKS_MAX = 50;
export const ELLIPSIS = "…";

const FENCE = "```";

/** Splits mrkdwn into whole lines and whole fenced blocks. */
function units(text: string): string[] {
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!line.startsWith(FENCE)) {
      out.push(line);
      continue;
    }
    const fence = [line];
    // A fence that opens and closes on one line (```x```) is complete already.
    const closedOnSameLine = line.length > FENCE.length && line.endsWith(FENCE);
    while (!closedOnSameLine && i + 1 < lines.length) {
      i++;
      const next = lines[i] ?? "";
      fence.push(next);
      if (next.trimEnd().endsWith(FENCE)) break;
    }
    out.push(fence.join("\n"));
  }
  return out;
}

/** The largest cut ≤ max that splits no entity, link or surrogate pair. */
function safeCut(text: string, max: number): number {
  let cut = Math.min(max, text.length);
  const space = text.lastIndexOf(" ", cut);
  if (space > max / 2) cut = space;
  const head = text.slice(0, cut);
  const openLink = head.lastIndexOf("<");
  if (openLink > head.lastIndexOf(">") && openLink > 0) cut = openLink;
  const amp = text.slice(0, cut).lastIndexOf("&");
  if (amp >= 0 && !text.slice(amp, cut).includes(";") && cut - amp < 8 && amp > 0) cut = amp;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return Math.max(cut, 1);
}

/** A long plain line as pieces of at most `max` characters. */
function cutLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const cut = safeCut(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  pieces.push(rest);
  return pieces;
}

/**
 * A fenced block too long for one section keeps its opening lines and closes
 * with "…": a trimmed diagram still reads as one picture, a split one does not.
 * The line that no longer fits keeps its start, so a block made of one very
 * long line (a log line, a one-line ```…```) is shortened, not emptied.
 */
export function trimFence(fence: string, max: number): string {
  if (fence.length <= max) return fence;
  const lines = fence.split("\n");
  if (lines.length === 1) {
    const open = fence.length > FENCE.length && fence.endsWith(FENCE);
    return `${trimText(open ? fence.slice(0, -FENCE.length) : fence, max - FENCE.length)}${FENCE}`;
  }
  const closing = `${ELLIPSIS}\n${FENCE}`;
  const kept: string[] = [];
  let size = closing.length;
  for (const line of lines.slice(0, -1)) {
    const room = max - size - 1;
    if (line.length > room) {
      if (room > FENCE.length + ELLIPSIS.length) kept.push(trimText(line, room));
      break;
    }
    kept.push(line);
    size += line.length + 1;
  }
  return [...kept, closing].join("\n");
}

/** Splits mrkdwn into chunks of at most `max` characters at line boundaries. */
export function splitMrkdwn(text: string, max: number = SECTION_TEXT_MAX): string[] {
  const chunks: string[] = [];
  let current = "";
  const flush = () => {
    if (current.trim() !== "") chunks.push(current.replace(/\n+$/, ""));
    current = "";
  };
  for (const unit of units(text)) {
    const isFence = unit.startsWith(FENCE);
    const pieces = isFence ? [trimFence(unit, max)] : cutLine(unit, max);
    for (const piece of pieces) {
      const joined = current === "" ? piece : `${current}\n${piece}`;
      if (joined.length <= max) {
        current = joined;
        continue;
      }
      flush();
      current = piece;
    }
  }
  flush();
  return chunks;
}

/** Trims text to `max` characters at a safe point, ending with "…". */
export function trimText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, safeCut(text, max - ELLIPSIS.length)).trimEnd()}${ELLIPSIS}`;
}
