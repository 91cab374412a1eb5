import { type CommonConfig, loadConfig } from "../../config.ts";
import type { Logger } from "../../core/ports.ts";
import { AppError } from "../../errors.ts";
import { type LoadedBot, loadBot } from "../knowledge/load-bot.ts";
import { writerFromConfig } from "../openai/openai-writer.ts";
import { createStderrLogger } from "./stderr-logger.ts";

export interface CliContext extends LoadedBot {
  readonly config: CommonConfig;
  readonly logger: Logger;
}

/** Shared start-up for the terminal tools: config, stderr logging, validated knowledge. */
export async function bootstrapCli(
  env: Readonly<Record<string, string | undefined>>,
): Promise<CliContext> {
  const config = loadConfig(env, "cli");
  // Terminal tools are quiet (warn) unless LOG_LEVEL is set explicitly.
  const logger = createStderrLogger(env.LOG_LEVEL ? config.LOG_LEVEL : "warn");
  const writer = writerFromConfig(config, { logger });
  const bot = await loadBot(config.KNOWLEDGE_DIR, { logger, ...(writer ? { writer } : {}) });
  return { ...bot, config, logger };
}

/**
 * Runs a terminal tool's main and turns failures into one readable line on stderr
 * and a non-zero exit, never a stack trace for errors we raise on purpose.
 */
export function runCli(main: () => Promise<number | undefined>): void {
  // `npm run ask -- --jsonl < big | head` closes stdout early: that is the reader's
  // choice, not a failure worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      if (isUsageError(error)) {
        // A mistyped flag is the user's to fix, not a crash: one line, and the usage exit code.
        process.stderr.write(
          `error: ${error.message}; the README's command table lists the flags\n`,
        );
        process.exitCode = 2;
        return;
      }
      if (error instanceof AppError)
        process.stderr.write(`error [${error.code}]: ${error.message}\n`);
      else
        process.stderr.write(
          `unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
      process.exitCode = 1;
    },
  );
}

/** node:util parseArgs' own errors (an unknown flag, a missing value) say what the user typed wrong. */
function isUsageError(error: unknown): error is Error {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}
