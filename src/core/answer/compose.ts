import type { Entry, Facet, Lang } from "../knowledge/schema.ts";
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
  ko: /^(?:네|예|아니요|아니오|아뇨|아닙니다|맞습니다|그렇습니다|꼭 그렇지는 않습니다|꼭 그렇진 않습니다)\s*[,;:.]\s*/,
} as const;

/** "Yes; docker build images run…" becomes "docker build images run…" for a question that did not ask yes or no. */
export function stripYesNo(lead: string, lang: Lang): string {
  const rest = lead.replace(YES_NO_OPENER[lang], "");
  if (rest === lead) return lead;
  // Only an English sentence is capitalised: a Korean one opening with "containerd-shim은" stays as written.
  return lang === "en" ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
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
function orientYesNo(lead: string, lang: Lang, asked: string, question: string): string {
  if (polarity(question) === polarity(asked)) return lead;
  const [yes, toNo, no, toYes] = FLIP[lang];
  if (yes.test(lead)) return lead.replace(yes, toNo);
  if (no.test(lead)) return lead.replace(no, toYes);
  return lead;
}

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
function facetFor(entry: Entry, intent: Intent, match: (facet: Facet) => number = () => 0) {
  const facets = entry.facets ?? [];
  const own = facets.filter((f) => f.intent === intent);
  if (own.length > 0) return bestOf(own, match);
  if (entryIntent(entry) === intent) return undefined;
  for (const near of NEAR[intent] ?? []) {
    const facet = bestOf(
      facets.filter((f) => f.intent === near),
      match,
    );
    if (facet) return facet;
  }
  return undefined;
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

const BARE_ANSWER = {
  en: [/^(yes|no)\.\s+/i, "$1, "],
  ko: [/^(?:아닙니다|아니요|아니오)\.\s+/, "아니요, "],
} as const;

/** "아닙니다. containerd-shim은…" → "아니요, containerd-shim은…": the first sentence carries the fact, not a bare no. */
function joinBareAnswer(lead: string, lang: Lang): string {
  const [bare, joined] = BARE_ANSWER[lang];
  return lead.replace(bare, joined);
}

/** Hangul bigrams are partial words: they count for little, as in search. */
const BIGRAM_SHARE = 0.2;
const HANGUL_BIGRAM = /^[\uac00-\ud7af]{2}$/;
/** Words nearly every entry uses ("kubernetes", "node") say nothing about which sentence answers. */
const TELLING_WEIGHT = 1;

/**
 * What the question names beyond the entry's own subject, each word with how telling
 * it is: the entry's id words ("crictl" in the crictl entry) are in every sentence of
 * it, so they do not count.
 */
function askedWords(input: ComposeInput, minWeight = TELLING_WEIGHT): Map<string, number> {
  const { entry, queryTokens, tokenize, weights } = input;
  const own = new Set(tokenize(entry.id.replace(/-/g, " ")));
  const asked = new Map<string, number>();
  for (const t of queryTokens) {
    if (own.has(t)) continue;
    const share = HANGUL_BIGRAM.test(t) ? BIGRAM_SHARE : 1;
    const weight = weights?.get(t) ?? TELLING_WEIGHT;
    if (weight >= minWeight) asked.set(t, weight * share);
  }
  return asked;
}

/** How much of what was asked a sentence carries. */
function carries(sentence: string, asked: ReadonlyMap<string, number>, tokenize: Tokenizer) {
  let sum = 0;
  for (const t of new Set(tokenize(sentence))) sum += asked.get(t) ?? 0;
  return sum;
}

/** Points carrying the most of what was asked come first; ties keep the author's order. */
function rankPoints(
  points: readonly string[],
  asked: ReadonlyMap<string, number>,
  tokenize: Tokenizer,
): string[] {
  return points
    .map((text, order) => ({ text, order, score: carries(text, asked, tokenize) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((p) => p.text);
}

function appendPoints(
  head: string,
  points: readonly string[],
  limit: number,
  maxPoints = points.length,
): string {
  let text = head;
  for (const point of points.slice(0, maxPoints)) {
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
  /** Subjects a follow-up newly names ("and for CRI-O?"): a sentence naming one must lead. */
  readonly focus?: readonly string[];
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
  const facet = facetFor(entry, intent, facetFit(input, asked));
  const lead = leadOf(entry, lang, intent, facet, input.question);
  const steps = intent === "procedure" ? stepsOf(facet, lang) : [];
  if (steps.length > 0) return [lead, ...numbered(steps)].join("\n");
  if (entryIntent(entry) === "procedure")
    return [lead, ...entry[lang].points.map((p) => `- ${p}`)].join("\n");
  const points = rankPoints(entry[lang].points, asked, tokenize);
  const ranked = withOtherLeads(points, entry, lang, facet, asked, tokenize);
  const answerFirst = pointThatAnswers(input, lead, ranked, asked);
  const [head, rest] = answerFirst
    ? [answerFirst, [lead, ...ranked.filter((p) => p !== answerFirst)]]
    : [lead, ranked];
  return appendPoints(head, rest, limit, maxPoints);
}

/** How much of what was asked the lead this entry would open with carries: breaks near ties between entries. */
export function leadFit(input: ComposeInput): number {
  // Between two near-equal entries even a common word ("containerd") tells them apart.
  const asked = askedWords(input, 0);
  const facet = facetFor(input.entry, input.intent, facetFit(input, asked));
  return carries(leadOf(input.entry, input.lang, input.intent, facet), asked, input.tokenize);
}

/**
 * The entry's leads for other kinds of question are sentences about it too: one
 * that carries more of the question than a point ("where is it?" answered with a
 * "why" lead that names the file) may follow the lead. Points keep their places
 * otherwise, so a lead never displaces a point that matches as well.
 */
function withOtherLeads(
  points: readonly string[],
  entry: Entry,
  lang: Lang,
  shown: Facet | undefined,
  asked: ReadonlyMap<string, number>,
  tokenize: Tokenizer,
): string[] {
  const others = (entry.facets ?? [])
    .filter((f) => f !== shown)
    .map((f) => stripYesNo(f[lang].lead, lang))
    .concat(shown ? [stripYesNo(entry[lang].lead, lang)] : [])
    .map((text) => ({ text, score: carries(text, asked, tokenize) }))
    .filter((o) => o.score > 0);
  if (others.length === 0) return [...points];
  const scored = points.map((text) => ({ text, score: carries(text, asked, tokenize) }));
  const pending = [...others].sort((a, b) => b.score - a.score);
  const merged: string[] = [];
  for (const point of scored) {
    // A lead goes in before the first point that carries less of the question than it does.
    for (let next = pending[0]; next && next.score > point.score; next = pending[0]) {
      merged.push(next.text);
      pending.shift();
    }
    merged.push(point.text);
  }
  return [...merged, ...pending.map((o) => o.text)];
}

/** The offline answer from one entry, under MAX_ANSWER_CHARS (procedures excepted). */
export function composeText(input: ComposeInput): string {
  const text = composePart(input, MAX_POINTS, MAX_ANSWER_CHARS);
  const procedure = text.includes("\n- 1) ") || entryIntent(input.entry) === "procedure";
  return !procedure && text.length > MAX_ANSWER_CHARS
    ? `${text.slice(0, MAX_ANSWER_CHARS - 1)}…`
    : text;
}

/** Lookups (which command, where, how to check) whose specific word only a point may name. */
const LOOKUPS: ReadonlySet<Intent> = new Set(["command", "location", "check"]);
/** A word used by at most about 6 of 80 entries: specific enough to be the thing asked. */
const SPECIFIC_WEIGHT = 2.5;
/** A point shaped like the answer (a version for "when") is worth a little more than one that is not. */
const SHAPE_BONUS = 1;

/**
 * What a sentence answering each intent looks like: a cause, a version or date, a
 * path or section, a command. Used only when the entry has no lead for the asked
 * intent, to bring forward a point that answers it.
 */
const SHAPES: Partial<Record<Intent, RegExp>> = {
  reason:
    /\b(?:because|since|so that|due to|in order to|to avoid|otherwise|which is why|thanks to)\b|때문|위해|위한|덕분|탓에|이유|그래야|않으면|없으면/i,
  time: /\b(?:19|20)\d\d\b|\bv?1\.\d{1,2}\b|\bv\d+\.\d+/i,
  location: /`[^`]*\/[^`]*`|\bsection\b|\bfile\b|경로|섹션|파일/i,
  command:
    /`(?:crictl|ctr|nerdctl|kubectl|docker|systemctl|journalctl|containerd|kubeadm|minikube|kind|buildctl|buildah)\b[^`]*`/,
  check:
    /`(?:crictl|ctr|nerdctl|kubectl|systemctl|journalctl|ps|cat|grep|tr|pgrep|containerd|crio|runc)\b[^`]*`/,
};

/**
 * For an intent the entry has no lead for, the point that answers it better than
 * the lead: for a lookup, a point naming a specific word of the question that the
 * lead does not ("crictl.yaml", "inspecti"); otherwise (or failing that) the first
 * best-matching point shaped like an answer to the intent (a cause for "why", a
 * version for "when") when the lead is not. That point goes first and the lead
 * follows as a point.
 */
function pointThatAnswers(
  input: ComposeInput,
  lead: string,
  ranked: readonly string[],
  asked: ReadonlyMap<string, number>,
) {
  const { entry, intent, tokenize } = input;
  const standing = ranked.filter((p) => !LEANS_ON_LEAD.test(p));
  const focus = input.focus ?? [];
  const named = (text: string) => new Set(tokenize(text).filter((t) => focus.includes(t))).size;
  if (focus.length > 0 && named(lead) < focus.length) {
    // The point naming most of the new subjects ("containerd on k3s"), best-matching first.
    const best = standing.reduce<string | undefined>(
      (b, p) => (named(p) > (b === undefined ? named(lead) : named(b)) ? p : b),
      undefined,
    );
    if (best) return best;
  }
  // A facet written for this kind of question stays first. A main lead of this kind
  // does too, except for lookups: the other words a question shares with a point are
  // often its premise ("kaniko is archived, so what now?"), but a lookup's are the
  // thing looked up ("k3s socket path").
  if ((entry.facets ?? []).some((f) => f.intent === intent)) return undefined;
  if (entryIntent(entry) === intent && !LOOKUPS.has(intent)) return undefined;
  const shape = SHAPES[intent];
  const score = (text: string) =>
    carries(text, asked, tokenize) + (shape?.test(text) ? SHAPE_BONUS : 0);
  const best = standing[0];
  if (best && score(best) >= score(lead) + SPECIFIC_WEIGHT) return best;
  if (!shape || entryIntent(entry) === intent || shape.test(lead)) return undefined;
  return standing.find((p) => shape.test(p));
}

/** A point that opens by pointing back ("The same command…", "이 명령은…") cannot stand first. */
const LEANS_ON_LEAD =
  /^(?:the same|same|this|that|these|those|it|they|also|so|then|likewise)\b|^(?:이|그|같은|이것|그것|또한|또|여기|이렇게|마찬가지)\s/i;

/** Two short parts, one per entry, for a question that names two things or asks two things. */
export function composeTwoParts(
  first: ComposeInput,
  second: ComposeInput & { readonly intent: Intent },
): string {
  const half = MAX_ANSWER_CHARS / 2;
  return `${composePart(first, PART_POINTS, half)}\n\n${composePart(second, PART_POINTS, half)}`;
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
