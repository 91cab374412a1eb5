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

// Negative wording ("is docker dead?", "못 씀?") expects the opposite yes/no of a positive one.
const NEGATIVE =
  /\b(?:not|no longer|dead|cannot|can'?t|won'?t|isn'?t|aren'?t|doesn'?t|don'?t|unable|impossible|break|breaks|broken|stop(?:s|ped)? working)\b|못 ?(?:쓰|써|씀|씁|돌|하|해)|안 ?(?:돼|되|돌아|써|쓰)|불가능|죽었|끝났|사라지|깨지|깨져/i;
// "Do I need to rebuild?" expects the opposite of "Do they still run?": a need flips too.
const NEEDS =
  /\b(?:need|needs|have to|has to|must|required?|rebuild|re-?create)\b|해야|필요|다시 ?(?:빌드|만들)|새로 ?(?:빌드|만들)/i;
const FLIP = {
  en: [/^yes(?=[\s,;:.])/i, "No", /^no(?=[\s,;:.])/i, "Yes"],
  ko: [/^네(?=[\s,;:.])/, "아니요", /^(?:아니요|아니오|아뇨)(?=[\s,;:.])/, "네"],
} as const;
const polarity = (text: string) => NEGATIVE.test(text) !== NEEDS.test(text);

/**
 * A yes/no lead is written for its entry's own question ("Can Docker Engine still
 * be used?"). Asked the other way round ("is docker dead?"), the opener flips.
 */
function orientYesNo(lead: string, lang: Lang, entry: Entry, question: string): string {
  if (polarity(question) === polarity(entry[lang].title)) return lead;
  const [yes, toNo, no, toYes] = FLIP[lang];
  if (yes.test(lead)) return lead.replace(yes, toNo);
  if (no.test(lead)) return lead.replace(no, toYes);
  return lead;
}

/** The lead that answers this intent: the matching facet's, else the entry's; "Yes/네" only for yes/no questions. */
export function leadFor(entry: Entry, lang: Lang, intent: Intent, question = ""): string {
  const facet = (entry.facets ?? []).find((f) => f.intent === intent);
  const lead = facet ? facet[lang].lead : entry[lang].lead;
  return intent === "yesno" ? orientYesNo(lead, lang, entry, question) : stripYesNo(lead, lang);
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
  /** The question as asked, for the yes/no opener's direction. */
  readonly question?: string;
  /** How telling each query token is (inverse document frequency). */
  readonly weights?: ReadonlyMap<string, number>;
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
  const lead = leadFor(entry, lang, intent, input.question);
  const { points } = entry[lang];
  if (entryIntent(entry) === "procedure") return [lead, ...points.map((p) => `- ${p}`)].join("\n");
  const ranked = rankPoints(points, queryTokens, tokenize);
  const answerFirst = pointThatAnswers(input, lead, ranked);
  const [first, rest] = answerFirst
    ? [answerFirst, [lead, ...ranked.filter((p) => p !== answerFirst)]]
    : [lead, ranked];
  const text = appendPoints(first, rest.slice(0, MAX_POINTS), MAX_ANSWER_CHARS);
  return text.length > MAX_ANSWER_CHARS ? `${text.slice(0, MAX_ANSWER_CHARS - 1)}…` : text;
}

/** Lookups (which command, where, how to check) whose specific word only a point names. */
const LOOKUPS: ReadonlySet<Intent> = new Set(["command", "location", "check"]);
/** A word used by at most about 6 of 80 entries: specific enough to be the thing asked. */
const SPECIFIC_WEIGHT = 2.5;
const LATIN_NAME = /^[a-z0-9][a-z0-9._/-]*$/;

/**
 * For a lookup the entry's lead has no facet for, a point naming a specific word
 * of the question that the lead does not ("crictl.yaml", "inspecti") answers it
 * better: that point goes first and the lead follows as a point.
 */
function pointThatAnswers(input: ComposeInput, lead: string, ranked: readonly string[]) {
  const { entry, intent, queryTokens, tokenize, weights } = input;
  if (!weights || !LOOKUPS.has(intent) || (entry.facets ?? []).some((f) => f.intent === intent))
    return undefined;
  const inLead = new Set(tokenize(lead));
  // Only Latin names, paths and ids: Hangul bigrams of ordinary words ("해당") are too noisy.
  const specific = [...queryTokens].filter(
    (t) => LATIN_NAME.test(t) && !inLead.has(t) && (weights.get(t) ?? 0) >= SPECIFIC_WEIGHT,
  );
  if (specific.length === 0) return undefined;
  return ranked.find((p) => tokenize(p).some((t) => specific.includes(t)));
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
    return appendPoints(leadFor(entry, lang, intent, input.question), points, limit);
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
