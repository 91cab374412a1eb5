/**
 * Refusals in a row are counted up to this many: callers tell apart the first,
 * the second and any later refusal (e.g. notice in public, privately, not at
 * all), and a capped count means a flood stops writing to a shared store.
 */
export const REFUSALS_COUNTED = 3;

/**
 * Whether one more use is allowed now, and if not, how long until it is and
 * how many uses in a row were refused (this one included, at most
 * REFUSALS_COUNTED) since the key was last allowed one.
 */
export type RateDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryInMs: number; readonly refusals: number };

/** A key's window as stored: recent uses (oldest first) and refusals in a row. */
export interface RateWindow {
  readonly times: readonly number[];
  readonly refusals: number;
}

/**
 * A sliding window: one more use at `at` is allowed if fewer than `limit` uses
 * fall within the `windowMs` before it. Returns the decision and the window to
 * keep (the new use included when allowed; the refusal counted when not). An
 * allowed use ends a spell of refusals. Pure, so the memory store and the SQL
 * stores decide exactly alike.
 */
export function slideWindow(
  window: RateWindow,
  at: number,
  limit: number,
  windowMs: number,
): { readonly decision: RateDecision; readonly window: RateWindow } {
  const recent = window.times.filter((t) => at - t < windowMs);
  const oldest = recent[0];
  if (recent.length >= limit && oldest !== undefined) {
    const refusals = Math.min(window.refusals + 1, REFUSALS_COUNTED);
    return {
      decision: { allowed: false, retryInMs: windowMs - (at - oldest), refusals },
      window: { times: recent, refusals },
    };
  }
  // Keep only as many as the limit needs: a lowered limit never grows the row.
  return {
    decision: { allowed: true },
    window: { times: [...recent, at].slice(-limit), refusals: 0 },
  };
}

/** An empty window, for a key seen for the first time. */
export const EMPTY_WINDOW: RateWindow = { times: [], refusals: 0 };
