import { closest, distance } from "fastest-levenshtein";
import MiniSearch from "minisearch";
import type { Entry, Glossary } from "../knowledge/schema.ts";
import { createRewriter } from "./glossary-rewriter.ts";
import { asksNothing, createTokenizer, type Tokenizer } from "./tokenize.ts";

export interface SearchHit {
  readonly id: string;
  readonly score: number;
  /** Query tokens this entry matched (exactly, by prefix or fuzzily). */
  readonly matched: readonly string[];
}

export interface SearchResult {
  /** Distinct query tokens after the glossary rewrite, stemming and particle stripping. */
  readonly tokens: readonly string[];
  /**
   * How telling each token is (inverse document frequency, aligned with `tokens`):
   * a word no entry uses weighs most, one that most entries use weighs little.
   */
  readonly weights: readonly number[];
  readonly hits: readonly SearchHit[];
}

export interface SearchIndex {
  /** `emphasis`: a part of the query (the sentence that asks) whose words count more. */
  search(query: string, limit?: number, emphasis?: string): SearchResult;
  readonly tokenize: Tokenizer;
  /** Whether any entry uses this token (as the tokenizer writes it). */
  knows(token: string): boolean;
}

interface IndexedDoc {
  id: string;
  title: string;
  examples: string;
  tags: string;
  body: string;
}

const FIELDS = ["title", "examples", "tags", "body"] as const;

/** One document per entry; its facets' example questions and leads count as the entry's own. */
function toDoc(entry: Entry): IndexedDoc {
  const facets = entry.facets ?? [];
  return {
    id: entry.id,
    title: `${entry.ko.title} ${entry.en.title} ${entry.id.replace(/-/g, " ")}`,
    examples: [
      ...entry.ko.examples,
      ...entry.en.examples,
      ...facets.flatMap((f) => [...f.ko.examples, ...f.en.examples]),
    ].join(" \n "),
    tags: entry.tags.join(" "),
    body: [
      entry.ko.lead,
      ...entry.ko.points,
      entry.en.lead,
      ...entry.en.points,
      ...facets.flatMap((f) => [f.ko.lead, f.en.lead]),
    ].join(" \n "),
  };
}

const ID_BOOST = 1;
/**
 * A long Hangul word yields many bigrams ("업그레이드" gives four); at full weight
 * they outvote the one Latin token that carries the question ("1.27").
 */
const BIGRAM_WEIGHT = 0.2;
/** How much more a word of the asking sentence counts than one of its context (2 and 3 lost a v3 lead). */
const ASK_EMPHASIS = 1.5;
const HANGUL_BIGRAM = /^[\uac00-\ud7af]{2}$/;

const isLatinWord = (term: string) => /^[a-z]{5,}$/.test(term);
/**
 * The word a token would be the singular of: a known word's singular is another word, not a
 * misspelling of it ("upgrade window" is not Windows), for typo correction and fuzzy matching alike.
 */
const pluralOf = (token: string) => `${token}s`;

/**
 * Maps a misspelt word to the glossary term it is closest to ("contaienrd" ->
 * containerd), so it also earns the exact-match and id boosts that MiniSearch's
 * own fuzzy matching doesn't give. Only unknown Latin words of 5+ letters are
 * touched, with at most 1 edit (2 from 8 letters), so real words stay as typed.
 */
function createTypoCorrector(canonicals: readonly string[], vocabulary: ReadonlySet<string>) {
  // A short term is one edit from too many ordinary words ("kinda" is not kind, "crio" is).
  const longCanonicals = canonicals.filter(isLatinWord);
  return (token: string): string => {
    if (vocabulary.has(token) || !isLatinWord(token) || longCanonicals.length === 0) return token;
    const candidate = closest(token, longCanonicals);
    if (candidate === pluralOf(token)) return token;
    // Two edits only between words of equal length: a transposition ("contaienrd"),
    // not a different word that shares a prefix ("ContainerCreating").
    const allowed = token.length >= 8 && token.length === candidate.length ? 2 : 1;
    return distance(token, candidate) <= allowed ? candidate : token;
  };
}

/**
 * BM25 search over entries with MiniSearch, fed by our own tokenizer so Korean
 * particles, spacing and glossary aliases are handled identically on both sides.
 * Fuzzy and prefix matching apply only to longer Latin words the entries never
 * use: Hangul bigrams are already partial matches, fuzzing short ids ("cri",
 * "oci") merges distinct terms, and fuzzing known words costs time for nothing.
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
      weights: { fuzzy: 0.4, prefix: 0.6 },
      combineWith: "OR",
    },
  });
  const docs = entries.map(toDoc);
  mini.addAll(docs);
  // Each entry's distinct tokens, once: the vocabulary and document frequencies both come from them.
  const docFrequency = new Map<string, number>();
  for (const d of docs) {
    for (const t of new Set(FIELDS.flatMap((f) => tokenize(d[f]))))
      docFrequency.set(t, (docFrequency.get(t) ?? 0) + 1);
  }
  const vocabulary: ReadonlySet<string> = new Set(docFrequency.keys());
  const unknownLatin = (term: string) =>
    isLatinWord(term) && !vocabulary.has(term) && !vocabulary.has(pluralOf(term));
  const weightOf = (token: string) =>
    Math.log(1 + docs.length / (1 + (docFrequency.get(token) ?? 0)));
  const correct = createTypoCorrector(
    glossary.terms.map((t) => t.canonical),
    vocabulary,
  );
  const idTokens = new Map(
    entries.map((e) => [e.id, [...new Set(tokenize(e.id.replace(/-/g, " ")))]]),
  );
  // An entry whose id words the question names ("crictl 뭐임" -> crictl) is the
  // general answer; without this, longer sibling entries that repeat the term win.
  const idBoost = (queryTokens: ReadonlySet<string>) => (id: unknown) => {
    const words = idTokens.get(String(id)) ?? [];
    const named = words.filter((w) => queryTokens.has(w)).length;
    return words.length === 0 ? 1 : 1 + ID_BOOST * (named / words.length);
  };
  return {
    tokenize,
    knows: (token) => vocabulary.has(correct(token)),
    search(query, limit = 5, emphasis) {
      const tokens = [...new Set(tokenize(query).map(correct))].filter((t) => !asksNothing(t));
      const stressed = new Set(emphasis ? tokenize(emphasis).map(correct) : []);
      const weights = tokens.map(weightOf);
      if (tokens.length === 0) return { tokens, weights, hits: [] };
      const hits = mini
        .search(tokens.join(" "), {
          tokenize: (q) => q.split(" "),
          fuzzy: (term) => (unknownLatin(term) ? 0.2 : false),
          maxFuzzy: 1,
          prefix: unknownLatin,
          boostDocument: idBoost(new Set(tokens)),
          boostTerm: (term) =>
            (HANGUL_BIGRAM.test(term) ? BIGRAM_WEIGHT : 1) *
            (stressed.has(term) ? ASK_EMPHASIS : 1),
        })
        .slice(0, limit)
        .map((r) => ({ id: String(r.id), score: r.score, matched: r.queryTerms }));
      return { tokens, weights, hits };
    },
  };
}
