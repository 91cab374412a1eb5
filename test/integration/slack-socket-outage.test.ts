import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/adapters/logger/create-logger.ts";
import { createSlackApp, type SlackBot } from "../../src/adapters/slack/create-slack-app.ts";
import type { AppError } from "../../src/errors.ts";
import { createFakeClock } from "../fakes/fake-clock.ts";
import { type FakeSlackApi, startFakeSlackApi } from "../fakes/fake-slack-api.ts";
import {
  eventsApiEnvelope,
  type FakeSocketMode,
  startFakeSocketMode,
} from "../fakes/fake-socket-mode.ts";
import { createMemoryLog, type MemoryLog } from "../fakes/memory-log.ts";
import { sequentialIds } from "../fakes/sequential-ids.ts";
import {
  memorySlackStores,
  realBot,
  TEST_BOT_TOKEN,
  TEST_TRANSPORT,
} from "../fakes/slack-harness.ts";
import { eventCallback, mentionEvent } from "../fakes/slack-payloads.ts";
import { freePort, poll } from "../fakes/spawn-main.ts";

/**
 * Socket Mode through an outage: apps.connections.open answers 500 for a
 * while, then Slack recovers. The bot keeps trying (no give-up, no crash),
 * /healthz says 503 with the reason meanwhile, and 200 once reconnected. A
 * token Slack stops accepting ends it with one line naming SLACK_APP_TOKEN.
 */

const APP_TOKEN = "xapp-1-A0APP-0000-outage-token";
const TIMING = {
  minBackoffMs: 20,
  maxBackoffMs: 100,
  connectTimeoutMs: 2_000,
  unhealthyAfterMs: 300,
};

let socket: FakeSocketMode;
let api: FakeSlackApi;
let bot: SlackBot;
let log: MemoryLog;
let healthUrl: string;
const fatal: AppError[] = [];

async function build(apiUrl: string, port: number, destination: MemoryLog): Promise<SlackBot> {
  const { core, run } = await realBot();
  return createSlackApp({
    config: {
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: undefined,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: apiUrl,
      PORT: port,
      RATE_LIMIT_PER_MINUTE: 10,
    },
    run,
    entries: core.kb.entries,
    ...memorySlackStores(),
    logger: createLogger({ level: "debug", destination }),
    logLevel: "debug",
    clock: createFakeClock(),
    newId: sequentialIds(),
    transport: TEST_TRANSPORT,
    socketTiming: TIMING,
    onFatal: (error) => void fatal.push(error),
  });
}

async function health(): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(healthUrl);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  socket = await startFakeSocketMode();
  api = await startFakeSlackApi({ socketModeUrl: socket.url });
  const port = await freePort();
  healthUrl = `http://127.0.0.1:${port}/healthz`;
  log = createMemoryLog();
  bot = await build(api.apiUrl, port, log);
  await bot.start();
}, 30_000);

afterAll(async () => {
  await bot?.stop(5_000);
  await socket?.close();
  await api?.close();
}, 30_000);

describe("Socket Mode outage", { timeout: 30_000 }, () => {
  it("keeps retrying through a 500 outage, reports 503 with the reason, then reconnects and answers", async () => {
    expect((await health()).status).toBe(200);
    api.outage("apps.connections.open", 500);
    socket.dropAll();
    const down = await poll("/healthz 503", 10_000, async () => {
      const h = await health();
      return h.status === 503 ? h : undefined;
    });
    expect(down.body).toMatchObject({ status: "disconnected", mode: "socket" });
    expect(String(down.body.reason)).toMatch(
      /Socket Mode disconnected for \d+ s \(last error: HTTP 500\)/,
    );
    // Still trying, well past the five tries of the old policy.
    await poll("more attempts", 10_000, async () =>
      api.calls.filter((c) => c.method === "apps.connections.open" && c.status === 500).length >= 6
        ? true
        : undefined,
    );
    expect(fatal).toEqual([]);

    api.recover("apps.connections.open");
    await socket.waitConnected();
    const up = await poll("/healthz 200", 10_000, async () => {
      const h = await health();
      return h.status === 200 && h.body.status === "ok" ? h : undefined;
    });
    expect(up.body).toMatchObject({ status: "ok", mode: "socket" });
    expect(log.entries()).toContainEqual(
      expect.objectContaining({ msg: "socket mode connected", downMs: expect.any(Number) }),
    );

    api.reset();
    const envelopeId = socket.deliver(eventsApiEnvelope(eventCallback(mentionEvent())));
    await socket.waitForAck(envelopeId);
    await api.waitFor("chat.postMessage");
  });

  it("reconnects after a dropped socket with Slack up", async () => {
    const before = socket.connections.length;
    socket.dropAll();
    await poll("a new connection", 10_000, async () =>
      socket.connections.length > before ? true : undefined,
    );
    await socket.waitConnected();
  });

  it("ends with one line naming SLACK_APP_TOKEN when Slack revokes the token while running", async () => {
    api.failNext("apps.connections.open", "token_revoked");
    socket.dropAll();
    await poll("onFatal", 10_000, async () => (fatal.length > 0 ? true : undefined));
    expect(fatal[0]?.message).toContain("Slack rejected SLACK_APP_TOKEN (token_revoked)");
    expect(fatal[0]?.message).not.toContain("\n");
    expect(log.lines.join("\n")).not.toContain(APP_TOKEN);
  });
});

describe("Socket Mode start-up", { timeout: 30_000 }, () => {
  it("rejects start() naming SLACK_APP_TOKEN on invalid_auth, without retrying", async () => {
    // This fake has no socket server: apps.connections.open answers invalid_auth.
    const noSocket = await startFakeSlackApi();
    const other = await build(noSocket.apiUrl, await freePort(), createMemoryLog());
    try {
      await expect(other.start()).rejects.toThrow(
        /Slack rejected SLACK_APP_TOKEN \(invalid_auth\)/,
      );
      expect(noSocket.calls.filter((c) => c.method === "apps.connections.open")).toHaveLength(1);
    } finally {
      await other.stop(1_000);
      await noSocket.close();
    }
  });
});
