import { z } from "zod";
import { IntentSchema } from "../retrieval/intent.ts";
import { firstSentence } from "../text/sentences.ts";

export const EvalCaseSchema = z.object({
  q: z.string().min(1),
  /** Entry ids that answer it, best first; empty for an out-of-scope question. */
  expected: z.array(z.string()).default([]),
  note: z.string().optional(),
  id: z.string().optional(),
  intent: IntentSchema.optional(),
  /** Defaults to "has expected ids" (hold-outs written blind carry no ids, only this). */
  inScope: z.boolean().optional(),
  /** A neighbouring topic the bot must decline. */
  nearMiss: z.boolean().optional(),
  /** The answer's first sentence must contain one of these (case-insensitive). */
  leadAny: z.array(z.string().min(1)).optional(),
  /** The answer must contain one of these somewhere. */
  factAny: z.array(z.string().min(1)).optional(),
  /** Keywords that must appear in this order (a procedure's steps). */
  steps: z.array(z.string().min(1)).optional(),
  /** The previous question, for a follow-up. */
  after: z.string().optional(),
  /** The question names two things or asks two things. */
  multi: z.boolean().optional(),
  /** "mixed": Korean with English terms (answered in Korean when it has Hangul). */
  lang: z.enum(["ko", "en", "mixed"]).optional(),
});
export type EvalCase = z.infer<typeof EvalCaseSchema>;

/** What a system under evaluation says about one question. */
export interface EvalPrediction {
  readonly ranked: readonly string[];
  readonly inScope: boolean;
  /** The answer text (empty when only retrieval is measured). */
  readonly text?: string;
  readonly intent?: string;
}

/** Passed / checked for one measure; a measure nobody checked counts as 100%. */
export interface Tally {
  ok: number;
  n: number;
}

export const MEASURES = [
  "top1",
  "top3",
  "intent",
  "lead",
  "fact",
  "steps",
  "answered",
  "declined",
  "nearMiss",
] as const;
export type Measure = (typeof MEASURES)[number];

export interface EvalMetrics {
  readonly cases: number;
  readonly inScopeCases: number;
  readonly outOfScopeCases: number;
  readonly tallies: Readonly<Record<Measure, Tally>>;
  readonly byIntent: ReadonlyMap<string, Readonly<Record<Measure, Tally>>>;
  readonly misses: readonly { q: string; failed: readonly Measure[]; got: string }[];
}

export const ratio = (t: Tally) => (t.n === 0 ? 1 : t.ok / t.n);

const emptyTallies = (): Record<Measure, Tally> =>
  Object.fromEntries(MEASURES.map((m) => [m, { ok: 0, n: 0 }])) as Record<Measure, Tally>;

export { firstSentence } from "../text/sentences.ts";

const has = (text: string, needles: readonly string[]) => {
  const t = text.toLowerCase();
  return needles.some((n) => t.includes(n.toLowerCase()));
};

/** Every keyword found, each after the previous one. */
export function inOrder(text: string, keywords: readonly string[]): boolean {
  const t = text.toLowerCase();
  let at = 0;
  for (const k of keywords) {
    const i = t.indexOf(k.toLowerCase(), at);
    if (i === -1) return false;
    at = i + k.length;
  }
  return true;
}

export const caseInScope = (c: EvalCase) => c.inScope ?? c.expected.length > 0;

/** Which checks one case takes and whether each passed. */
function checks(c: EvalCase, p: EvalPrediction): [Measure, boolean][] {
  const text = p.text ?? "";
  const out: [Measure, boolean][] = [];
  if (c.intent && p.intent !== undefined) out.push(["intent", p.intent === c.intent]);
  if (!caseInScope(c)) {
    out.push(["declined", !p.inScope]);
    if (c.nearMiss) out.push(["nearMiss", !p.inScope]);
    return out;
  }
  out.push(["answered", p.inScope]);
  if (c.expected.length > 0) {
    out.push(["top1", p.ranked[0] !== undefined && c.expected.includes(p.ranked[0])]);
    out.push(["top3", p.ranked.slice(0, 3).some((id) => c.expected.includes(id))]);
  }
  if (p.text === undefined) return out;
  if (c.leadAny) out.push(["lead", p.inScope && has(firstSentence(text), c.leadAny)]);
  if (c.factAny) out.push(["fact", p.inScope && has(text, c.factAny)]);
  if (c.steps) out.push(["steps", p.inScope && inOrder(text, c.steps)]);
  return out;
}

/**
 * Scores a system on labelled questions, overall and per labelled intent. An
 * out-of-scope question must be declined; an in-scope one answered, with its
 * lead, fact and step checks holding when the case has them.
 */
export function evaluate(
  cases: readonly EvalCase[],
  predict: (c: EvalCase) => EvalPrediction,
): EvalMetrics {
  const tallies = emptyTallies();
  const byIntent = new Map<string, Record<Measure, Tally>>();
  const misses: { q: string; failed: Measure[]; got: string }[] = [];
  let inScopeCases = 0;
  for (const c of cases) {
    if (caseInScope(c)) inScopeCases++;
    const p = predict(c);
    const group = c.intent ?? (caseInScope(c) ? "(unlabelled)" : "(out of scope)");
    const perIntent = byIntent.get(group) ?? emptyTallies();
    byIntent.set(group, perIntent);
    const failed: Measure[] = [];
    for (const [measure, ok] of checks(c, p)) {
      for (const t of [tallies[measure], perIntent[measure]]) {
        t.n++;
        if (ok) t.ok++;
      }
      if (!ok) failed.push(measure);
    }
    if (failed.length > 0)
      misses.push({
        q: c.q,
        failed,
        got: `${p.ranked.slice(0, 2).join(",")} | ${firstSentence(p.text ?? "")}`,
      });
  }
  return {
    cases: cases.length,
    inScopeCases,
    outOfScopeCases: cases.length - inScopeCases,
    tallies,
    byIntent,
    misses,
  };
}
