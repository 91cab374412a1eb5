import type { Glossary } from "../knowledge/schema.ts";
import type { SearchResult } from "./search-index.ts";

export interface ScopeVerdict {
  readonly inScope: boolean;
  /** 0..1, from how much of the question the top entry covers and how strongly it scores. */
  readonly confidence: number;
  readonly reason: "answered" | "no_match" | "low_confidence" | "off_topic";
}

export interface ScopeThresholds {
  /** Minimum confidence when the question names only domain words (docker, node, image). */
  readonly minWithDomainWord: number;
  /**
   * Minimum confidence when it names a domain word and a Kubernetes version ("docker nodes …
   * 1.24"): together they are the field's own story, however much context surrounds them.
   */
  readonly minWithDomainWordAndVersion: number;
  /** Minimum confidence when it names a Kubernetes version ("1.24") but no domain word. */
  readonly minWithVersion: number;
  /** Minimum confidence when it names no word of the field at all. */
  readonly minWithoutDomainWord: number;
  /** BM25 score at which the score part of confidence saturates. */
  readonly fullScore: number;
}

export const DEFAULT_THRESHOLDS: ScopeThresholds = {
  minWithDomainWord: 0.15,
  // A long question about docker nodes going to 1.24 scored 0.14; 0.08–0.12 declined the same.
  minWithDomainWordAndVersion: 0.1,
  // 0.15 also answered "kubectl 1.29 설치 방법" (0.17); the in-scope ones declined at 0.45 scored 0.23–0.37.
  minWithVersion: 0.2,
  minWithoutDomainWord: 0.45,
  fullScore: 12,
};

export interface ScopeJudge {
  judge(result: SearchResult): ScopeVerdict;
}

const SPECIFIC_DEPTH = 2;
/** A Hangul run of 6+ syllables is several words typed without spaces ("우리노드런타임뭔지어케확인함"). */
const GLUED_RUN = /^[\uac00-\ud7af]{6,}$/;
/** A two-syllable piece: the tokenizer's bigram. */
const PIECE = /^[\uac00-\ud7af]{2}$/;

/**
 * "우리노드런타임뭔지어케확인함" yields a bigram at every syllable, most of them across word
 * boundaries and known to no entry: counted, they outweighed the words the run does contain.
 * The run counts once as itself; its unknown two-syllable pieces count as nothing more.
 */
function piecesOfGluedRuns(tokens: readonly string[], knows: (token: string) => boolean) {
  const runs = tokens.filter((t) => GLUED_RUN.test(t));
  return (t: string) => PIECE.test(t) && !knows(t) && runs.some((run) => run.includes(t));
}

/** "1.23", "1.24": a Kubernetes minor version says the question is about the cluster. */
const KUBERNETES_VERSION = /^1\.(?:[1-3]\d)$/;
export const isKubernetesVersion = (token: string) => KUBERNETES_VERSION.test(token);
const DOMAIN_TOGETHER = 3;
/** 0.4 and 0.5 measured the same on every set; 0.6 answered one in-scope question fewer. */
const TOGETHER_CONFIDENCE = 0.5;
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Decides whether the bot should answer, in three tiers. A question naming a core
 * term (dockershim, containerd, CRI...) is in the field. Otherwise its best entry
 * must match some word beyond the generic domain words (docker, node, image); a
 * question naming domain words then needs a little coverage, one naming none a
 * strong match. A neighbouring topic (Ingress, Helm, compose) is
 * declined unless a core term is named too.
 */
/** The confidence a question must reach, by whether it names a domain word and a Kubernetes version. */
function minConfidence(t: ScopeThresholds, namesDomain: boolean, namesVersion: boolean): number {
  if (namesDomain) return namesVersion ? t.minWithDomainWordAndVersion : t.minWithDomainWord;
  return namesVersion ? t.minWithVersion : t.minWithoutDomainWord;
}

