import type { EventLedger } from "../../core/ports.ts";

export interface MemoryEventLedgerOptions {
  /** Most keys kept; the oldest claims go first. Slack retries within minutes. */
  readonly maxKeys?: number;
}

/**
 * The EventLedger in memory: one process, lost on restart. A second app given
 * the same instance (a test's "restart") still sees earlier claims, which is
 * what the persistent ledger gives a real restart.
 */
export function createMemoryEventLedger(options: MemoryEventLedgerOptions = {}): EventLedger & {
  readonly size: number;
} {
  const maxKeys = options.maxKeys ?? 50_000;
  // Insertion order is claim order, so the first keys are the oldest.
  const claimedAt = new Map<string, number>();
  return {
    async claim(keys, at) {
      // Every key is claimed either way, so a later delivery under any one of them is a repeat.
      const fresh = keys.every((key) => !claimedAt.has(key));
      for (const key of keys) if (!claimedAt.has(key)) claimedAt.set(key, at);
      for (const key of claimedAt.keys()) {
        if (claimedAt.size <= maxKeys) break;
        claimedAt.delete(key);
      }
      return fresh;
    },
    async release(keys) {
      for (const key of keys) claimedAt.delete(key);
    },
    async prune(before) {
      for (const [key, at] of claimedAt) {
        if (at >= before) break;
        claimedAt.delete(key);
      }
    },
    get size() {
      return claimedAt.size;
    },
  };
}
