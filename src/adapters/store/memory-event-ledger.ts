import type { EventLedger } from "../../core/ports.ts";

/** The EventLedger port in memory (forgotten on restart), for tests. */
export function createMemoryEventLedger(): EventLedger {
  const claimedAt = new Map<string, number>();
  return {
    async claim(keys, at) {
      const fresh = keys.every((key) => !claimedAt.has(key));
      for (const key of keys) if (!claimedAt.has(key)) claimedAt.set(key, at);
      return fresh;
    },
    async release(keys) {
      for (const key of keys) claimedAt.delete(key);
    },
    async prune(before) {
      for (const [key, at] of claimedAt) if (at < before) claimedAt.delete(key);
    },
  };
}
