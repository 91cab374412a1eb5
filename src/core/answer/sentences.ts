import type { Entry, Facet, Lang } from "../knowledge/schema.ts";
import { askingSentence, firstQuestion, type Intent, LOOKUP_INTENTS } from "../retrieval/intent.ts";
import { afterCondition, judgedBack } from "../retrieval/question-parts.ts";
import type { Tokenizer } from "../retrieval/tokenize.ts";
import { splitSentences } from "../text/sentences.ts";
import type { ComposeInput } from "./compose.ts";
import { entryIntent } from "./entry-intent.ts";
import { askedThing, namesMissingThing } from "./missing-thing.ts";
import { whenAsked } from "./when-asked.ts";
import { stripYesNo, YES_NO_OPENER } from "./yes-no.ts";

// Which sentences of an entry answer the question: each question word weighs by how rare it is.

/** Hangul bigrams are partial words: they count for little, as in search. */
const BIGRAM_SHARE = 0.2;
const HANGUL_BIGRAM = /^[\uac00-\ud7af]{2}$/;
/**
 * A whole Hangul word keeps its ending ("마운트한", "보려면"): two sentences share it by
 * inflection as often as by meaning, so it counts half (0.5 and 0.7 measured the same on the
 * tuning sets; 0.2 lost an answer on dev-blind-5).
 */
const HANGUL_WORD_SHARE = 0.5;
const HANGUL_WORD = /^[\uac00-\ud7af]+$/;
/** Words nearly every entry uses ("kubernetes", "node") say nothing about which sentence answers. */
const TELLING_WEIGHT = 1;

/**
 * What the question names beyond the entry's own subject, each word with how telling
 * it is: the entry's id words ("crictl" in the crictl entry) are in every sentence of
 * it, so they do not count.
 */
export function askedWords(input: ComposeInput, minWeight = TELLING_WEIGHT): Map<string, number> {
  const { entry, queryTokens, tokenize, weights } = input;
  // The entry's own name is in every sentence of it, except the things it compares: which of
  // ctr, crictl and nerdctl was asked picks the sentence.
  const compared = new Set(tokenize((entry.compares ?? []).join(" ")));
  const own = new Set(tokenize(entry.id.replace(/-/g, " ")).filter((t) => !compared.has(t)));
  const asked = new Map<string, number>();
  for (const t of queryTokens) {
    if (own.has(t)) continue;
    const share = HANGUL_BIGRAM.test(t)
      ? BIGRAM_SHARE
      : HANGUL_WORD.test(t)
        ? HANGUL_WORD_SHARE
        : 1;
    const weight = weights?.get(t) ?? TELLING_WEIGHT;
    if (weight >= minWeight) asked.set(t, weight * share);
  }
  return asked;
}

/** How much of what was asked a sentence carries. */
export function carries(sentence: string, asked: ReadonlyMap<string, number>, tokenize: Tokenizer) {
  let sum = 0;
  for (const t of new Set(tokenize(sentence))) sum += asked.get(t) ?? 0;
  return sum;
}

/** The leads an entry wrote for other kinds of question than the one it opens with. */
export function otherLeads(entry: Entry, lang: Lang, shown: Facet | undefined): string[] {
  return (entry.facets ?? [])
    .filter((f) => f !== shown)
    .map((f) => stripYesNo(f[lang].lead, lang))
    .concat(shown ? [stripYesNo(entry[lang].lead, lang)] : []);
}

/**
 * The sentences that follow the lead, most of what was asked first: the entry's
 * points, and its leads for other kinds of question when they carry any of it
 * ("where is it?" answered with a "why" lead that names the file). On equal weight
 * a point comes before a lead, and both keep the author's order.
 */
