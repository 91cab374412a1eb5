import type { Clock } from "../../src/core/ports.ts";

/** A clock tests move by hand, so rate limits and TTLs need no waiting. */
export interface FakeClock extends Clock {
  advance(ms: number): void;
}

export function createFakeClock(start = Date.UTC(2025, 0, 1)): FakeClock {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
}
