import { EMPTY_WINDOW, type RateWindow, slideWindow } from "../../core/limits/rate-window.ts";
import type { RateWindowStore } from "../../core/ports.ts";

/**
 * The RateWindowStore port in memory: one process only. Bounded by key count;
 * the least recently used key goes first.
 */
export function createMemoryRateWindows(maxKeys = 50_000): RateWindowStore {
  const windows = new Map<string, RateWindow>();
  return {
    async take(key, at, limit, windowMs) {
      const next = slideWindow(windows.get(key) ?? EMPTY_WINDOW, at, limit, windowMs);
      windows.delete(key);
      windows.set(key, next.window);
      const stalest = windows.keys().next();
      if (windows.size > maxKeys && !stalest.done) windows.delete(stalest.value);
      return next.decision;
    },
    async forget(key) {
      windows.delete(key);
    },
  };
}
