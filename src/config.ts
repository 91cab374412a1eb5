import { z } from "zod";
import { ConfigError } from "./errors.ts";

/**
 * The only place environment variables are interpreted. Composition roots call
 * `loadConfig(process.env, surface)` once; everything else receives plain values.
 * Every error names the variable and how to fix it.
 */

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/**
 * An http(s) URL. A bare `z.url()` accepts `localhost:3000` (its scheme is
 * "localhost:") or `ftp://…`, which fail later, far from the setting; and its
 * "Invalid URL" would stand in for the message below, which names the fix.
 */
const httpUrl = optionalString.pipe(
  z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
);

const wholeNumber = (fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === "" ? fallback : Number(v)))
    .pipe(
      z
        .number({ error: "must be a number" })
        .int("must be a whole number")
        .nonnegative("must not be negative"),
    );

const positiveInt = (fallback: number) =>
  wholeNumber(fallback).pipe(z.number().positive("must be positive"));

/**
 * A Postgres connection URL. Checked here rather than at connect time so a typo
 * is reported with the setting's name; never echoed back, as it holds a password.
 */
const postgresUrl = optionalString.pipe(
  z
    .string()
    .refine((value) => {
      if (!URL.canParse(value)) return false;
      const url = new URL(value);
      return (
        (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== ""
      );
    }, "must be a postgres:// URL with a host")
    .optional(),
);

/**
 * Where state lives: Postgres when DATABASE_URL is set (several replicas share
 * it), else SQLite at DATABASE_PATH (one process). DATABASE_SSL overrides any
 * sslmode in the URL: `require` encrypts without checking the certificate,
 * `verify-full` checks it against the system CAs or DATABASE_SSL_CA.
 */
const DatabaseFields = {
  DATABASE_URL: postgresUrl,
  /** SQLite file for progress, settings, votes and the dedupe ledger; ":memory:" keeps nothing. */
  DATABASE_PATH: optionalString,
  DATABASE_POOL_SIZE: positiveInt(10).pipe(z.number().max(1000, "must be at most 1000")),
  DATABASE_SSL: optionalString.pipe(z.enum(["disable", "require", "verify-full"]).optional()),
  DATABASE_SSL_CA: optionalString,
};

const CommonSchema = z.object({
  ...DatabaseFields,
  KNOWLEDGE_DIR: optionalString.transform((v) => v ?? "knowledge"),
  LOG_LEVEL: optionalString
    .transform((v) => v ?? "info")
    .pipe(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: httpUrl,
  OPENAI_MODEL: optionalString.transform((v) => v ?? "gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: positiveInt(8000),
});

type DatabaseEnv = { DATABASE_URL?: string | undefined; DATABASE_PATH?: string | undefined };

/** Both set is a mistake worth stopping for: one of them would be silently ignored. */
function checkDatabase(env: DatabaseEnv, ctx: z.RefinementCtx): void {
  if (env.DATABASE_URL && env.DATABASE_PATH) {
    ctx.addIssue({
      code: "custom",
      path: ["DATABASE_PATH"],
      message: "cannot be used together with DATABASE_URL",
    });
  }
}

const SlackSchema = CommonSchema.extend({
  SLACK_BOT_TOKEN: z
    .string({ error: "is required" })
    .trim()
    .startsWith("xoxb-", "must start with xoxb-"),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString.pipe(
    z.string().startsWith("xapp-", "must start with xapp-").optional(),
  ),
  SLACK_API_URL: httpUrl,
  PORT: positiveInt(3000).pipe(z.number().max(65535)),
  RATE_LIMIT_PER_MINUTE: positiveInt(10),
  SHUTDOWN_DELAY_MS: wholeNumber(0).pipe(z.number().max(60_000, "must be at most 60000")),
}).superRefine(
  (env, ctx) => {
    checkDatabase(env, ctx);
    if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message: "is required in HTTP mode (no SLACK_APP_TOKEN set)",
      });
    }
  },
  // Run even when other fields failed, so one message names every missing variable.
  { when: () => true },
);

