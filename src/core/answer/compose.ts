import type { Entry, Facet, Lang } from "../knowledge/schema.ts";
import { asksYesNo, type Intent } from "../retrieval/intent.ts";
import type { Tokenizer } from "../retrieval/tokenize.ts";
import { entryIntent } from "./entry-intent.ts";
import { facetAnswering, stepsOf } from "./facet-choice.ts";
import {
  askedSentenceFirst,
  askedWords,
  carries,
  offSubjectOf,
  otherLeads,
  pointThatAnswers,
  rankSentences,
} from "./sentences.ts";
import type { AnswerSource } from "./types.ts";
import { joinBareAnswer, openByVerdict, opensYesNo, orientYesNo, stripYesNo } from "./yes-no.ts";

export const MAX_ANSWER_CHARS = 1200;
const MAX_POINTS = 4;
/** Each part of a two-part answer keeps its lead and this many points. */
const PART_POINTS = 2;

/**
 * The question a yes/no lead was written for: a yes/no facet's first example, or the
 * entry's title (a facet of another kind answers the title's question when it stands in).
 */
function ownQuestion(entry: Entry, facet: Facet | undefined, lang: Lang): string {
  const example = facet?.intent === "yesno" ? facet[lang].examples[0] : undefined;
  return example ?? entry[lang].title;
}

const numbered = (steps: readonly string[]) => steps.map((s, i) => `- ${i + 1}) ${s}`);

/** The lead that answers this intent: the matching facet's, else the entry's; "Yes/네" only for yes/no questions. */
function leadOf(entry: Entry, lang: Lang, intent: Intent, facet: Facet | undefined, question = "") {
  const lead = facet ? facet[lang].lead : entry[lang].lead;
  const verdict = facet ? facet.verdict : entry.verdict;
  // "CI 잡들도 containerd 노드 가면 다 깨짐?" asks about an impact in the form of a yes or no.
  if (intent === "impact" && verdict && asksYesNo(question))
    return openByVerdict(stripYesNo(lead, lang), lang, verdict, question);
  if (intent !== "yesno") return stripYesNo(lead, lang);
  const joined = joinBareAnswer(lead, lang);
  return verdict && !opensYesNo(joined, lang)
    ? openByVerdict(joined, lang, verdict, question)
    : orientYesNo(joined, lang, ownQuestion(entry, facet, lang), question);
}

/**
 * Share of a point's words already said for it to add nothing: an entry's points and its
 * leads for other kinds often restate one fact ("neither containerd nor CRI-O reads
 * daemon.json" three times). 0.8–0.95 changed no eval measure; 0.8 drops the most repeats.
 */
const RESTATED = 0.8;

function appendPoints(
  head: string,
  points: readonly string[],
  limit: number,
  tokenize: Tokenizer,
  maxPoints = points.length,
): string {
  let text = head;
  const said = new Set(tokenize(head));
  let shown = 0;
  for (const point of points) {
    if (shown >= maxPoints) break;
    const words = new Set(tokenize(point));
    const known = [...words].filter((w) => said.has(w)).length;
    // A point whose words were nearly all said already only repeats: the next one gets its place.
    if (words.size > 0 && known / words.size >= RESTATED) continue;
    const next = `${text}\n- ${point}`;
    if (next.length > limit) break;
    text = next;
    shown += 1;
    for (const w of words) said.add(w);
  }
  return text;
}

export interface ComposeInput {
  readonly entry: Entry;
  readonly lang: Lang;
  readonly intent: Intent;
  /** The question as asked, for the yes/no opener's direction. */
  readonly question?: string;
  /**
   * Where facets' task words are looked for: a follow-up's question with the previous turn's
   * words ("ok what's the safe order to roll that out?" after a containerd 1.7 -> 2.0 question).
   */
  readonly asksIn?: string;
  /** How telling each query token is (inverse document frequency). */
  readonly weights?: ReadonlyMap<string, number>;
  readonly queryTokens: ReadonlySet<string>;
  readonly tokenize: Tokenizer;
  /** Subjects a follow-up newly names ("and for CRI-O?"): a sentence naming one must lead. */
  readonly focus?: readonly string[];
  /** Words that name things (commands, files, keys, tools, glossary terms). */
  readonly things?: ReadonlySet<string>;
  /** The field's subjects (core terms), so a sentence's subject can be told apart from its other words. */
  readonly subjects?: ReadonlySet<string>;
  /** Subjects of the same kind as those asked about that the question does not name (CRI-O, asked about containerd). */
  readonly rivals?: ReadonlySet<string>;
  /**
   * Rows that answer exactly what was named (the counterpart of the docker command asked
   * about, the socket of the runtime asked about): they open the answer, as one sentence.
   */
  readonly opening?: readonly string[];
}

