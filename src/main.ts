import { randomUUID } from "node:crypto";
import dotenv from "dotenv";
import { loadBot } from "./adapters/knowledge/load-bot.ts";
import { createLogger } from "./adapters/logger/create-logger.ts";
import { writerFromConfig } from "./adapters/openai/openai-writer.ts";
import { createSlackApp } from "./adapters/slack/create-slack-app.ts";
import { createMemoryFeedbackStore } from "./adapters/store/memory-feedback-store.ts";
import { createMemoryPreferenceStore } from "./adapters/store/memory-preference-store.ts";
import { loadConfig } from "./config.ts";
import { AppError } from "./errors.ts";

/**
 * Composition root of the Slack bot: the only place that reads process.env (via
 * .env and loadConfig), builds the adapters and wires signals to shutdown.
 */

/** How long SIGTERM waits for replies already being worked on. */
const DRAIN_MS = 10_000;

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env, "slack");
  const logger = createLogger({ level: config.LOG_LEVEL });
  const writer = writerFromConfig(config, { logger });
  const { core, run } = await loadBot(config.KNOWLEDGE_DIR, {
    logger,
    ...(writer ? { writer } : {}),
  });
  const bot = createSlackApp({
    config,
    run,
    entries: core.kb.entries,
    feedback: createMemoryFeedbackStore(),
    preferences: createMemoryPreferenceStore(),
    logger,
    logLevel: config.LOG_LEVEL,
    clock: { now: () => Date.now() },
    newId: randomUUID,
    liveAnswers: writer !== undefined,
  });
  await bot.start();
  logger.info({ model: writer ? config.OPENAI_MODEL : "offline" }, "answers ready");

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: no new requests, finishing replies in flight");
    bot.stop(DRAIN_MS).then(
      ({ unfinished }) => {
        if (unfinished > 0) logger.warn({ unfinished }, "replies still running at exit");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(
          { err: error instanceof Error ? error.message : String(error) },
          "stop failed",
        );
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  // Errors we raise on purpose (config, knowledge, token) already say what to fix.
  if (error instanceof AppError) process.stderr.write(`error [${error.code}]: ${error.message}\n`);
  else
    process.stderr.write(
      `unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  process.exit(1);
});
