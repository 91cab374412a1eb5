import { hasHangul } from "../text/lang.ts";

/** Slack's own message limit; a paste is read up to this many characters and no further. */
export const MAX_PASTE_CHARS = 40_000;

export interface Normalized {
  /** Every line of the input, code fences removed, entities decoded. */
  readonly lines: readonly string[];
  /** The contents of each ``` fence, in order. */
  readonly fences: readonly string[];
  /** Lines outside any fence. */
  readonly outside: readonly string[];
}

// Terminal escapes and control characters; tab and newline are kept because columns and YAML need them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]/g;
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const FENCE = /```([\s\S]*?)(?:```|$)/g;
/** A language tag Slack users put after the opening fence (```yaml). */
/** A fence mark with its language tag; Slack's composer puts content right after the opening mark. */
const FENCE_MARK =
  /```(?:(?:ya?ml|json|sh|bash|shell|console|text|txt|log|toml|ini)[ \t]*(?=\n))?/gi;
const FENCE_TAG = /^(?:ya?ml|json|sh|bash|shell|console|text|txt|log|toml|ini)[ \t]*\n/i;

/** Undo what Slack does to pasted text: entities, autolinked host names and mailto links. */
export function undoSlack(text: string): string {
  return (
    text
      // Bounded, so a paste full of "<http://a|" cannot make this quadratic.
      .replace(/<(?:https?|mailto):[^|>\s]{1,500}\|([^>\n]{1,300})>/g, "$1")
      .replace(/<(https?:\/\/[^|>\s]{1,500})>/g, "$1")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
  );
}

export function cleanPaste(raw: string): string {
  return undoSlack(raw.replace(ANSI, ""))
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL, "")
    .replace(/\u00a0/g, " ");
}

/** Splits a cleaned paste into lines, with fenced parts kept apart for YAML and JSON. */
export function normalize(clean: string): Normalized {
  const fences: string[] = [];
  const outsideParts: string[] = [];
  let last = 0;
  for (const match of clean.matchAll(FENCE)) {
    outsideParts.push(clean.slice(last, match.index));
    fences.push((match[1] ?? "").replace(FENCE_TAG, "").replace(/^\n+|\s+$/g, ""));
    last = match.index + match[0].length;
  }
  outsideParts.push(clean.slice(last));
  const outside = outsideParts.join("\n").split("\n");
  // Inline `code` marks around a value are formatting, not data.
  const lines = clean
    .replace(FENCE_MARK, "\n")
    .split("\n")
    .map((l) => l.replace(/`/g, ""));
  return { lines, fences, outside };
}

/**
 * A line of the person's own words around the paste: Korean, or English prose
 * that looks like a sentence rather than a table row, a flag or a YAML key.
 */
export function isProseLine(line: string): boolean {
  // A typed bullet ("- upgrade to 1.24") is prose; a YAML item ("- name: x") is not.
  const text = line.trim().replace(/^[-*•]\s+(?=[A-Za-z\uac00-\ud7af])/, "");
  if (text === "") return false;
  if (hasHangul(text)) return true;
  if (/^[\w./"-]+:(\s|$)/.test(text) || /^[-{}[\]]/.test(text) || /^NAME\s/.test(text))
    return false;
  const words = text.split(/\s+/);
  const wordy = words.filter((w) => /^[A-Za-z][a-z'’]*[?,.!]?$/.test(w)).length / words.length;
  // "…dockershim or on cri-dockerd? both just show docker:// in": a question in words keeps
  // being prose when it names a scheme (a line quoting kubelet flags stays a paste to diagnose).
  if (/\?(\s|$)/.test(text) && words.length >= 6 && wordy >= 0.6 && !/(^|[\s`])--\w/.test(text))
    return true;
  if (/:\/\/|(^|\s)--\w|\s{2,}|\t/.test(text)) return false;
  return text.endsWith("?") || (words.length >= 3 && wordy >= 0.6);
}
