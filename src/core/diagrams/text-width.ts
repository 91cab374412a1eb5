import stringWidth from "string-width";

/**
 * Display-width helpers. Every measurement goes through string-width so Hangul and
 * emoji count as 2 columns and combining marks as 0: the same rule the tests use to
 * check that box edges line up in a monospace font.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** User-perceived characters, so wrapping never splits an emoji or a letter from its accent. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

// Bidi overrides would visually reorder a line and break the grid even at the right width.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

/** One flowing run of text: no control characters, newlines or doubled spaces. */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(BIDI_CONTROLS, "")
    .replace(/[\p{Cc}\s]+/gu, " ")
    .trim();
}

/** Pads with spaces up to `width` display columns (never truncates). */
export function padTo(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** Breaks one word that is wider than the line, grapheme by grapheme. */
function splitLongWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const g of graphemes(word)) {
    if (piece !== "" && displayWidth(piece + g) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += g;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * Words, with a parenthesised group such as "(docker.sock 경유)" kept as one token so
 * a wrapped label breaks before the group instead of inside it.
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  let group: string[] | undefined;
  for (const word of cleanText(text).split(" ")) {
    if (word === "") continue;
    if (group === undefined && word.startsWith("(") && !word.includes(")")) group = [word];
    else if (group !== undefined) {
      group.push(word);
      if (word.includes(")")) {
        out.push(group.join(" "));
        group = undefined;
      }
    } else out.push(word);
  }
  if (group !== undefined) out.push(...group);
  return out;
}

/**
 * Greedy wrap by display width. A group wider than a line falls back to its words,
 * and a word wider than a line is split by grapheme. Returns [] for empty text;
 * `width` must be at least 2 so any grapheme fits.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  // keepWhole: the token fits on a line of its own, so move it down rather than split it.
  const place = (token: string, keepWhole: boolean): void => {
    const candidate = line === "" ? token : `${line} ${token}`;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      return;
    }
    if (!keepWhole && token.includes(" ")) {
      for (const word of token.split(" ")) place(word, true);
      return;
    }
    if (line !== "") lines.push(line);
    const pieces = splitLongWord(token, width);
    line = pieces.pop() ?? "";
    lines.push(...pieces);
  };
  for (const token of tokens(text)) place(token, displayWidth(token) <= width);
  if (line !== "") lines.push(line);
  return lines;
}

/** Removes the padding a layout added at the end of a line. */
export function trimRight(line: string): string {
  return line.replace(/ +$/u, "");
}
