import type { Glossary } from "../knowledge/schema.ts";
import type { SearchResult } from "./search-index.ts";

export interface ScopeVerdict {
  readonly inScope: boolean;
  /** 0..1, from how much of the question the top entry covers and how strongly it scores. */
  readonly confidence: number;
  readonly reason: "answered" | "no_match" | "low_confidence" | "off_topic";
}

export interface ScopeThresholds {
  /** Minimum confidence to answer. */
  readonly minConfidence: number;
  /** BM25 score at which the score part of confidence saturates. */
  readonly fullScore: number;
}

export const DEFAULT_THRESHOLDS: ScopeThresholds = { minConfidence: 0.3, fullScore: 12 };

export interface ScopeJudge {
  judge(result: SearchResult): ScopeVerdict;
}

/**
 * Decides whether the bot should answer. A question naming a core term (dockershim,
 * containerd, CRI...) is in the field; one that only shares weak words (docker, image)
 * must be mostly covered by its best entry; one that names a neighbouring topic
 * (Ingress, Helm, compose volumes) is declined unless it also names a core term.
 */
export function createScopeJudge(
  glossary: Glossary,
  thresholds: ScopeThresholds = DEFAULT_THRESHOLDS,
): ScopeJudge {
  const core = new Set(glossary.core);
  const offTopic = glossary.offTopic.map((s) => s.toLowerCase());
  return {
    judge({ tokens, hits }) {
      const top = hits[0];
      if (!top || tokens.length === 0) return { inScope: false, confidence: 0, reason: "no_match" };
      const coverage = top.matched.length / tokens.length;
      const strength = Math.min(1, top.score / thresholds.fullScore);
      const namesCore = tokens.some((t) => core.has(t));
      const confidence =
        Math.round((namesCore ? 0.5 + 0.5 * strength * coverage : strength * coverage) * 100) / 100;
      if (!namesCore && tokens.some((t) => offTopic.some((o) => t.startsWith(o)))) {
        return { inScope: false, confidence, reason: "off_topic" };
      }
      if (confidence < thresholds.minConfidence)
        return { inScope: false, confidence, reason: "low_confidence" };
      return { inScope: true, confidence, reason: "answered" };
    },
  };
}
