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

const positiveInt = (fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === "" ? fallback : Number(v)))
    .pipe(
      z
        .number({ error: "must be a number" })
        .int("must be a whole number")
        .positive("must be positive"),
    );

const CommonSchema = z.object({
  /** SQLite file for progress, settings, votes and the dedupe ledger; ":memory:" keeps nothing. */
  DATABASE_PATH: optionalString.transform((v) => v ?? "./data/bot.db"),
  KNOWLEDGE_DIR: optionalString.transform((v) => v ?? "knowledge"),
  LOG_LEVEL: optionalString
    .transform((v) => v ?? "info")
    .pipe(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: httpUrl,
  OPENAI_MODEL: optionalString.transform((v) => v ?? "gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: positiveInt(8000),
});

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
}).superRefine(
  (env, ctx) => {
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
  LOG_LEVEL: "use one of fatal, error, warn, info, debug, trace, silent",
  OPENAI_BASE_URL: "use a full URL such as https://api.openai.com/v1, or unset it",
  OPENAI_TIMEOUT_MS: "use a whole number of milliseconds, e.g. 8000",
};

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
  return surface === "slack" ? parseOrThrow(SlackSchema, env) : parseOrThrow(CommonSchema, env);
}
