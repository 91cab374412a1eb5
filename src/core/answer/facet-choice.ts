import type { Entry, Facet, Lang } from "../knowledge/schema.ts";
import type { Intent } from "../retrieval/intent.ts";
import type { ComposeInput } from "./compose.ts";
import { entryIntent, facetApplies } from "./entry-intent.ts";
import { facetAsksAbout } from "./facet-subject.ts";
import { namesMissingThing } from "./missing-thing.ts";
import { carries } from "./sentences.ts";

// Which of an entry's facets answers a question: its own kind's, weighed on the words asked,
// or a near kind's standing in. Composing the text from it is compose.ts's job.

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
 * How facets are weighed against a question: how much of it a facet carries, whether one of
 * the main lead's own kind takes over from it, and whether one of a near kind stands in.
 */
interface FacetJudge {
  readonly match: (facet: Facet) => number;
  readonly takesOver: (facet: Facet) => boolean;
  readonly standsIn: (facet: Facet) => boolean;
  /** The question's wording, which can reorder the near kinds ("a command to look at…"). */
  readonly question: string;
  /** Where a facet's task words (`asks`) are looked for: the question, with a follow-up's context. */
  readonly scope?: string;
}

/** Any facet of the asked kind, without weighing the question (for the steps a procedure shows). */
const ANY_FACET: FacetJudge = {
  match: () => 0,
  takesOver: () => true,
  standsIn: () => true,
  question: "",
};

/**
 * The facet for this intent, or, when the main lead answers another kind, one for a
 * near kind. An entry may hold several facets of one kind ("what happens if the
 * drivers differ?" and "what happens if I change the driver?"): the one whose lead
 * and example questions share most of what was asked answers.
 */
function facetFor(entry: Entry, intent: Intent, judge: FacetJudge = ANY_FACET) {
  const { match, takesOver, standsIn, question, scope = question } = judge;
  // ANY_FACET (no question) takes every facet: the steps of the facet already chosen.
  const facets = (entry.facets ?? []).filter((f) => scope === "" || facetApplies(f, scope));
  // A yes or no whose task words (`asks`) the question itself names was written for it: it answers
  // before one written for any question ("docker.sock 읽는 Datadog 에이전트 그대로 돼?" is a no,
  // "Datadog 에이전트 그대로 돼?" depends). A follow-up's borrowed words do not count.
  const ofKind = facets.filter((f) => f.intent === intent);
  const named =
    intent === "yesno" && scope === question ? ofKind.filter((f) => f.asks !== undefined) : [];
  const own = bestOf(named.length > 0 ? named : ofKind, match);
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

/**
 * How well a facet matches what was asked: its lead and example questions in the asker's language.
 * A yes/no facet asked about another tool than the one named ("No, crictl has no build command"
 * for "is buildah safe to run unprivileged?") does not match at all: its yes or no is about that tool.
 */
function facetFit(input: ComposeInput, asked: ReadonlyMap<string, number>) {
  const subjects = input.subjects ?? new Set<string>();
  const named = [...input.queryTokens].filter((t) => subjects.has(t));
  const askedOfOther = (facet: Facet) => {
    if (facet.intent !== "yesno" || named.length === 0) return false;
    const about = facetAsksAbout(facet, input.tokenize, subjects);
    return about.length > 0 && !about.some((t) => named.includes(t));
  };
  // "CRI-O로 가면 insecure-registries는 어떻게 해요?": steps written for containerd (a rival of the
  // runtime named) answer another runtime's question.
  const rivals = input.rivals ?? new Set<string>();
  const forRivalOnly = (facet: Facet) => {
    if (facet.intent !== "procedure") return false;
    const words = input.tokenize(facet[input.lang].lead);
    return words.some((t) => rivals.has(t)) && !words.some((t) => named.includes(t));
  };
  return (facet: Facet) =>
    askedOfOther(facet) || forRivalOnly(facet)
      ? Number.NEGATIVE_INFINITY
      : carries(
          [facet[input.lang].lead, ...facet[input.lang].examples].join(" "),
          asked,
          input.tokenize,
        );
}

/**
 * A facet of a near kind stands in for the main lead only when it carries as much of the
 * question: "containerd 2.x면 섹션 이름 달라짐?" is answered by the config lead, not by what breaks.
 */
function standsInForMain(
  input: ComposeInput,
  asked: ReadonlyMap<string, number>,
  match: (facet: Facet) => number,
) {
  const { entry, lang, tokenize } = input;
  // Weighed only when a near kind's facet is found: most answers never ask.
  let main: number | undefined;
  return (facet: Facet) => {
    main ??= carries([entry[lang].lead, ...entry[lang].examples].join(" "), asked, tokenize);
    return match(facet) >= main;
  };
}

/** The facet that answers this question, judged on the words asked (see facetFor). */
export function facetAnswering(input: ComposeInput, asked: ReadonlyMap<string, number>) {
  const match = facetFit(input, asked);
  return facetFor(input.entry, input.intent, {
    match,
    takesOver: takesOverMain(input, asked),
    standsIn: standsInForMain(input, asked, match),
    question: input.question ?? "",
    scope: input.asksIn ?? input.question ?? "",
  });
}

/**
 * A facet of the main lead's own kind answers instead when the question names its task (`asks`:
 * "who maintains dockershim now?") or when it names a thing asked about that the main lead does not.
 */
function takesOverMain(input: ComposeInput, asked: ReadonlyMap<string, number>) {
  const main = input.entry[input.lang].lead;
  return (facet: Facet) =>
    facet.asks !== undefined ||
    namesMissingThing(input, main, facet[input.lang].lead, asked) !== undefined;
}

/** The ordered steps of the facet that answers this procedure question, if it has them. */
export function facetSteps(entry: Entry, lang: Lang, intent: Intent): readonly string[] {
  return intent === "procedure" ? stepsOf(facetFor(entry, intent), lang) : [];
}

export const stepsOf = (facet: Facet | undefined, lang: Lang) => facet?.[lang].steps ?? [];

/** Entries and facets whose answer is a list of steps: shown whole, never summarised by a model. */
export function answersWithSteps(entry: Entry, intent: Intent): boolean {
  return entryIntent(entry) === "procedure" || facetSteps(entry, "en", intent).length > 0;
}
