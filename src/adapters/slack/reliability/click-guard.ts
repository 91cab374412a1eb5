import type { Clock, RateWindowStore } from "../../../core/ports.ts";

/**
 * One click per key per window, counted in the shared rate windows: a double
 * click whose two requests land on two replicas still acts once.
 */
export interface ClickGuard {
  /** True for the first click on `key` within the window; false for a repeat. */
  first(key: string): Promise<boolean>;
  /** Lets `key` through again, e.g. after the work it guarded failed. */
  forget(key: string): Promise<void>;
}

export function createClickGuard(
  windows: RateWindowStore,
  clock: Clock,
  windowMs: number,
): ClickGuard {
  return {
    first: async (key) => (await windows.take(key, clock.now(), 1, windowMs)).allowed,
    forget: (key) => windows.forget(key),
  };
}
