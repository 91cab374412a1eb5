import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { CommonConfig } from "../../config.ts";
import type { Logger } from "../../core/ports.ts";

type AppLogLevel = CommonConfig["LOG_LEVEL"];

/**
 * Bolt, the Socket Mode client and the Web API client log through this, into
 * the app's logger, so their lines are JSON like ours. pino's redaction only
 * sees object fields, and the SDKs put everything into the message string, so
 * the string is scrubbed here.
 */

const BOLT_LEVEL: Record<AppLogLevel, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

const TOKEN = /\b(?:xox[a-z]|xapp)-[A-Za-z0-9-]+/g;
/** `"token":"…"` in JSON (Slack's legacy verification token rides in every envelope). */
const TOKEN_FIELD = /("token"\s*:\s*)"[^"]*"/g;
const TOKEN_PARAM = /\btoken=[^&\s]+/g;

/** Token-like substrings replaced, at every level. */
export function redactTokens(text: string): string {
  return text
    .replace(TOKEN, "[redacted]")
    .replace(TOKEN_FIELD, '$1"[redacted]"')
    .replace(TOKEN_PARAM, "token=[redacted]");
}

/**
 * SDK debug lines put whole payloads after a label ("Received a message on the
 * WebSocket: {…}", "http request body: {…}"): envelopes with user text, our
 * replies. Keep the label, drop the payload.
 */
function withoutPayload(text: string): string {
  const start = text.search(/[{[]/);
  return start < 0 ? text : `${text.slice(0, start)}[payload omitted]`;
}

function describe(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Error) return value.message;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** pino's numbers: a line is written when its level is at least the logger's. */
const RANK: Record<AppLogLevel, number> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
  silent: Number.POSITIVE_INFINITY,
};

function skip(): void {}

export function toBoltLogger(logger: Logger, level: AppLogLevel = "info"): BoltLogger {
  let name = "bolt";
  const line = (msg: readonly unknown[]) => redactTokens(msg.map(describe).join(" "));
  // Bolt calls debug() on every request (ack begins, response sent) whatever its level;
  // a line below LOG_LEVEL is dropped before it is joined and scrubbed, not after.
  const at = (lineLevel: "debug" | "info" | "warn" | "error") => RANK[lineLevel] >= RANK[level];
  return {
    debug: at("debug")
      ? (...msg: unknown[]) => logger.debug({ source: name }, withoutPayload(line(msg)))
      : skip,
    info: at("info") ? (...msg: unknown[]) => logger.info({ source: name }, line(msg)) : skip,
    warn: at("warn") ? (...msg: unknown[]) => logger.warn({ source: name }, line(msg)) : skip,
    error: at("error") ? (...msg: unknown[]) => logger.error({ source: name }, line(msg)) : skip,
    // The level is LOG_LEVEL's business; the SDKs read it to skip building debug lines.
    setLevel: () => {},
    getLevel: () => BOLT_LEVEL[level],
    setName: (next: string) => {
      name = next;
    },
  };
}
