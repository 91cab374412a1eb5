import type { Entry, Facet, Lang } from "../knowledge/schema.ts";
import type { Intent } from "../retrieval/intent.ts";
import type { Tokenizer } from "../retrieval/tokenize.ts";
import { entryIntent } from "./entry-intent.ts";
import {
  askedSentenceFirst,
  askedWords,
  carries,
  namesMissingThing,
  offSubjectOf,
  otherLeads,
  pointThatAnswers,
  rankSentences,
} from "./sentences.ts";
import type { AnswerSource } from "./types.ts";
import { joinBareAnswer, orientYesNo, stripYesNo } from "./yes-no.ts";

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

/**
 * Kinds of question one lead can stand in for when an entry has none for the asked
 * kind: "what do I use in minikube instead?" is answered by the steps that name the
 * tool, "which command" by the steps or the check that run it.
 */
const NEAR: Partial<Record<Intent, readonly Intent[]>> = {
  replacement: ["command", "procedure"],
  command: ["procedure", "check"],
  check: ["command"],
  // "Do containers survive a containerd restart?" is answered by what a restart does.
  yesno: ["impact"],
};

/**
 * The facet for this intent, or, when the main lead answers another kind, one for a
 * near kind. An entry may hold several facets of one kind ("what happens if the
 * drivers differ?" and "what happens if I change the driver?"): the one whose lead
 * and example questions share most of what was asked answers.
 */
function facetFor(
  entry: Entry,
  intent: Intent,
  match: (facet: Facet) => number = () => 0,
  takesOver: (facet: Facet) => boolean = () => true,
  question = "",
  standsIn: (facet: Facet) => boolean = () => true,
) {
  const facets = entry.facets ?? [];
  const own = bestOf(
    facets.filter((f) => f.intent === intent),
    match,
  );
  // The main lead answers this kind too: a facet of the same kind ("where does SystemdCgroup
  // go in a version 3 config?") takes over only when `takesOver` says so (it names a thing
  // asked about that the main lead does not).
  if (entryIntent(entry) === intent) return own && takesOver(own) ? own : undefined;
  if (own) return own;
  for (const near of nearKinds(intent, question)) {
    const facet = bestOf(
      facets.filter((f) => f.intent === near),
      match,
    );
    if (facet) return standsIn(facet) ? facet : undefined;
  }
  return undefined;
}

// "kubelet 어떤 플래그로 떠있는지 보는 명령어?": a command to look at something is closer to a check than to steps.
const LOOKS_AT = /보는|보려면|보기|볼 수|확인|\b(?:see|show|view|list|print|check|look at)\b/i;

function nearKinds(intent: Intent, question: string): readonly Intent[] {
  const near = NEAR[intent] ?? [];
  return intent === "command" && LOOKS_AT.test(question) ? [...near].reverse() : near;
}

function bestOf(facets: readonly Facet[], match: (facet: Facet) => number): Facet | undefined {
  let best: Facet | undefined;
  let bestFit = Number.NEGATIVE_INFINITY;
  for (const f of facets) {
    const score = match(f);
    if (score > bestFit) [best, bestFit] = [f, score];
  }
  return best;
}

/** How well a facet matches what was asked: its lead and example questions in the asker's language. */
function facetFit(input: ComposeInput, asked: ReadonlyMap<string, number>) {
  return (facet: Facet) =>
    carries(
      [facet[input.lang].lead, ...facet[input.lang].examples].join(" "),
      asked,
      input.tokenize,
    );
}

/**
 * A facet of a near kind stands in for the main lead only when it carries as much of the
 * question: "containerd 2.x면 섹션 이름 달라짐?" is answered by the config lead, not by what breaks.
 */
function standsInForMain(input: ComposeInput, asked: ReadonlyMap<string, number>) {
  const { entry, lang, tokenize } = input;
  const main = carries([entry[lang].lead, ...entry[lang].examples].join(" "), asked, tokenize);
  const score = facetFit(input, asked);
  return (facet: Facet) => score(facet) >= main;
}

/** The facet that answers this question, judged on the words asked (see facetFor). */
function facetAnswering(input: ComposeInput, asked: ReadonlyMap<string, number>) {
  return facetFor(
    input.entry,
    input.intent,
    facetFit(input, asked),
    takesOverMain(input, asked),
    input.question,
    standsInForMain(input, asked),
  );
}

/** A facet of the main lead's own kind answers instead when it names a thing asked about that the main lead does not. */
function takesOverMain(input: ComposeInput, asked: ReadonlyMap<string, number>) {
  const main = input.entry[input.lang].lead;
  return (facet: Facet) =>
    namesMissingThing(input, main, facet[input.lang].lead, asked) !== undefined;
}

/** The ordered steps of the facet that answers this procedure question, if it has them. */
export function facetSteps(entry: Entry, lang: Lang, intent: Intent): readonly string[] {
  return intent === "procedure" ? stepsOf(facetFor(entry, intent), lang) : [];
}

const stepsOf = (facet: Facet | undefined, lang: Lang) => facet?.[lang].steps ?? [];

/** Entries and facets whose answer is a list of steps: shown whole, never summarised by a model. */
export function answersWithSteps(entry: Entry, intent: Intent): boolean {
  return entryIntent(entry) === "procedure" || facetSteps(entry, "en", intent).length > 0;
}

const numbered = (steps: readonly string[]) => steps.map((s, i) => `- ${i + 1}) ${s}`);

/** The lead that answers this intent: the matching facet's, else the entry's; "Yes/네" only for yes/no questions. */
function leadOf(entry: Entry, lang: Lang, intent: Intent, facet: Facet | undefined, question = "") {
  const lead = facet ? facet[lang].lead : entry[lang].lead;
  return intent === "yesno"
    ? orientYesNo(joinBareAnswer(lead, lang), lang, ownQuestion(entry, facet, lang), question)
    : stripYesNo(lead, lang);
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
  const answerFirst = pointThatAnswers(input, lead, ranked, asked, facet);
  const [first, rest] = answerFirst
    ? [answerFirst, [lead, ...ranked.filter((p) => p !== answerFirst)]]
    : [lead, ranked];
  const head = askedSentenceFirst(input, first, asked);
  return appendPoints(head, rest, limit, tokenize, maxPoints);
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
