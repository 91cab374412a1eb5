// Fast typing swaps two letters ("verison", "repalced", "cri-docekrd") or drops or doubles one
// ("kubelt", "containerrd"). The intent rules and the glossary read whole words, so such a
// word hid what was asked. A misspelt Latin word is put back to the one word of the knowledge
// it is a typo of. Substitutions are left alone on purpose: "ships" is one letter from
// "shims", and a real word must never become another.

/** Words shorter than this are left as typed: too many real words sit one letter apart. */
const MIN_LENGTH = 5;
/** A dropped or added letter is only read as a typo in words at least this long. */
const MIN_INDEL_LENGTH = 7;
const WORD = /[a-z][a-z-]*[a-z]/gi;

export type Speller = (text: string) => string;

const sortedLetters = (word: string) => [...word].sort().join("");

/** True when `a` is `b` with two neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

// Only a letter inside the word: an ending dropped or added is grammar ("scheduled" is not a
// typo of "schedule", nor "install" of "installs").
const deletions = (word: string) =>
  [...word].slice(1, -1).map((_, i) => word.slice(0, i + 1) + word.slice(i + 2));

/** Builds the speller from the words the knowledge and the question wording use. */
export function createSpeller(words: Iterable<string>): Speller {
  const known = new Set<string>();
  for (const w of words) known.add(w.toLowerCase());
  const byLetters = new Map<string, string[]>();
  const byDeletion = new Map<string, string>();
  for (const w of known) {
    if (w.length < MIN_LENGTH) continue;
    const key = sortedLetters(w);
    byLetters.set(key, [...(byLetters.get(key) ?? []), w]);
    // First one wins: two known words one deletion apart from the same typo are ambiguous enough.
    if (w.length > MIN_INDEL_LENGTH)
      for (const d of deletions(w)) if (!byDeletion.has(d)) byDeletion.set(d, w);
  }

  function fix(word: string): string {
    const lower = word.toLowerCase();
    if (lower.length < MIN_LENGTH || known.has(lower)) return word;
    const swap = byLetters.get(sortedLetters(lower))?.find((w) => swapped(lower, w));
    if (swap) return swap;
    if (lower.length < MIN_INDEL_LENGTH) return word;
    // A dropped letter ("kubelt" is too short; "containrd" is not), or one typed twice.
    const dropped = byDeletion.get(lower);
    if (dropped) return dropped;
    const doubled = [...lower]
      .map((c, i) => (i > 1 && c === lower[i - 1] ? lower.slice(0, i) + lower.slice(i + 1) : ""))
      .find((d) => d.length >= MIN_INDEL_LENGTH && known.has(d));
    return doubled ?? word;
  }

  return (text) => text.replace(WORD, fix);
}

/** The Latin words of some texts, as the speller reads them. */
export function wordsOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const t of texts) for (const w of t.match(WORD) ?? []) words.add(w.toLowerCase());
  return words;
}
