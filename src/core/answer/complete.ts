import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Entry, Lang } from "../knowledge/schema.ts";
import type { Tokenizer } from "../retrieval/tokenize.ts";
import { MAX_ANSWER_CHARS } from "./compose.ts";
import { carries, LEANS_ON_LEAD } from "./sentences.ts";
import { stripYesNo } from "./yes-no.ts";

// The answer names what was asked: a rare word of the question that the composed
// answer never mentions ("crictl rmp", "kaniko", "hosts.toml") is looked up in the
// other retrieved entries, and the one sentence that carries it is added.

/** A word used by about 6 of 80 entries or fewer (IDF): specific enough to be the thing asked. */
const SPECIFIC_WEIGHT = 2.5;

const CODE_SPAN = /`([^`]+)`/g;
/** Versions ("1.7") sit in many unrelated sentences: a missing one is no sign of a missed ask. */
export const VERSION = /^v?\d/;

/**
 * The words that name things: commands, files, keys and tools the knowledge writes
 * as code, and the glossary's terms. Only a missing thing is worth another sentence;
 * a missing ordinary word ("limited", "비슷") is not.
 */
export function createThingWords(kb: KnowledgeBase, tokenize: Tokenizer): ReadonlySet<string> {
  const code: string[] = kb.glossary.terms.map((t) => t.canonical);
  for (const entry of kb.entries) {
    for (const lang of ["en", "ko"] as const) {
      for (const sentence of sentencesOf(entry, lang))
        for (const m of sentence.matchAll(CODE_SPAN)) code.push(m[1] ?? "");
    }
  }
  return new Set(tokenize(code.join(" ")).filter((t) => !VERSION.test(t)));
}

export interface MissingAskInput {
  readonly things: ReadonlySet<string>;
  readonly text: string;
  readonly lang: Lang;
  /** How telling each question token is (inverse document frequency). */
  readonly weights: ReadonlyMap<string, number>;
  readonly tokenize: Tokenizer;
  /** Retrieved entries the answer was not built from, best first. */
  readonly candidates: readonly Entry[];
  /**
   * Entries that carry the given words, best first: a rare word that common ones outscore
   * ("docker stats" among docker, node, pod) may sit in no retrieved entry.
   */
  readonly carrying?: (words: readonly string[]) => readonly Entry[];
}

export interface Supplement {
  readonly entry: Entry;
  readonly sentence: string;
}

/** The rare question words the answer does not contain, each with its weight. */
function missingWords(input: MissingAskInput): Map<string, number> {
  const have = new Set(input.tokenize(input.text));
  const missing = new Map<string, number>();
  for (const [token, weight] of input.weights) {
    // Only a thing counts: a missing ordinary word or Hangul piece is no missed ask.
    if (weight >= SPECIFIC_WEIGHT && input.things.has(token) && !have.has(token))
      missing.set(token, weight);
  }
  return missing;
}

function sentencesOf(entry: Entry, lang: Lang): string[] {
  const facetLeads = (entry.facets ?? []).map((f) => f[lang].lead);
  return [entry[lang].lead, ...facetLeads]
    .map((s) => stripYesNo(s, lang))
    .concat(entry[lang].points);
}

/** A numbered step or a sentence pointing back ("The same…", "이름이 비슷한…") needs its neighbours. */
const needsNeighbours = (sentence: string) =>
  /^\d+\)|^이름이\s/.test(sentence) || LEANS_ON_LEAD.test(sentence);

/**
 * The sentence of another retrieved entry that carries most of what the answer
 * missed, when it carries at least one specific word; the best-ranked entry wins a tie.
 */
export function missingAsk(input: MissingAskInput): Supplement | undefined {
  const missing = missingWords(input);
  if (missing.size === 0) return undefined;
  const ids = new Set(input.candidates.map((e) => e.id));
  const more = (input.carrying?.([...missing.keys()]) ?? []).filter((e) => !ids.has(e.id));
  let best: Supplement | undefined;
  let bestScore = SPECIFIC_WEIGHT - Number.EPSILON;
  for (const entry of [...input.candidates, ...more]) {
    for (const sentence of sentencesOf(entry, input.lang)) {
      if (needsNeighbours(sentence)) continue;
      const score = carries(sentence, missing, input.tokenize);
      if (score > bestScore) [best, bestScore] = [{ entry, sentence }, score];
    }
  }
  return best;
}

/**
 * The answer with one more "- " line, under `limit`: trailing points (never the
 * lead, never numbered steps) give way to it. Unchanged when it cannot fit.
 */
export function appendPoint(text: string, sentence: string, limit: number): string {
  const line = `\n- ${sentence}`;
  const lines = text.split("\n");
  while (lines.join("\n").length + line.length > limit) {
    const last = lines.at(-1) ?? "";
    if (lines.length <= 1 || !last.startsWith("- ") || /^- \d+\) /.test(last)) return text;
    lines.pop();
  }
  return `${lines.join("\n")}${line}`;
}

/** The answer with the supplement as its last point; a list of steps is never cut, so it has no limit. */
export function withSupplement(text: string, sentence: string): string {
  const steps = text.includes("\n- 1) ");
  return appendPoint(text, sentence, steps ? Number.POSITIVE_INFINITY : MAX_ANSWER_CHARS);
}
