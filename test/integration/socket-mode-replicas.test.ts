import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/adapters/logger/create-logger.ts";
import { createSlackApp, type SlackBot } from "../../src/adapters/slack/create-slack-app.ts";
import { openPostgresStores } from "../../src/adapters/store/postgres/open-postgres.ts";
import type { OpenStores } from "../../src/adapters/store/stores.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { createFakeClock } from "../fakes/fake-clock.ts";
import { FAKE_BOT_USER_ID, type FakeSlackApi, startFakeSlackApi } from "../fakes/fake-slack-api.ts";
import {
  eventsApiEnvelope,
  type FakeSocketMode,
  startFakeSocketMode,
} from "../fakes/fake-socket-mode.ts";
import { createMemoryLog } from "../fakes/memory-log.ts";
import { realBot, TEST_BOT_TOKEN, TEST_TRANSPORT } from "../fakes/slack-harness.ts";
import { eventCallback, mentionEvent } from "../fakes/slack-payloads.ts";
import { freePort, poll } from "../fakes/spawn-main.ts";
import { usePostgres } from "../helpers/postgres.ts";

/**
 * Socket Mode with two replicas: each opens its own connection, Slack spreads
 * events over them (and may deliver one on both, e.g. a retry), and the
 * shared Postgres ledger keeps one reply per event.
 */

const postgres = usePostgres();
let socket: FakeSocketMode;
let api: FakeSlackApi;
const bots: SlackBot[] = [];
const stores: OpenStores[] = [];

beforeAll(async () => {
  socket = await startFakeSocketMode();
  api = await startFakeSlackApi({ socketModeUrl: socket.url });
  const { core, run } = await realBot();
  const db = await postgres.freshDatabase();
  for (const name of ["a", "b"]) {
    const opened = await openPostgresStores(db, { logger: silentLogger });
    stores.push(opened);
    let n = 0;
    const bot = createSlackApp({
      config: {
        SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
        SLACK_SIGNING_SECRET: undefined,
        SLACK_APP_TOKEN: "xapp-1-A0APP-0000-test-app-token",
        SLACK_API_URL: api.apiUrl,
        PORT: await freePort(),
        RATE_LIMIT_PER_MINUTE: 1000,
      },
      run,
      entries: core.kb.entries,
      feedback: opened.feedback,
      preferences: opened.preferences,
      ledger: opened.ledger,
      rates: opened.rates,
      memos: opened.memos,
      logger: createLogger({ level: "warn", destination: createMemoryLog() }),
      clock: createFakeClock(),
      newId: () => `${name}-${++n}`,
      transport: TEST_TRANSPORT,
    });
    await bot.start();
    bots.push(bot);
  }
  await poll("two connections", 15_000, async () => (socket.openCount === 2 ? true : undefined));
}, 120_000);

afterAll(async () => {
  for (const bot of bots) await bot.stop(5_000);
  await socket?.waitDisconnected();
  await socket?.close();
  await api?.close();
  for (const opened of stores) await opened.close();
}, 60_000);

describe("Socket Mode, two replicas on one Postgres", { timeout: 60_000 }, () => {
  it("answers every event once, whether it reaches one connection or both", async () => {
    const events = Array.from({ length: 12 }, (_, i) =>
      mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> what is CRI? (${i})` }),
    );
    const envelopeIds = events.flatMap((event, i) => {
      const envelope = eventsApiEnvelope(eventCallback(event));
      // Spread over the two connections; every third one also arrives on the other.
      const first = socket.deliver(envelope, i % 2);
      return i % 3 === 0 ? [first, socket.deliver(envelope, (i + 1) % 2)] : [first];
    });
    await Promise.all(envelopeIds.map((id) => socket.waitForAck(id)));
    await api.waitFor("chat.postMessage", events.length, 30_000);
    // Let any second reply that was going to happen arrive before counting.
    for (const bot of bots) await bot.settle(10_000);
    const threads = api.callsTo("chat.postMessage").map((c) => c.body.thread_ts);
    for (const event of events) expect(threads.filter((t) => t === event.ts)).toHaveLength(1);
    // Both replicas answered some: Slack's spreading reached both.
    const keys = api.callsTo("chat.postMessage").map((c) => JSON.stringify(c.body.blocks));
    expect(keys.some((k) => k.includes('\\"k\\":\\"a-'))).toBe(true);
    expect(keys.some((k) => k.includes('\\"k\\":\\"b-'))).toBe(true);
  });
});
