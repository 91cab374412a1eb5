import pino from "pino";
import type { Logger } from "../../core/ports.ts";

/** Terminal tools keep stdout for answers only, so their logs go to stderr. */
export function createStderrLogger(level: string): Logger {
  return pino(
    { level, base: undefined, redact: ["apiKey", "token", "*.token", "authorization"] },
    pino.destination(2),
  );
}