const FIXES: Record<string, string> = {
  SLACK_BOT_TOKEN:
    "copy the Bot User OAuth Token (xoxb-…) from your Slack app's OAuth & Permissions page",
  SLACK_SIGNING_SECRET:
    "copy the Signing Secret from your Slack app's Basic Information page, or set SLACK_APP_TOKEN for Socket Mode",
  SLACK_APP_TOKEN:
    "create an App-Level Token with connections:write (xapp-…) under Basic Information, or unset it for HTTP mode",
  SLACK_API_URL: "use a full URL such as https://slack.com/api/, or unset it",
  PORT: "use a port number between 1 and 65535, or unset it for 3000",
  RATE_LIMIT_PER_MINUTE: "use a whole number of questions per user per minute, e.g. 10",
  SHUTDOWN_DELAY_MS:
    "use the milliseconds to keep serving after SIGTERM while /healthz says not ready, e.g. 5000 on Kubernetes, 0 elsewhere",
  LOG_LEVEL: "use one of fatal, error, warn, info, debug, trace, silent",
  OPENAI_BASE_URL: "use a full URL such as https://api.openai.com/v1, or unset it",
  OPENAI_TIMEOUT_MS: "use a whole number of milliseconds, e.g. 8000",
  DATABASE_URL:
    "use postgres://user:password@host:5432/database (add ?sslmode=verify-full for TLS), or unset it for SQLite",
  DATABASE_PATH:
    "unset DATABASE_PATH to use Postgres at DATABASE_URL, or unset DATABASE_URL to use SQLite at DATABASE_PATH",
  DATABASE_POOL_SIZE: "use a whole number of connections per process, e.g. 10",
  DATABASE_SSL:
    "use disable, require or verify-full, or unset it to follow sslmode in DATABASE_URL",
};

/** Every environment variable the app reads, for checks that deploy files use only these. */
export const SETTING_NAMES: readonly string[] = Object.keys(SlackSchema.shape);

export type CommonConfig = z.infer<typeof CommonSchema>;
export type SlackConfig = z.infer<typeof SlackSchema>;

type Env = Readonly<Record<string, string | undefined>>;

function parseOrThrow<T>(schema: z.ZodType<T>, env: Env): T {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "environment");
    const fix = FIXES[name];
    const message =
      // An empty line in .env (NAME=) means "not set", like a missing variable.
      (env[name] ?? "").trim() === "" && issue.code !== "custom"
        ? "is required"
        : issue.code === "invalid_type"
          ? "is not valid"
          : issue.message;
    return fix ? `${name} ${message}: ${fix}` : `${name} ${message}`;
  });
  throw new ConfigError(issues);
}

export function loadConfig(env: Env, surface: "slack"): SlackConfig;
export function loadConfig(env: Env, surface: "cli"): CommonConfig;
export function loadConfig(env: Env, surface: "slack" | "cli"): SlackConfig | CommonConfig {
  return surface === "slack"
    ? parseOrThrow(SlackSchema, env)
    : parseOrThrow(CommonSchema.superRefine(checkDatabase, { when: () => true }), env);
}

/** The database the settings select, in the shape the store adapters take. */
export type DatabaseTarget =
  | { readonly kind: "sqlite"; readonly path: string }
  | {
      readonly kind: "postgres";
      readonly url: string;
      readonly poolSize: number;
      readonly ssl: "disable" | "require" | "verify-full" | undefined;
      readonly sslCaFile: string | undefined;
    };

/** Where SQLite keeps its file when neither DATABASE_URL nor DATABASE_PATH is set. */
export const DEFAULT_DATABASE_PATH = "./data/bot.db";

export type DatabaseConfig = Pick<CommonConfig, keyof typeof DatabaseFields>;

export function databaseTarget(config: DatabaseConfig): DatabaseTarget {
  if (config.DATABASE_URL === undefined)
    return { kind: "sqlite", path: config.DATABASE_PATH ?? DEFAULT_DATABASE_PATH };
  return {
    kind: "postgres",
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    // A CA file only makes sense for checking the server: it implies verify-full.
    ssl: config.DATABASE_SSL ?? (config.DATABASE_SSL_CA ? "verify-full" : undefined),
    sslCaFile: config.DATABASE_SSL_CA,
  };
}
