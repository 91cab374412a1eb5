import type { Clock, Logger } from "../../core/ports.ts";

export interface CircuitBreakerOptions {
  /** Failures in a row that open the circuit. */
  readonly failures: number;
  /** How long the circuit stays open; after it, requests try the model again. */
  readonly coolDownMs: number;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface CircuitBreaker {
  /** False while open: callers answer offline without waiting on a model that keeps failing. */
  available(): boolean;
  succeeded(): void;
  failed(): void;
}

/**
 * After `failures` model errors in a row the bot answers offline for
 * `coolDownMs`, so a dead model costs nobody a timeout. Opening and closing are
 * each logged once, not once per question.
 */
export function createCircuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
  const { failures, coolDownMs, clock, logger } = options;
  let inARow = 0;
  let openUntil: number | undefined;
  return {
    available() {
      return openUntil === undefined || clock.now() >= openUntil;
    },
    succeeded() {
      if (openUntil !== undefined) logger.info({}, "model answering again: circuit closed");
      inARow = 0;
      openUntil = undefined;
    },
    failed() {
      inARow++;
      const wasOpen = openUntil !== undefined;
      if (inARow < failures && !wasOpen) return;
      // A failed trial after the cool-down re-opens quietly: it was logged when it first opened.
      openUntil = clock.now() + coolDownMs;
      if (!wasOpen)
        logger.warn(
          { failures: inARow, coolDownMs },
          "model failing: answering offline until the cool-down ends",
        );
    },
  };
}
