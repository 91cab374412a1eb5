import type { RateDecision } from "../../../core/limits/rate-window.ts";
import type { Clock, RateWindowStore } from "../../../core/ports.ts";

export type { RateDecision };

export interface RateLimiter {
  /** Questions allowed per user per minute, for the message that says so. */
  readonly perMinute: number;
  /** Counts one question for `userId` if the user is under the limit. */
  take(userId: string): Promise<RateDecision>;
}

const WINDOW_MS = 60_000;

/**
 * A sliding one-minute window per user, counted in `windows`: the shared store
 * when replicas share a database, so the limit is per user, not per replica.
 * Only questions count, so help and diagrams keep working for someone who hit
 * the limit.
 */
export function createRateLimiter(
  clock: Clock,
  perMinute: number,
  windows: RateWindowStore,
): RateLimiter {
  return {
    perMinute,
    take: (userId) => windows.take(`question:${userId}`, clock.now(), perMinute, WINDOW_MS),
  };
}
