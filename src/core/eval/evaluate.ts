import { z } from "zod";

export const EvalCaseSchema = z.object({
  q: z.string().min(1),
  expected: z.array(z.string()),
  note: z.string().optional(),
});
export type EvalCase = z.infer<typeof EvalCaseSchema>;

/** What a system under evaluation says about one question. */
export interface EvalPrediction {
  readonly ranked: readonly string[];
  readonly inScope: boolean;
}

export interface EvalMetrics {
  readonly cases: number;
  readonly inScopeCases: number;
  readonly outOfScopeCases: number;
  readonly top1: number;
  readonly top3: number;
  /** Share of in-scope questions the system chose to answer. */
  readonly answered: number;
  /** Share of out-of-scope questions the system declined. */
  readonly declined: number;
  readonly misses: readonly {
    q: string;
    expected: readonly string[];
    got: readonly string[];
    inScope: boolean;
  }[];
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/**
 * Scores a system on labelled questions. A question with no expected ids is out of
 * scope: the right move is to decline. Otherwise top-1/top-3 count an expected id
 * at rank 1 / within ranks 1-3, whether or not the system chose to answer.
 */
export function evaluate(
  cases: readonly EvalCase[],
  predict: (q: string) => EvalPrediction,
): EvalMetrics {
  let top1 = 0;
  let top3 = 0;
  let answered = 0;
  let declined = 0;
  let inScopeCases = 0;
  const misses: EvalMetrics["misses"][number][] = [];
  for (const c of cases) {
    const p = predict(c.q);
    if (c.expected.length === 0) {
      if (p.inScope)
        misses.push({ q: c.q, expected: [], got: p.ranked.slice(0, 3), inScope: true });
      else declined++;
      continue;
    }
    inScopeCases++;
    const first = p.ranked[0];
    const hit1 = first !== undefined && c.expected.includes(first);
    if (hit1) top1++;
    if (p.ranked.slice(0, 3).some((id) => c.expected.includes(id))) top3++;
    if (p.inScope) answered++;
    if (!hit1 || !p.inScope)
      misses.push({ q: c.q, expected: c.expected, got: p.ranked.slice(0, 3), inScope: p.inScope });
  }
  const outOfScopeCases = cases.length - inScopeCases;
  return {
    cases: cases.length,
    inScopeCases,
    outOfScopeCases,
    top1: ratio(top1, inScopeCases),
    top3: ratio(top3, inScopeCases),
    answered: ratio(answered, inScopeCases),
    declined: ratio(declined, outOfScopeCases),
    misses,
  };
}
