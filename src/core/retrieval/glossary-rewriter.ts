import type { Glossary } from "../knowledge/schema.ts";
import { escapeRegExp } from "../text/escape-reg-exp.ts";

export type Rewriter = (text: string) => string;

const LONG_HANGUL = /^[\uac00-\ud7af]{3,}$/;
const SHORT_HANGUL = /^[\uac00-\ud7af]{2}$/;
const GLUED_PARTICLE = "를|을|는|은|의|에서|에는|에선";
const PARTICLE_END = new RegExp(`(?:${GLUED_PARTICLE})$`);
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
  // A two-syllable variant of the field's own words ("도커", "파드", "빠짐") is found inside a
  // glued run too ("도커이미지이제못씀"): typed without spaces, it is part of no longer word there.
  const fieldWords = new Set([...glossary.core, ...glossary.domain]);
  const canonicalOf = new Map<string, string>();
  const alternatives: string[] = [];
  const inWords: string[] = [];
  for (const { variant, canonical } of pairs) {
    const key = variant.toLowerCase().replace(/[\s_-]+/g, "");
    if (canonicalOf.has(key)) continue;
    canonicalOf.set(key, canonical);
    alternatives.push(variantPattern(variant));
    if (LONG_HANGUL.test(key) || (SHORT_HANGUL.test(key) && fieldWords.has(canonical)))
      inWords.push(variantPattern(variant));
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
  // A particle right after a variant inside a run goes with it ("도커를왜버린" is docker, 왜, removal):
  // left behind, "를왜" was an unknown word that cost the question its scope. Only particles no
  // word of the field starts with.
  const inWord = new RegExp(`(?:${inWords.join("|")})(?:${GLUED_PARTICLE})?`, "g");
  const toCanonical = (match: string) => {
    const key = match.replace(/[\s_-]+/g, "");
    const canonical = canonicalOf.get(key) ?? canonicalOf.get(key.replace(PARTICLE_END, ""));
    return canonical ? ` ${canonical} ` : match;
  };
  return (text) =>
    text
      .toLowerCase()
      // Glued runs first: a variant at the start of one ("도커왜빠짐") would otherwise be taken
      // as a word with particles, leaving the rest too short to be searched inside.
      .replace(GLUED, (run) => run.replace(inWord, toCanonical))
      .replace(pattern, toCanonical);
}
