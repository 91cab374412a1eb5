import type { Clock } from "../../../core/ports.ts";

export interface Dedupe {
  /** True the first time any of `keys` is seen within the TTL; false for a repeat. */
  firstTime(keys: readonly string[]): boolean;
  /** Lets `keys` through again, e.g. after the work they guarded failed. */
  forget(keys: readonly string[]): void;
  readonly size: number;
}

/**
 * Remembers delivery ids (event_id, client_msg_id) so Slack's retries and
 * duplicate deliveries never produce a second reply. Bounded by count and by
 * age: Slack retries within minutes, so an hour-old id can be forgotten.
 */
export function createDedupe(
  clock: Clock,
  options: { ttlMs?: number; maxKeys?: number } = {},
): Dedupe {
  const ttlMs = options.ttlMs ?? 60 * 60 * 1000;
  const maxKeys = options.maxKeys ?? 20_000;
  // Insertion order is expiry order because every entry gets the same TTL.
  const seenAt = new Map<string, number>();

  function evict(now: number): void {
    for (const [key, at] of seenAt) {
      if (now - at < ttlMs && seenAt.size <= maxKeys) break;
      seenAt.delete(key);
    }
  }

  return {
    firstTime(keys) {
      const now = clock.now();
      evict(now);
      if (keys.some((key) => seenAt.has(key))) return false;
      for (const key of keys) seenAt.set(key, now);
      evict(now);
      return true;
    },
    forget(keys) {
      for (const key of keys) seenAt.delete(key);
    },
    get size() {
      return seenAt.size;
    },
  };
}
