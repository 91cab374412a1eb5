import type { Entry, Lang } from "../knowledge/schema.ts";
import type { Tokenizer } from "../retrieval/tokenize.ts";
import type { AnswerSource } from "./types.ts";

export const MAX_ANSWER_CHARS = 1200;
const MAX_POINTS = 4;

/** Points sharing the most words with the question come first; ties keep the author's order. */
function rankPoints(
  points: readonly string[],
  queryTokens: ReadonlySet<string>,
  tokenize: Tokenizer,
): string[] {
  return points
    .map((text, order) => ({
      text,
      order,
      hits: new Set(tokenize(text).filter((t) => queryTokens.has(t))).size,
    }))
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .map((p) => p.text);
}

/**
 * The offline answer: the entry's lead sentence, then its points, best-matching
 * first, as "- " lines, cut at whole points to stay under MAX_ANSWER_CHARS.
 */
export function composeText(
  entry: Entry,
  lang: Lang,
  queryTokens: ReadonlySet<string>,
  tokenize: Tokenizer,
): string {
  const { lead, points } = entry[lang];
  let text = lead;
  for (const point of rankPoints(points, queryTokens, tokenize).slice(0, MAX_POINTS)) {
    const next = `${text}\n- ${point}`;
    if (next.length > MAX_ANSWER_CHARS) break;
    text = next;
  }
  return text.length > MAX_ANSWER_CHARS ? `${text.slice(0, MAX_ANSWER_CHARS - 1)}…` : text;
}

export function entrySources(entry: Entry, limit = 3): AnswerSource[] {
  return entry.sources.slice(0, limit).map((s) => ({ id: entry.id, title: s.title, url: s.url }));
}
