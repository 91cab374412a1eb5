export const MAX_QUESTION_CHARS = 2000;

export type SanitizedQuestion =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: "empty" | "too_long"; readonly text: string };

// Terminal escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and
// two-character ESC sequences. Stripped whole so their parameters don't leak as text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]/g;
// Remaining C0/C1 controls and DEL, except tab and newline which become spaces below.
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Makes user input safe to answer: strips terminal escapes and control characters,
 * folds whitespace, and rejects empty or over-long input with a reason the
 * surface can turn into a friendly message.
 */
export function sanitizeQuestion(raw: string): SanitizedQuestion {
  const text = raw.replace(ANSI, "").replace(CONTROL, "").replace(/\s+/g, " ").trim();
  if (text === "") return { ok: false, reason: "empty", text };
  if ([...text].length > MAX_QUESTION_CHARS) return { ok: false, reason: "too_long", text };
  return { ok: true, text };
}
