import type { Clock, RateWindowStore } from "../../../core/ports.ts";

/**
 * How to tell someone they hit the limit: the first time in a spell, where they
 * asked; the second time privately; after that, nothing (a flood of mentions
 * must not become a flood of notices in the channel).
 */
export type Notice = "public" | "private" | "none";

export type RateDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryInMs: number; readonly notice: Notice };

export interface RateLimiter {
  /** Questions allowed per user per minute, for the message that says so. */
  readonly perMinute: number;
  take(userId: string): Promise<RateDecision>;
}

const WINDOW_MS = 60_000;

function noticeFor(refusals: number): Notice {
  return refusals <= 1 ? "public" : refusals === 2 ? "private" : "none";
}

/**
 * A sliding one-minute window per user, counted in `windows`: the shared store
 * when replicas share a database, so the limit is per user, not per replica.
 * The store also counts refusals in a row, so which notice a refusal gets is
 * agreed between replicas too. Only questions count, so help and diagrams keep
 * working for someone who hit the limit.
 */
export function createRateLimiter(
  clock: Clock,
  perMinute: number,
  windows: RateWindowStore,
): RateLimiter {
  return {
    perMinute,
    async take(userId) {
      const decision = await windows.take(`question:${userId}`, clock.now(), perMinute, WINDOW_MS);
      if (decision.allowed) return decision;
      return {
        allowed: false,
        retryInMs: decision.retryInMs,
        notice: noticeFor(decision.refusals),
      };
    },
  };
}
