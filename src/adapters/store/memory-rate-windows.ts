import { slideWindow } from "../../core/limits/rate-window.ts";
import type { RateWindowStore } from "../../core/ports.ts";

/**
 * The RateWindowStore port in memory: one process only. Bounded by key count;
 * the least recently used key goes first.
 */
export function createMemoryRateWindows(maxKeys = 50_000): RateWindowStore {
  const windows = new Map<string, readonly number[]>();
  return {
    async take(key, at, limit, windowMs) {
      const { decision, times } = slideWindow(windows.get(key) ?? [], at, limit, windowMs);
      windows.delete(key);
      windows.set(key, times);
      const stalest = windows.keys().next();
      if (windows.size > maxKeys && !stalest.done) windows.delete(stalest.value);
      return decision;
    },
    async forget(key) {
      windows.delete(key);
    },
  };
}
