import MiniSearch from "minisearch";
import type { Entry, Glossary } from "../knowledge/schema.ts";
import { createRewriter } from "./glossary-rewriter.ts";
import { createTokenizer, type Tokenizer } from "./tokenize.ts";

export interface SearchHit {
  readonly id: string;
  readonly score: number;
  /** Query tokens this entry matched (exactly, by prefix or fuzzily). */
  readonly matched: readonly string[];
}

export interface SearchResult {
  /** Distinct query tokens after the glossary rewrite, stemming and particle stripping. */
  readonly tokens: readonly string[];
  readonly hits: readonly SearchHit[];
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchResult;
  readonly tokenize: Tokenizer;
}

interface IndexedDoc {
  id: string;
  title: string;
  examples: string;
  tags: string;
  body: string;
}

const FIELDS = ["title", "examples", "tags", "body"] as const;

function toDoc(entry: Entry): IndexedDoc {
  return {
    id: entry.id,
    title: `${entry.ko.title} ${entry.en.title} ${entry.id.replace(/-/g, " ")}`,
    examples: [...entry.ko.examples, ...entry.en.examples].join(" \n "),
    tags: entry.tags.join(" "),
    body: [entry.ko.lead, ...entry.ko.points, entry.en.lead, ...entry.en.points].join(" \n "),
  };
}

const isLatinWord = (term: string) => /^[a-z]{5,}$/.test(term);

/**
 * BM25 search over entries with MiniSearch, fed by our own tokenizer so Korean
 * particles, spacing and glossary aliases are handled identically on both sides.
 * Fuzzy and prefix matching apply only to longer Latin words: Hangul bigrams are
 * already partial matches, and fuzzing short ids ("cri", "oci") merges distinct terms.
 */
export function createSearchIndex(entries: readonly Entry[], glossary: Glossary): SearchIndex {
  const tokenize = createTokenizer(
    createRewriter(glossary),
    new Set(glossary.terms.map((t) => t.canonical)),
  );
  const mini = new MiniSearch<IndexedDoc>({
    fields: [...FIELDS],
    storeFields: [],
    tokenize,
    processTerm: (term) => term,
    searchOptions: {
      boost: { title: 3, examples: 2, tags: 2, body: 1 },
      fuzzy: (term) => (isLatinWord(term) ? 0.2 : false),
      prefix: (term) => isLatinWord(term),
      weights: { fuzzy: 0.4, prefix: 0.6 },
      combineWith: "OR",
    },
  });
  mini.addAll(entries.map(toDoc));
  return {
    tokenize,
    search(query, limit = 5) {
      const tokens = [...new Set(tokenize(query))];
      if (tokens.length === 0) return { tokens, hits: [] };
      const hits = mini
        .search(tokens.join(" "), { tokenize: (q) => q.split(" ") })
        .slice(0, limit)
        .map((r) => ({ id: String(r.id), score: r.score, matched: r.queryTerms }));
      return { tokens, hits };
    },
  };
}