/**
 * One entry's answer: the lead that answers the question's intent, then points as
 * "- " lines. A procedure keeps every step in the author's order (a migration
 * missing its uncordon step is worse than a long message); other entries show
 * their best-matching points first, up to `maxPoints`, cut at whole points under `limit`.
 */
function composePart(input: ComposeInput, maxPoints: number, limit: number): string {
  const { entry, lang, intent, tokenize } = input;
  const asked = askedWords(input);
  const facet = facetAnswering(input, asked);
  const lead = leadOf(entry, lang, intent, facet, input.question);
  const steps = intent === "procedure" ? stepsOf(facet, lang) : [];
  // "and for the cri-o nodes?" after containerd steps: steps whose lead names another
  // runtime and not the new subject answer the previous question, so the entry's sentence
  // about the new subject leads instead.
  const focus = input.focus ?? [];
  const leadWords = tokenize(lead);
  const stepsFit =
    focus.length === 0 ||
    leadWords.some((t) => focus.includes(t)) ||
    !leadWords.some((t) => input.subjects?.has(t) && !focus.includes(t));
  if (steps.length > 0 && stepsFit) return [lead, ...numbered(steps)].join("\n");
  if (entryIntent(entry) === "procedure")
    return [lead, ...entry[lang].points.map((p) => `- ${p}`)].join("\n");
  const ranked = rankSentences(
    entry[lang].points,
    otherLeads(entry, lang, facet),
    asked,
    tokenize,
    offSubjectOf(input),
  );
  const opening = joinRows(input.opening ?? []);
  const answerFirst = opening || pointThatAnswers(input, lead, ranked, asked, facet);
  const [first, rest] = answerFirst
    ? [answerFirst, [lead, ...ranked.filter((p) => p !== answerFirst)]]
    : [lead, ranked];
  // Opening rows are already in the order the question names their subjects.
  const head = opening ? first : askedSentenceFirst(input, first, asked);
  return appendPoints(head, rest, limit, tokenize, maxPoints);
}

/** Two rows asked together answer in one first sentence: "`docker inspect` splits…; `docker rmi` becomes…". */
function joinRows(rows: readonly string[]): string {
  return rows
    .map((row, i) => (i < rows.length - 1 ? `${row.replace(/[.。]$/, "")};` : row))
    .join(" ");
}

/** How much of what was asked the lead this entry would open with carries: breaks near ties between entries. */
export function leadFit(input: ComposeInput): number {
  // Between two near-equal entries even a common word ("containerd") tells them apart.
  const asked = askedWords(input, 0);
  const facet = facetAnswering(input, asked);
  return carries(leadOf(input.entry, input.lang, input.intent, facet), asked, input.tokenize);
}

/** The offline answer from one entry, under MAX_ANSWER_CHARS (procedures excepted). */
export function composeText(input: ComposeInput): string {
  const text = composePart(input, MAX_POINTS, MAX_ANSWER_CHARS);
  const procedure = text.includes("\n- 1) ") || entryIntent(input.entry) === "procedure";
  return !procedure && text.length > MAX_ANSWER_CHARS
    ? `${text.slice(0, MAX_ANSWER_CHARS - 1)}…`
    : text;
}

/** Two short parts, one per entry, for a question that names two things or asks two things. */
export function composeTwoParts(
  first: ComposeInput,
  second: ComposeInput & { readonly intent: Intent },
): string {
  const half = MAX_ANSWER_CHARS / 2;
  return `${composePart(first, PART_POINTS, half)}\n\n${composePart(second, PART_POINTS, half)}`;
}

/**
 * Sources of every entry used, each naming its entry, with no URL twice. The last
 * `supporting` entries lent the answer one sentence each, and one source each.
 */
export function entrySources(
  entries: readonly Entry[],
  perEntry = 3,
  supporting = 0,
): AnswerSource[] {
  const seen = new Set<string>();
  const out: AnswerSource[] = [];
  for (const [i, entry] of entries.entries()) {
    const limit = i >= entries.length - supporting ? 1 : perEntry;
    for (const s of entry.sources.slice(0, limit)) {
      if (seen.has(s.url)) continue;
      seen.add(s.url);
      out.push({ id: entry.id, title: s.title, url: s.url });
    }
  }
  return out;
}
