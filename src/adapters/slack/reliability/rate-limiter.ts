import type { Clock } from "../../../core/ports.ts";

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
  /** Counts one question for `userId` if the user is under the limit. */
  take(userId: string): RateDecision;
}

const WINDOW_MS = 60_000;

/**
 * A sliding one-minute window per user. Only questions count, so help and
 * diagrams keep working for someone who hit the limit.
 */
export function createRateLimiter(clock: Clock, perMinute: number, maxUsers = 50_000): RateLimiter {
  const recent = new Map<string, number[]>();
  // Refusals since the user was last allowed a question; bounded with `recent`.
  const refused = new Map<string, number>();

  return {
    perMinute,
    take(userId) {
      const now = clock.now();
      const times = (recent.get(userId) ?? []).filter((t) => now - t < WINDOW_MS);
      const oldest = times[0];
      if (times.length >= perMinute && oldest !== undefined) {
        recent.set(userId, times);
        const count = (refused.get(userId) ?? 0) + 1;
        refused.set(userId, count);
        const notice: Notice = count === 1 ? "public" : count === 2 ? "private" : "none";
        return { allowed: false, retryInMs: WINDOW_MS - (now - oldest), notice };
      }
      refused.delete(userId);
      times.push(now);
      recent.delete(userId);
      recent.set(userId, times);
      const stalest = recent.keys().next();
      if (recent.size > maxUsers && !stalest.done) {
        recent.delete(stalest.value);
        refused.delete(stalest.value);
      }
      return { allowed: true };
    },
  };
}
