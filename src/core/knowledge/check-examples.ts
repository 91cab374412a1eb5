import type { KnowledgeProblem } from "../../errors.ts";
import { detectIntent } from "../retrieval/intent.ts";
import type { SearchIndex } from "../retrieval/search-index.ts";
import type { KnowledgeBase } from "./knowledge-base.ts";
import type { Entry } from "./schema.ts";

const TOP = 3;

/**
 * Every example question must find its own entry in the top 3: examples are how
 * authors say "this entry answers this", so one that retrieves a sibling means
 * the entry, the example or the glossary needs work.
 */
export function checkExamples(kb: KnowledgeBase, index: SearchIndex): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  for (const entry of kb.entries) {
    for (const lang of ["ko", "en"] as const) {
      entry[lang].examples.forEach((example, i) => {
        const ranked = index.search(example, TOP).hits.map((h) => h.id);
        if (!ranked.includes(entry.id)) {
          problems.push({
            file: `knowledge/entries/${entry.id}.yaml`,
            field: `${lang}.examples[${i}]`,
            message: `"${example}" does not find this entry in the top ${TOP} (got ${ranked.join(", ") || "nothing"})`,
          });
        }
      });
    }
    problems.push(...checkFacetExamples(entry, index));
  }
  return problems;
}

/**
 * A facet's example must find its entry and be read as the facet's intent, or
 * the facet's lead would never be the one shown for that question.
 */
function checkFacetExamples(entry: Entry, index: SearchIndex): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const file = `knowledge/entries/${entry.id}.yaml`;
  (entry.facets ?? []).forEach((facet, f) => {
    for (const lang of ["ko", "en"] as const) {
      facet[lang].examples.forEach((example, i) => {
        const field = `facets[${f}].${lang}.examples[${i}]`;
        const ranked = index.search(example, TOP).hits.map((h) => h.id);
        if (!ranked.includes(entry.id))
          problems.push({
            file,
            field,
            message: `"${example}" does not find this entry in the top ${TOP} (got ${ranked.join(", ") || "nothing"})`,
          });
        const intent = detectIntent(example);
        if (intent !== facet.intent)
          problems.push({
            file,
            field,
            message: `"${example}" reads as a ${intent} question, not ${facet.intent}, so this facet's lead would not answer it`,
          });
      });
    }
  });
  return problems;
}

export interface LeaveOneOutResult {
  readonly total: number;
  readonly found: number;
  readonly misses: readonly {
    readonly id: string;
    readonly example: string;
    readonly got: readonly string[];
  }[];
}

/**
 * The stricter check: can each example find its entry when the example itself is
 * not in the index? An example always finds itself, so the plain check mostly
 * proves the glossary doesn't mangle it; this one measures whether the entry's
 * own text answers the question. Rebuilds the index once per example, so it is
 * an opt-in report (`kb:check --leave-one-out`), not part of every test run.
 */
export function leaveOneOut(
  kb: KnowledgeBase,
  build: (entries: readonly Entry[]) => SearchIndex,
): LeaveOneOutResult {
  const misses: { id: string; example: string; got: string[] }[] = [];
  let total = 0;
  for (const entry of kb.entries) {
    for (const lang of ["ko", "en"] as const) {
      entry[lang].examples.forEach((example, i) => {
        total++;
        const without = {
          ...entry,
          [lang]: { ...entry[lang], examples: entry[lang].examples.filter((_, j) => j !== i) },
        };
        const index = build(kb.entries.map((e) => (e.id === entry.id ? without : e)));
        const got = index.search(example, TOP).hits.map((h) => h.id);
        if (!got.includes(entry.id)) misses.push({ id: entry.id, example, got });
      });
    }
  }
  return { total, found: total - misses.length, misses };
}
