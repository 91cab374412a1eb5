import type { Entry, Lang } from "../knowledge/schema.ts";
import type { Intent } from "../retrieval/intent.ts";
import type { Tokenizer } from "../retrieval/tokenize.ts";
import type { AnswerSource } from "./types.ts";

export const MAX_ANSWER_CHARS = 1200;
const MAX_POINTS = 4;
/** Each part of a two-part answer keeps its lead and this many points. */
const PART_POINTS = 2;

const STEP = /^\s*\d+[).]\s/;

/** The kind of question an entry's main lead answers; numbered points make a procedure. */
export function entryIntent(entry: Entry): Intent {
  if (entry.intent) return entry.intent;
  if (entry.en.points.length > 1 && entry.en.points.every((p) => STEP.test(p))) return "procedure";
  return YES_NO_OPENER.en.test(entry.en.lead) ? "yesno" : "definition";
}

/** Every intent an entry answers: its main lead's and its facets'. */
export function entryIntents(entry: Entry): Intent[] {
  return [entryIntent(entry), ...(entry.facets ?? []).map((f) => f.intent)];
}

const YES_NO_OPENER = {
  en: /^(?:yes|no|not necessarily|not really|mostly|partly)\s*[,;:.—–-]\s*/i,
  ko: /^(?:네|예|아니요|아니오|아뇨|꼭 그렇지는 않습니다|꼭 그렇진 않습니다)\s*[,;:.]\s*/,
} as const;

/** "Yes; docker build images run…" becomes "docker build images run…" for a question that did not ask yes or no. */
export function stripYesNo(lead: string, lang: Lang): string {
  const rest = lead.replace(YES_NO_OPENER[lang], "");
  if (rest === lead) return lead;
  // Only a Latin letter is capitalised: "`docker://`" and Hangul stay as written.
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The lead that answers this intent: the matching facet's, else the entry's; "Yes/네" only for yes/no questions. */
export function leadFor(entry: Entry, lang: Lang, intent: Intent): string {
  const facet = (entry.facets ?? []).find((f) => f.intent === intent);
  const lead = facet ? facet[lang].lead : entry[lang].lead;
  return intent === "yesno" ? lead : stripYesNo(lead, lang);
}

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

function appendPoints(head: string, points: readonly string[], limit: number): string {
  let text = head;
  for (const point of points) {
    const next = `${text}\n- ${point}`;
    if (next.length > limit) break;
    text = next;
  }
  return text;
}

export interface ComposeInput {
  readonly entry: Entry;
  readonly lang: Lang;
  readonly intent: Intent;
  readonly queryTokens: ReadonlySet<string>;
  readonly tokenize: Tokenizer;
}

/**
 * The offline answer: the lead that answers the question's intent, then points as
 * "- " lines. A procedure keeps every step in the author's order (a migration
 * missing its uncordon step is worse than a long message); other entries show
 * their best-matching points first, cut at whole points under MAX_ANSWER_CHARS.
 */
export function composeText(input: ComposeInput): string {
  const { entry, lang, intent, queryTokens, tokenize } = input;
  const lead = leadFor(entry, lang, intent);
  const { points } = entry[lang];
  if (entryIntent(entry) === "procedure") return [lead, ...points.map((p) => `- ${p}`)].join("\n");
  const text = appendPoints(
    lead,
    rankPoints(points, queryTokens, tokenize).slice(0, MAX_POINTS),
    MAX_ANSWER_CHARS,
  );
  return text.length > MAX_ANSWER_CHARS ? `${text.slice(0, MAX_ANSWER_CHARS - 1)}…` : text;
}

/** Two short parts, one per entry, for a question that names two things or asks two things. */
export function composeTwoParts(
  first: ComposeInput,
  second: ComposeInput & { readonly intent: Intent },
): string {
  const part = (input: ComposeInput, limit: number) => {
    const { entry, lang, intent, queryTokens, tokenize } = input;
    const points =
      entryIntent(entry) === "procedure"
        ? entry[lang].points
        : rankPoints(entry[lang].points, queryTokens, tokenize).slice(0, PART_POINTS);
    return appendPoints(leadFor(entry, lang, intent), points, limit);
  };
  const a = part(first, MAX_ANSWER_CHARS / 2);
  const b = part(second, MAX_ANSWER_CHARS / 2);
  return `${a}\n\n${b}`;
}

/** Sources of every entry used, each naming its entry, with no URL twice. */
export function entrySources(entries: readonly Entry[], perEntry = 3): AnswerSource[] {
  const seen = new Set<string>();
  const out: AnswerSource[] = [];
  for (const entry of entries) {
    for (const s of entry.sources.slice(0, perEntry)) {
      if (seen.has(s.url)) continue;
      seen.add(s.url);
      out.push({ id: entry.id, title: s.title, url: s.url });
    }
  }
  return out;
}