export function rankSentences(
  points: readonly string[],
  leads: readonly string[],
  asked: ReadonlyMap<string, number>,
  tokenize: Tokenizer,
  offSubject: (sentence: string) => boolean = () => false,
): string[] {
  return [...points.map((text) => ({ text, lead: 0 })), ...leads.map((text) => ({ text, lead: 1 }))]
    .map((s, order) => ({
      ...s,
      order,
      // A sentence about CRI-O answers a containerd question last, however many words it shares.
      score: offSubject(s.text) ? -1 : carries(s.text, asked, tokenize),
    }))
    .filter((s) => s.lead === 0 || s.score > 0)
    .sort((a, b) => b.score - a.score || a.lead - b.lead || a.order - b.order)
    .map((s) => s.text);
}

/**
 * Whether a sentence is about another subject of the same kind than the one asked
 * about: it names a rival (CRI-O, for a question naming containerd) and no subject
 * the question named.
 */
export function offSubjectOf(input: ComposeInput): (sentence: string) => boolean {
  const { rivals, queryTokens, tokenize } = input;
  if (!rivals || rivals.size === 0) return () => false;
  return (sentence) => {
    const tokens = tokenize(sentence);
    return (
      tokens.some((t) => rivals.has(t)) &&
      !tokens.some((t) => queryTokens.has(t) && isSubject(input, t))
    );
  };
}

const isSubject = (input: ComposeInput, token: string) => input.subjects?.has(token) ?? false;

/** Kinds whose own facet gives way to a point naming an aside the question asks about (see usedBy). */
const ASIDE_LED: ReadonlySet<Intent> = new Set(["replacement", "impact", "reason", "time"]);
/** A word used by at most about 6 of 80 entries: specific enough to be the thing asked. */
const SPECIFIC_WEIGHT = 2.5;
/** A point shaped like the answer (a version for "when") is worth a little more than one that is not. */
const SHAPE_BONUS = 1;

// "어느 파일에 박혀있음?", "which file do I change?": the answer names a file.
const FILE_ASKED =
  /\b(?:which|what|in which) (?:config |configuration )?file\b|(?:어느|무슨|어떤) ?(?:설정 ?)?파일/i;
