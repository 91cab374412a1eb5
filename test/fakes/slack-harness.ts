import { afterAll, beforeAll, beforeEach } from "vitest";
import { type LoadedBot, loadBot } from "../../src/adapters/knowledge/load-bot.ts";
import { createLogger } from "../../src/adapters/logger/create-logger.ts";
import { createOpenAiWriter } from "../../src/adapters/openai/openai-writer.ts";
import {
  createSlackApp,
  type SlackAppConfig,
  type SlackAppDeps,
  type SlackBot,
} from "../../src/adapters/slack/create-slack-app.ts";
import type { TransportPolicy } from "../../src/adapters/slack/reliability/slack-fetch.ts";
import type { SlackTutoring } from "../../src/adapters/slack/tutor/slack-tutor.ts";
import { createMemoryEventLedger } from "../../src/adapters/store/memory-event-ledger.ts";
import {
  createMemoryFeedbackStore,
  type MemoryFeedbackStore,
} from "../../src/adapters/store/memory-feedback-store.ts";
import { createMemoryMemos } from "../../src/adapters/store/memory-memos.ts";
import { createMemoryPreferenceStore } from "../../src/adapters/store/memory-preference-store.ts";
import { createMemoryRateWindows } from "../../src/adapters/store/memory-rate-windows.ts";
import { createMemoryStores } from "../../src/adapters/store/memory-stores.ts";
import type { CommandRunner } from "../../src/core/commands/run-command.ts";
import { type EventLedger, type PreferenceStore, silentLogger } from "../../src/core/ports.ts";
import { createFakeClock, type FakeClock } from "./fake-clock.ts";
import { type FakeSlackApi, startFakeSlackApi } from "./fake-slack-api.ts";
import { createMemoryLog, type MemoryLog } from "./memory-log.ts";
import { sequentialIds } from "./sequential-ids.ts";
import { postSigned, type SignedPost, TEST_SIGNING_SECRET } from "./signed-request.ts";

export const TEST_BOT_TOKEN = "xoxb-test-0000-secret-token";

/** Web API pacing and retries for tests: the real policy's shape, with millisecond waits. */
export const TEST_TRANSPORT: TransportPolicy = {
  attempts: 3,
  minBackoffMs: 1,
  maxBackoffMs: 5,
  attemptTimeoutMs: 5_000,
  pace: { intervalMs: 20, burst: 4 },
};

/** The stores createSlackApp takes, all in memory, for tests that build the app themselves. */
export function memorySlackStores() {
  const { feedback, preferences, ledger, rates, memos } = createMemoryStores();
  return { feedback, preferences, ledger, rates, memos };
}

export interface Harness {
  readonly api: FakeSlackApi;
  readonly bot: SlackBot;
  readonly eventsUrl: string;
  readonly origin: string;
  readonly feedback: MemoryFeedbackStore;
  readonly clock: FakeClock;
  readonly log: MemoryLog;
  send(post: SignedPost): Promise<{ status: number; text: string }>;
  /**
   * Between tests: let the last test's replies finish (a share deletes its private
   * copy after posting), then clear the recorded calls, so no late call lands in
   * the next test's record.
   */
  between(): Promise<void>;
  close(): Promise<void>;
}

let loaded: Promise<LoadedBot> | undefined;

/** The real core from the real knowledge/ folder, loaded once per test file. */
export function realBot(): Promise<LoadedBot> {
  loaded ??= loadBot("knowledge", { logger: silentLogger });
  return loaded;
}

export interface HarnessOptions {
  /** The delivery ledger; a test hands the same one to a second app to play a restart. */
  readonly ledger?: EventLedger;
  /** An already running fake Slack API (shared by a "restarted" app); closed by its owner. */
  readonly api?: FakeSlackApi;
  /** Overrides for the app's dependencies (pacing, retry waits, health thresholds). */
  readonly deps?: Partial<SlackAppDeps>;
  /** DM tutoring, with the test's own progress store. */
  readonly tutoring?: SlackTutoring;
  /** A persistent preference store (default: in memory). */
  readonly preferences?: PreferenceStore;
  /** A fake OpenAI server's base URL: answers are written by the "model", live (status, streaming). */
  readonly modelBaseUrl?: string;
  /** Sees every command the app runs, with its context (e.g. the previous turn). */
  readonly onRun?: (...args: Parameters<CommandRunner>) => void;
}

