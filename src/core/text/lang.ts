import type { Lang } from "../knowledge/schema.ts";

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

/** Korean if the text has any Hangul (people mix English terms into Korean questions), else English. */
export function detectLang(text: string): Lang {
  return HANGUL.test(text) ? "ko" : "en";
}

export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}