export function createScopeJudge(
  glossary: Glossary,
  thresholds: ScopeThresholds = DEFAULT_THRESHOLDS,
  knows: (token: string) => boolean = () => true,
): ScopeJudge {
  const core = new Set(glossary.core);
  const domain = new Set(glossary.domain);
  const offTopic = glossary.offTopic.map((s) => s.toLowerCase());
  const isOffTopic = (t: string) => offTopic.some((o) => t.startsWith(o));
  return {
    judge({ tokens, weights, hits }) {
      const top = hits[0];
      if (!top || tokens.length === 0) return { inScope: false, confidence: 0, reason: "no_match" };
      const gluedPiece = piecesOfGluedRuns(tokens, knows);
      // Coverage by weight: matching "go" and "handle" while missing "goroutine" and
      // "scheduler" is a poor match even though it is 3 of 5 words.
      const matched = new Set(top.matched);
      const total = tokens.reduce((sum, t, i) => sum + (gluedPiece(t) ? 0 : (weights[i] ?? 0)), 0);
      const covered = tokens.reduce(
        (sum, t, i) => sum + (matched.has(t) ? (weights[i] ?? 0) : 0),
        0,
      );
      const match =
        Math.min(1, top.score / thresholds.fullScore) * (total === 0 ? 0 : covered / total);
      if (tokens.some((t) => core.has(t)))
        return { inScope: true, confidence: round2(0.5 + 0.5 * match), reason: "answered" };
      const confidence = round2(match);
      if (tokens.some(isOffTopic)) return { inScope: false, confidence, reason: "off_topic" };
      // Matching only the field's generic words ("what is a pod", "what is kubernetes")
      // says nothing about runtimes: some other word of the question must match too.
      // Either of the two best entries may carry it: the best one sometimes matched only the
      // generic words its title and examples repeat (one in-scope question on dev-blind-6).
      const specific = hits
        .slice(0, SPECIFIC_DEPTH)
        .some((h) => h.matched.some((t) => !domain.has(t)));
      // A version is specific (it picks the entries about that release) and says the question is
      // about the cluster ("EKS 1.23인데 1.24 가면 뭐 깨져?"): it lowers the bar, not as far as a domain word.
      const min = minConfidence(
        thresholds,
        tokens.some((t) => domain.has(t)),
        tokens.some(isKubernetesVersion),
      );
      // "윈도우 노드에선 도커 빠지면 뭐가 돌아?": only generic words, but three of them meeting
      // in one entry that covers most of the question is specific enough.
      const together =
        new Set(top.matched.filter((t) => domain.has(t))).size >= DOMAIN_TOGETHER &&
        confidence >= TOGETHER_CONFIDENCE;
      return (specific || together) && confidence >= min
        ? { inScope: true, confidence, reason: "answered" }
        : { inScope: false, confidence, reason: "low_confidence" };
    },
  };
}

// Flags, config files, sockets and paths as people type them: "--network-plugin=cni",
// "kubeadm-flags.env", "/etc/crictl.yaml".
const LITERAL =
  /--[a-z][\w-]*(?:=[\w.:/-]+)?|\b[\w.-]+\.(?:env|toml|conf|json|ya?ml|sock|service|socket)\b|(?:unix:\/\/)?\/(?:etc|var|run|opt)\/[\w./-]+/gi;
/** A literal word this rare (in about 6 of 80 entries or fewer) is specific to a few entries. */
const LITERAL_WEIGHT = 2.5;

/** The flags, files and paths a question names, as written. */
export function literalsOf(question: string): string[] {
  return question.match(LITERAL) ?? [];
}

/**
 * A question naming a flag, file or path that the best entry is about ("kubeadm-flags.env
 * 에 --network-plugin=cni 남아있으면?") is in the field even when its other words (Korean
 * endings, "1.23→1.24 업글할때") dilute the coverage.
 */
export function acceptNamedLiteral(
  verdict: ScopeVerdict,
  result: SearchResult,
  literalTokens: readonly string[],
): ScopeVerdict {
  const top = result.hits[0];
  if (verdict.inScope || verdict.reason !== "low_confidence" || !top) return verdict;
  if (literalTokens.length === 0 || !literalTokens.every((t) => top.matched.includes(t)))
    return verdict;
  const weight = (t: string) => result.weights[result.tokens.indexOf(t)] ?? 0;
  return literalTokens.some((t) => weight(t) >= LITERAL_WEIGHT)
    ? { ...verdict, inScope: true, reason: "answered" }
    : verdict;
}
