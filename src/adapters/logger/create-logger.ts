import pino from "pino";
import type { Logger } from "../../core/ports.ts";

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

/**
 * Field names that may carry credentials anywhere in a log object, at the top
 * level or one or two levels down (Bolt and the Web API client nest them in
 * `body`, `headers`, `data`, `err`). pino replaces them with "[redacted]".
 */
const SECRET_KEYS = [
  "token",
  "botToken",
  "bot_token",
  "appToken",
  "app_token",
  "userToken",
  "secret",
  "signingSecret",
  "signing_secret",
  "clientSecret",
  "client_secret",
  "authorization",
  "Authorization",
  "apiKey",
  "api_key",
  "password",
];

export const REDACT_PATHS: readonly string[] = SECRET_KEYS.flatMap((key) => [
  key,
  `*.${key}`,
  `*.*.${key}`,
]);

export interface CreateLoggerOptions {
  readonly level: LogLevel;
  /** Where JSON lines go; stdout when omitted (tests pass a sink). */
  readonly destination?: pino.DestinationStream;
}

/** JSON logs through pino with credentials redacted wherever they appear. */
export function createLogger(options: CreateLoggerOptions): Logger & { readonly level: string } {
  const pinoOptions: pino.LoggerOptions = {
    level: options.level,
    base: { app: "k8s-runtime-bot" },
    redact: { paths: [...REDACT_PATHS], censor: "[redacted]" },
  };
  return options.destination ? pino(pinoOptions, options.destination) : pino(pinoOptions);
}