/** The core with a model writer pointed at a fake OpenAI server (no retries, short timeout). */
async function modelBot(baseURL: string): Promise<LoadedBot> {
  const writer = createOpenAiWriter({
    apiKey: "sk-test",
    baseURL,
    model: "fake-model",
    timeoutMs: 10_000,
    retry: { attempts: 1 },
  });
  return loadBot("knowledge", { logger: silentLogger, writer });
}

/** The real Bolt app over HTTP on a random port, against the fake Slack API. */
export async function startHarness(
  config: Partial<SlackAppConfig> = {},
  options: HarnessOptions = {},
): Promise<Harness> {
  const api = options.api ?? (await startFakeSlackApi());
  const { core, run: realRun } = options.modelBaseUrl
    ? await modelBot(options.modelBaseUrl)
    : await realBot();
  const onRun = options.onRun;
  const run: CommandRunner = onRun
    ? (command, ctx) => {
        onRun(command, ctx);
        return realRun(command, ctx);
      }
    : realRun;
  const clock = createFakeClock();
  const log = createMemoryLog();
  const feedback = createMemoryFeedbackStore();
  const bot = createSlackApp({
    config: {
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_APP_TOKEN: undefined,
      SLACK_API_URL: api.apiUrl,
      PORT: 0,
      RATE_LIMIT_PER_MINUTE: 10,
      ...config,
    },
    run,
    entries: core.kb.entries,
    feedback,
    preferences: options.preferences ?? createMemoryPreferenceStore(),
    ledger: options.ledger ?? createMemoryEventLedger(),
    rates: createMemoryRateWindows(),
    memos: createMemoryMemos(),
    ...(options.tutoring ? { tutoring: options.tutoring } : {}),
    logger: createLogger({ level: "debug", destination: log }),
    logLevel: "debug",
    clock,
    newId: sequentialIds(),
    // Short backoffs and a quick pace; a 429 still waits out its own Retry-After.
    transport: TEST_TRANSPORT,
    responseUrlPolicy: { attempts: 3, backoffMs: [5, 10], attemptTimeoutMs: 2_000 },
    ...options.deps,
    liveAnswers: options.modelBaseUrl !== undefined,
  });
  const { port } = await bot.start();
  const origin = `http://127.0.0.1:${port}`;
  const eventsUrl = `${origin}/slack/events`;
  return {
    api,
    bot,
    eventsUrl,
    origin,
    feedback,
    clock,
    log,
    send: (post) => postSigned(eventsUrl, post),
    async between() {
      await bot.settle();
      api.reset();
    },
    async close() {
      await bot.stop(5_000);
      if (!options.api) await api.close();
    },
  };
}

/**
 * Starts one harness for the test file (hooks registered here), settles and
 * clears it between tests, and closes it at the end. The returned handle
 * forwards to the running harness, so tests read `h.api`, `h.send(…)` as usual.
 */
export function useHarness(
  config: Partial<SlackAppConfig> = {},
  options: HarnessOptions | (() => HarnessOptions) = {},
): Harness {
  let current: Harness | undefined;
  const get = (): Harness => {
    if (!current) throw new Error("the Slack harness is not running: use it inside a test");
    return current;
  };
  beforeAll(async () => {
    current = await startHarness(config, typeof options === "function" ? options() : options);
  }, 30_000);
  afterAll(async () => {
    await current?.close();
  });
  beforeEach(() => get().between());
  return {
    get api() {
      return get().api;
    },
    get bot() {
      return get().bot;
    },
    get eventsUrl() {
      return get().eventsUrl;
    },
    get origin() {
      return get().origin;
    },
    get feedback() {
      return get().feedback;
    },
    get clock() {
      return get().clock;
    },
    get log() {
      return get().log;
    },
    send: (post) => get().send(post),
    between: () => get().between(),
    close: () => get().close(),
  };
}
