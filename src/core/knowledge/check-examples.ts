import type { KnowledgeProblem } from "../../errors.ts";
import type { SearchIndex } from "../retrieval/search-index.ts";
import type { KnowledgeBase } from "./knowledge-base.ts";

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
  }
  return problems;
}
