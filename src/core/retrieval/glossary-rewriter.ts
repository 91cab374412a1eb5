import type { Glossary } from "../knowledge/schema.ts";
import { escapeRegExp } from "../text/escape-reg-exp.ts";

export type Rewriter = (text: string) => string;

const LONG_HANGUL = /^[\uac00-\ud7af]{3,}$/;
/** A run of Hangul this long is words typed without spaces (or one word with its particles). */
const GLUED = /[\uac00-\ud7af]{5,}/g;

/** Spaces, hyphens and underscores inside a variant are optional: "도커 심" = "도커심", "cri-o" = "crio". */
function variantPattern(variant: string): string {
  const chars = [...variant.toLowerCase().replace(/[\s_-]+/g, "")];
  return chars.map(escapeRegExp).join("[\\s_-]*");
}

/**
 * Compiles the glossary into one rewrite pass that replaces every variant with its
 * canonical word. Longest variants win ("containerd-shim" before "containerd",
 * "cri-o" before "cri"). Latin variants must stand alone as words; Hangul variants
 * may carry particles ("도커심이란") so only their start is anchored.
 */
export function createRewriter(glossary: Glossary): Rewriter {
  const pairs = glossary.terms.flatMap((t) =>
    [t.canonical, ...t.variants].map((v) => ({ variant: v, canonical: t.canonical })),
  );
  pairs.sort(
    (a, b) => b.variant.replace(/[\s_-]/g, "").length - a.variant.replace(/[\s_-]/g, "").length,
  );
  const canonicalOf = new Map<string, string>();
  const alternatives: string[] = [];
  const inWords: string[] = [];
  for (const { variant, canonical } of pairs) {
    const key = variant.toLowerCase().replace(/[\s_-]+/g, "");
    if (canonicalOf.has(key)) continue;
    canonicalOf.set(key, canonical);
    alternatives.push(variantPattern(variant));
    if (LONG_HANGUL.test(key)) inWords.push(variantPattern(variant));
  }
  // A word edge for Latin: not preceded/followed by a letter or digit. Hangul particles may follow.
  // A Hangul variant of three syllables or more is also found inside a word: people drop the
  // spaces ("원래도커심1.22에뺀다고"), and so long a word is not part of another by chance
  // (a two-syllable one is: "로그" in "블로그").
  // Only long runs of Hangul are searched inside: trying every alias at every letter of every
  // question cost a fifth of the answer time.
  const pattern = new RegExp(
    `(?<![a-z0-9\uac00-\ud7af])(?:${alternatives.join("|")})(?![a-z0-9])`,
    "g",
  );
  const inWord = new RegExp(inWords.join("|"), "g");
  const toCanonical = (match: string) => {
    const canonical = canonicalOf.get(match.replace(/[\s_-]+/g, ""));
    return canonical ? ` ${canonical} ` : match;
  };
  return (text) =>
    text
      .toLowerCase()
      .replace(pattern, toCanonical)
      .replace(GLUED, (run) => run.replace(inWord, toCanonical));
}
