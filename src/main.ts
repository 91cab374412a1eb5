import { randomUUID } from "node:crypto";
import dotenv from "dotenv";
import { checkKnowledgeDir } from "./adapters/knowledge/check-dir.ts";
import { loadBot } from "./adapters/knowledge/load-bot.ts";
import { loadCurriculum } from "./adapters/knowledge/load-curriculum.ts";
import { createLogger } from "./adapters/logger/create-logger.ts";
import { writerFromConfig } from "./adapters/openai/openai-writer.ts";
import { fatalLine, guardProcess } from "./adapters/process/process-guard.ts";
import { createSlackApp } from "./adapters/slack/create-slack-app.ts";
import { describeDatabase, openStores } from "./adapters/store/open-stores.ts";
import { databaseTarget, loadConfig } from "./config.ts";
import { createTutor } from "./core/tutor/engine.ts";
import { createTutorService } from "./core/tutor/tutor-service.ts";

/**
 * Composition root of the Slack bot: the only place that reads process.env (via
 * .env and loadConfig), builds the adapters and wires signals to shutdown.
 */

/** How long SIGTERM waits for replies in flight: past one Slack call timeout; deploy/ allows 40 s in all. */
const DRAIN_MS = 25_000;

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env, "slack");
  const logger = createLogger({ level: config.LOG_LEVEL });
  guardProcess(process, logger);
  const writer = writerFromConfig(config, { logger });
  await checkKnowledgeDir(config.KNOWLEDGE_DIR);
  const { core, run, draw } = await loadBot(config.KNOWLEDGE_DIR, {
    logger,
    ...(writer ? { writer } : {}),
  });
  const entries = new Map(core.kb.entries.map((e) => [e.id, e]));
  const curriculum = await loadCurriculum(config.KNOWLEDGE_DIR, new Set(entries.keys()));
  const clock = { now: () => Date.now() };
  // Opened before Slack starts: a bad DATABASE_PATH or DATABASE_URL stops start-up with one clear line.
  const database = databaseTarget(config);
  const stores = await openStores(database, { logger });
  const tutoring = {
    service: createTutorService({
      tutor: createTutor(curriculum, core.index.tokenize),
      store: stores.progress,
      clock,
      logger,
    }),
    view: {
      curriculum,
      entryTitle: (id: string, lang: "ko" | "en") => entries.get(id)?.[lang].title,
      // Narrow: a lesson's diagram must fit a phone's Slack.
      diagram: (name: Parameters<typeof draw>[0], lang: "ko" | "en") =>
        draw(name, { lang, width: "narrow", style: "unicode" }),
    },
  };
  let stopping = false;
  const stopThenExit = (code: number) => {
    if (stopping) return;
    stopping = true;
    bot
      .stop(DRAIN_MS, config.SHUTDOWN_DELAY_MS)
      .then(async (result) => {
        await stores.close();
        return result;
      })
      .then(
        ({ unfinished }) => {
          if (unfinished > 0) logger.warn({ unfinished }, "replies still running at exit");
          process.exit(code);
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
  const bot = createSlackApp({
    config,
    run,
    entries: core.kb.entries,
    feedback: stores.feedback,
    preferences: stores.preferences,
    // In the database: a Slack retry reaching a restarted process or another replica is answered once.
    ledger: stores.ledger,
    rates: stores.rates,
    memos: stores.memos,
    tutoring,
    logger,
    logLevel: config.LOG_LEVEL,
    clock,
    newId: randomUUID,
    liveAnswers: writer !== undefined,
    // Several replicas share Postgres: each reads a thread's turns from Slack.
    cacheThreads: database.kind === "sqlite",
    // Socket Mode lost its token while running (revoked, app uninstalled): nothing to wait for.
    onFatal: (error) => {
      process.stderr.write(`${fatalLine(error)}\n`);
      stopThenExit(1);
    },
  });
  // Registered before start(): Socket Mode may wait a long time for Slack to come back.
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "stopping: no new requests, finishing replies in flight");
    stopThenExit(0);
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
  await bot.start();
  logger.info(
    { model: writer ? config.OPENAI_MODEL : "offline", database: describeDatabase(database) },
    "answers ready",
  );
}

main().catch((error: unknown) => {
  // One line: errors we raise on purpose (config, knowledge, token, database) already say what to fix.
  process.stderr.write(`${fatalLine(error)}\n`);
  process.exit(1);
});
