import OpenAI from "openai";

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  /** First backoff; each retry doubles it, with full jitter. */
  readonly baseDelayMs: number;
  /** 0..1; injected so tests are repeatable. */
  readonly random: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 250,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

/** 429 and 5xx are worth another try; a 400 or a bad key will fail the same way again. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return false;
  if (error instanceof OpenAI.APIError && typeof error.status === "number")
    return error.status === 429 || error.status >= 500;
  return false;
}

/**
 * Runs `attempt(remainingMs)` until it succeeds, fails for good, or the overall
 * deadline leaves no room for another try: retries never stretch the time a
 * user waits beyond the model timeout. `retryable` lets the caller stop once
 * part of a streamed answer has been shown.
 */
export async function withRetries<T>(
  policy: RetryPolicy,
  timeoutMs: number,
  attempt: (remainingMs: number) => Promise<T>,
  retryable: (error: unknown) => boolean = isRetryable,
): Promise<T> {
  const deadline = policy.now() + timeoutMs;
  for (let n = 1; ; n++) {
    try {
      return await attempt(Math.max(1, deadline - policy.now()));
    } catch (error) {
      const backoff = policy.random() * policy.baseDelayMs * 2 ** (n - 1);
      const roomLeft = deadline - policy.now() - backoff;
      if (n >= policy.attempts || !retryable(error) || roomLeft <= 0) throw error;
      await policy.sleep(backoff);
    }
  }
}
