/** Whether one more use is allowed now, and if not, how long until it is. */
export type RateDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryInMs: number };

/**
 * A sliding window: one more use at `at` is allowed if fewer than `limit` uses
 * fall within the `windowMs` before it. Returns the decision and the uses to
 * keep (oldest first, the new one included when allowed). Pure, so the memory
 * store and the SQL stores decide exactly alike.
 */
export function slideWindow(
  times: readonly number[],
  at: number,
  limit: number,
  windowMs: number,
): { readonly decision: RateDecision; readonly times: readonly number[] } {
  const recent = times.filter((t) => at - t < windowMs);
  const oldest = recent[0];
  if (recent.length >= limit && oldest !== undefined)
    return { decision: { allowed: false, retryInMs: windowMs - (at - oldest) }, times: recent };
  // Keep only as many as the limit needs: a lowered limit never grows the row.
  return { decision: { allowed: true }, times: [...recent, at].slice(-limit) };
}
