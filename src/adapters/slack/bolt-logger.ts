import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../core/ports.ts";

function describe(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Error) return value.message;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Bolt and the Web API client log through this, into the app's logger, so their
 * lines are JSON with the same redaction. Levels are the app logger's business.
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  let name = "bolt";
  const line = (msg: readonly unknown[]) => msg.map(describe).join(" ");
  return {
    debug: (...msg: unknown[]) => logger.debug({ source: name }, line(msg)),
    info: (...msg: unknown[]) => logger.info({ source: name }, line(msg)),
    warn: (...msg: unknown[]) => logger.warn({ source: name }, line(msg)),
    error: (...msg: unknown[]) => logger.error({ source: name }, line(msg)),
    setLevel: () => {},
    getLevel: () => LogLevel.DEBUG,
    setName: (next: string) => {
      name = next;
    },
  };
}