const NAMES_FILE =
  /`[^`\s]*\.(?:env|toml|ya?ml|conf|json|service)`|`\/(?:etc|var|run)\/[^`\s]*\.\w+`/;

/**
 * What a sentence answering each intent looks like: a cause, a version or date, a
 * path or section, a command. Used only when the entry has no lead for the asked
 * intent, to bring forward a point that answers it.
 */
const SHAPES: Partial<Record<Intent, RegExp>> = {
  reason:
    /\b(?:because|since|so that|due to|in order to|to avoid|otherwise|which is why|thanks to)\b|때문|위해|위한|덕분|탓에|이유|그래야|않으면|없으면/i,
  time: /\b(?:19|20)\d\d\b|\bv?\d\.\d{1,2}\b|\bv\d+\.\d+/i,
  location: /`[^`]*\/[^`]*`|\bsection\b|\bfile\b|경로|섹션|파일(?!시스템)/i,
  // A tool name followed by its arguments, not a key that starts with it (`kubeadm.alpha…`).
  command:
    /`(?:crictl|ctr|nerdctl|kubectl|docker|systemctl|journalctl|containerd|kubeadm|minikube|kind|buildctl|buildah|ps|tr|pgrep|grep|cat)(?:\s[^`]*)?`/,
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
export function pointThatAnswers(
  input: ComposeInput,
  lead: string,
  ranked: readonly string[],
  asked: ReadonlyMap<string, number>,
  shown?: Facet,
) {
  const { entry, intent, tokenize } = input;
  const offSubject = offSubjectOf(input);
  const standing = ranked.filter(
    (p) => !LEANS_ON_LEAD.test(p) && !REFERS_BACK.test(p) && !offSubject(p),
  );
  const focus = input.focus ?? [];
  const named = (text: string) => new Set(tokenize(text).filter((t) => focus.includes(t))).size;
  // "kubelet 쪽은 어디서 바꿔?": of the points naming the new subject, one in the shape of the
  // asked lookup (a path for "where") answers before one that only names it.
  const shaped = LOOKUP_INTENTS.has(intent) ? SHAPES[intent] : undefined;
  if (focus.length > 0 && (named(lead) < focus.length || (shaped && !shaped.test(lead)))) {
    const naming = standing.filter((p) => named(p) >= Math.max(1, named(lead)));
    const fits = shaped ? naming.find((p) => shaped.test(p)) : undefined;
    if (fits) return fits;
    // The point naming most of the new subjects ("containerd on k3s"), best-matching first.
    const best = standing.reduce<string | undefined>(
      (b, p) => (named(p) > (b === undefined ? named(lead) : named(b)) ? p : b),
      undefined,
    );
    if (best) return best;
  }
  // "which version is the last one that still ships dockershim?" asks for an end, not the
  // removal the time lead gives: the point naming the same end (last/first) leads; so does the
  // point naming both events of "몇 버전에 deprecated 되고 몇 버전에 제거됐어?".
  const answersWhen = intent === "time" ? whenAsked(input.question ?? "") : undefined;
  if (answersWhen && !answersWhen(lead)) {
    const dated = standing.find(answersWhen);
    if (dated) return dated;
  }
  // "endpoint 플래그 어느 파일에 박혀있음?" asks for a file: a lead naming only the flag and its
  // value leaves it unsaid, so the best-matching point naming a file answers first.
  if (intent === "location" && FILE_ASKED.test(input.question ?? "") && !NAMES_FILE.test(lead)) {
    const inFile = standing.find((p) => NAMES_FILE.test(p));
    if (inFile) return inFile;
  }
  // A facet written for this kind of question stays first. A main lead of this kind does too,
  // except for lookups: the words a question shares with a point are often its premise ("kaniko
  // is archived, so what now?"), but a lookup's are the thing looked up ("k3s socket path").
  if (shown?.intent === intent) {
    const question = input.question ?? "";
    // A yes/no lead written for another yes/no question ("does CRI-O default to systemd?") must not
    // say yes to this one ("is crun CRI-O's default?"): the point naming the thing asked leads. A
    // thing in a condition ("systemctl restart containerd 하면 … 재시작돼?") is what the asker does,
    // and one in the settings a closing "is that a problem?" judges is what is judged.
    if (intent === "yesno") {
      const after = afterCondition(question) ?? judgedBack(question);
      // A follow-up naming things of its own ("그럼 shim이랑 dockershim은 같은 거죠?") asks about
      // them; the words it borrowed from the turn before are context. One naming none ("컨테이너
      // 목록도 같은 식으로?") asks about the borrowed ones.
      const own = new Set(input.tokenize(after ?? question));
      const namesOwnSubject = [...own].some((t) => input.subjects?.has(t));
      const inAsk = (t: string) => (after === undefined && !namesOwnSubject) || own.has(t);
      return namesMissingThing(input, lead, standing[0], asked, inAsk);
    }
    // "cri-dockerd 올리면 kubenet 깨져요?": an impact lead about removing Docker leaves the asked aside
    // unsaid. Only an aside of the question that asks counts: in "what replaced dockershim.sock?
    // our kubeadm-flags.env still has…" the file is the asker's situation.
    if (!ASIDE_LED.has(intent)) return undefined;
    const asking = new Set(input.tokenize(firstQuestion(question) ?? question));
    const aside = (t: string) => asking.has(t) && usedBy(input, t) <= ASIDE_USES;
    // A bare command ("`kubectl get pods … | grep /var/run`") says nothing about what happens.
    const says = standing.find((p) => !BARE_CODE.test(p));
    return namesMissingThing(input, lead, says, asked, aside);
  }
  if (entryIntent(entry) === intent && !LOOKUP_INTENTS.has(intent)) return undefined;
  const shape = SHAPES[intent];
  // "Where does kubeadm record the CRI socket? I need to update it after moving a node": the
  // sentence that asks is weighed, not the situation told after it.
  const asking = askingSentence(input.question ?? "");
  const askedHere = asking ? new Set(tokenize(asking)) : undefined;
  const weighed = askedHere ? new Map([...asked].filter(([t]) => askedHere.has(t))) : asked;
  const score = (text: string) =>
    carries(text, weighed, tokenize) + (shape?.test(text) ? SHAPE_BONUS : 0);
  const best = standing[0];
  if (best && score(best) >= score(lead) + SPECIFIC_WEIGHT) return best;
  if (!shape || entryIntent(entry) === intent || shape.test(lead)) return undefined;
  return standing.find((p) => shape.test(p));
}

/**
 * A thing the entry names in this many of its sentences at most is an aside of it (kubenet in
 * cri-dockerd's entry), asked about for itself; one it names throughout is its subject (systemd
 * in the cgroup drivers' entry), and naming it sets the question's premise.
 */
const ASIDE_USES = 2;

function usedBy(input: ComposeInput, token: string): number {
  const { entry, lang, tokenize } = input;
  const sentences = [
    entry[lang].lead,
    ...entry[lang].points,
    ...(entry.facets ?? []).map((f) => f[lang].lead),
  ];
  return sentences.filter((s) => tokenize(s).includes(token)).length;
}

/** A point that is only a command or a snippet, with no words of its own around it. */
const BARE_CODE = /^(?:[^`\s]{0,8}\s?)?`[^`]+`[.\s]*$/;

/**
 * A point that names its subject only as "this value" or "이 값도" inside the sentence ("런타임을
 * 바꿀 때는 … 이 값도 새 소켓으로 고쳐야…") was written to follow the lead it refers to, so it never
 * answers first: promoted, it would speak of a value nobody has named yet.
 */
const REFERS_BACK = /\bthis value\b|(?:^|\s)(?:이|그) ?(?:값|기록)(?:도|을|를|은|는|이|가)?\s/i;

/** A point that opens by pointing back ("The same command…", "이 명령은…") or is an example of the lead ("예: …") cannot stand first. */
export const LEANS_ON_LEAD =
  /^(?:the same|same|this|that|these|those|it|they|also|so|then|likewise|but|however|therefore|thus|instead|only|for example|example)\b|^e\.g\.|^예(?:를 들어|컨대)?[:,\s]|^(?:이|그|같은|이것|그것|또한|또|여기|이렇게|마찬가지)\s|^(?:그래서|따라서|그러므로|그러니|하지만|다만|단|대신|이때|이 경우)[,\s]/i;

/**
 * A lead of several sentences whose later sentence names a thing asked about that its
 * first does not ("k3s도 도커 필요함?" and a lead opening with minikube) opens with that
 * sentence instead. Yes/no leads keep their opener first; a sentence that leans on the
 * one before it ("It…", "이 명령은…") cannot move.
 */
export function askedSentenceFirst(
  input: ComposeInput,
  lead: string,
  asked: ReadonlyMap<string, number>,
): string {
  const { things, tokenize, lang } = input;
  const sentences = splitSentences(lead);
  if (!things || sentences.length < 2 || YES_NO_OPENER[lang].test(lead)) return lead;
  // A follow-up's new subject ("and for CRI-O?") counts however common the word is.
  const focus = input.focus ?? [];
  const isThing = askedThing(input, asked);
  const named = (text: string) =>
    new Set(tokenize(text).filter((t) => focus.includes(t) || isThing(t)));
  const first = named(sentences[0] ?? "");
  const at = sentences.findIndex(
    (text, i) => i > 0 && !LEANS_ON_LEAD.test(text) && [...named(text)].some((t) => !first.has(t)),
  );
  return at <= 0 ? lead : [sentences[at], ...sentences.filter((_, i) => i !== at)].join(" ");
}
