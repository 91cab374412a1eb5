import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/adapters/logger/create-logger.ts";
import { createSlackApp, type SlackBot } from "../../src/adapters/slack/create-slack-app.ts";
import { createFakeClock } from "../fakes/fake-clock.ts";
import {
  FAKE_BOT_ID,
  FAKE_BOT_USER_ID,
  type FakeSlackApi,
  type RecordedCall,
  startFakeSlackApi,
} from "../fakes/fake-slack-api.ts";
import {
  eventsApiEnvelope,
  type FakeSocketMode,
  slashCommandEnvelope,
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
import {
  CHANNEL_ID,
  dmEvent,
  eventCallback,
  mentionEvent,
  slashCommand,
} from "../fakes/slack-payloads.ts";
import { freePort, poll } from "../fakes/spawn-main.ts";

/**
 * The real Bolt app in Socket Mode (SLACK_APP_TOKEN set), with no internet:
 * apps.connections.open goes to the fake Web API through SLACK_API_URL, which
 * hands out the URL of a local WebSocket server that plays Slack's side.
 */

const TEST_APP_TOKEN = "xapp-1-A0APP-0000-test-app-token";

let socket: FakeSocketMode;
let api: FakeSlackApi;
let bot: SlackBot;
let log: MemoryLog;
let healthUrl: string;
/** apps.connections.open as recorded during start(), before the first reset. */
let connectCalls: RecordedCall[];

beforeAll(async () => {
  socket = await startFakeSocketMode();
  api = await startFakeSlackApi({ socketModeUrl: socket.url });
  const { core, run } = await realBot();
  // Socket Mode serves /healthz on PORT but does not report the port it bound, so pick one.
  const port = await freePort();
  healthUrl = `http://127.0.0.1:${port}/healthz`;
  log = createMemoryLog();
  bot = createSlackApp({
    config: {
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: undefined,
      SLACK_APP_TOKEN: TEST_APP_TOKEN,
      SLACK_API_URL: api.apiUrl,
      PORT: port,
      RATE_LIMIT_PER_MINUTE: 10,
    },
    run,
    entries: core.kb.entries,
    ...memorySlackStores(),
    logger: createLogger({ level: "debug", destination: log }),
    logLevel: "debug",
    clock: createFakeClock(),
    newId: sequentialIds(),
    transport: TEST_TRANSPORT,
  });
  await bot.start();
  connectCalls = api.callsTo("apps.connections.open");
}, 30_000);

afterAll(async () => {
  await bot?.stop(5_000);
  // The client closes its socket with a close handshake; wait for it so it does not
  // see the server go away first and schedule a reconnect.
  await socket?.waitDisconnected();
  await socket?.close();
  await api?.close();
}, 30_000);

beforeEach(() => {
  api.reset();
});

/** The fallback text and every mrkdwn text object: the only places Slack parses markup. */
function parsedTexts(body: Record<string, unknown>): string {
  const found: string[] = [String(body.text ?? "")];
  JSON.stringify(body.blocks, (_key, value: unknown) => {
    if (typeof value === "object" && value !== null && "type" in value && value.type === "mrkdwn")
      found.push(String((value as { text?: unknown }).text));
    return value;
  });
  return found.join("\n");
}

/** Everything the app posted, as one string, for escaping checks. */
function posted(body: Record<string, unknown>): string {
  return JSON.stringify({ text: body.text, blocks: body.blocks });
}

describe("Socket Mode connection", { timeout: 30_000 }, () => {
  it("opens the connection through SLACK_API_URL, then the WebSocket URL it was given", () => {
    expect(bot.mode).toBe("socket");
    expect(connectCalls).toHaveLength(1);
    expect(connectCalls[0]?.authorized).toBe(true);
    expect(socket.connections).toEqual(["/link/?ticket=fake-ticket&app_id=A0APP"]);
  });

  it("serves GET /healthz on PORT and reports socket mode", async () => {
    const body = await poll("/healthz", 15_000, async () => {
      const res = await fetch(healthUrl);
      return res.status === 200 ? ((await res.json()) as Record<string, unknown>) : undefined;
    });
    expect(body).toMatchObject({ status: "ok", mode: "socket" });
    expect(body).toHaveProperty("entries", expect.any(Number));
  });
});

describe("events_api envelopes", { timeout: 30_000 }, () => {
  it("acks an app_mention before answering, then posts in its thread with mentions escaped", async () => {
    const text = `<@${FAKE_BOT_USER_ID}> <!channel> <@U999> why was dockershim removed?`;
    const event = mentionEvent({ text });
    // Hold the reply: the ack must not wait for the answer (Slack's 3-second limit).
    const hold = api.hold("chat.postMessage");
    const envelopeId = socket.deliver(eventsApiEnvelope(eventCallback(event)));
    const ack = await socket.waitForAck(envelopeId);
    expect(ack.payload ?? {}).toEqual({});
    await hold.arrived;
    hold.release();
    const [call] = await api.waitFor("chat.postMessage");
    expect(call?.authorized).toBe(true);
    expect(call?.body.channel).toBe(CHANNEL_ID);
    expect(call?.body.thread_ts).toBe(event.ts);
    expect(posted(call?.body ?? {})).toMatch(/dockershim/i);
    // Markup is parsed only in mrkdwn and the fallback text: there it never appears raw.
    // (The question echo is plain_text and the answer rich_text: shown as written, never parsed.)
    const out = parsedTexts(call?.body ?? {});
    expect(out).not.toContain("<!channel>");
    expect(out).not.toContain("<@U999>");
    expect(JSON.stringify(call?.body.blocks)).toContain(
      '"type":"plain_text","text":"Question: <!channel>',
    );
  });

  it("answers once when Slack redelivers the same event_id with retry_attempt 1", async () => {
    const post = eventCallback(mentionEvent(), "EvSOCKETRETRY1");
    const first = socket.deliver(eventsApiEnvelope(post));
    await socket.waitForAck(first);
    const retry = socket.deliver(eventsApiEnvelope(post, { attempt: 1, reason: "timeout" }));
    // Repeats are acked too, or Slack keeps retrying them.
    await socket.waitForAck(retry);
    await api.waitFor("chat.postMessage");
    await bot.settle();
    expect(api.callsTo("chat.postMessage")).toHaveLength(1);
    const ignored = log.entries().find((e) => e.msg === "repeated delivery ignored");
    expect(ignored).toMatchObject({ retryNum: 1 });
  });

  it("acks but does not answer messages from bots, including itself", async () => {
    const ids = [
      socket.deliver(
        eventsApiEnvelope(eventCallback(dmEvent({ bot_id: "B0OTHER", text: "help" }))),
      ),
      socket.deliver(
        eventsApiEnvelope(
          eventCallback(dmEvent({ bot_id: FAKE_BOT_ID, user: FAKE_BOT_USER_ID, text: "help" })),
        ),
      ),
    ];
    for (const id of ids) await socket.waitForAck(id);
    await bot.settle();
    expect(api.callsTo("chat.postMessage")).toHaveLength(0);
  });
});

describe("slash_commands envelopes", { timeout: 30_000 }, () => {
  it("acks with an empty payload, then answers ephemerally through response_url", async () => {
    const envelopeId = socket.deliver(
      slashCommandEnvelope(slashCommand("help", api.responseUrl("socket-slash"))),
    );
    const ack = await socket.waitForAck(envelopeId);
    // Nothing shown until the real answer arrives, as in HTTP mode.
    expect(ack.payload ?? {}).toEqual({});
    const [call] = await api.waitFor("respond");
    expect(call?.body.response_type).toBe("ephemeral");
    expect(String(call?.body.text)).toContain("/k8s-runtime ask");
  });
});

describe("payloads Bolt cannot read", { timeout: 30_000 }, () => {
  it("acks a slash_commands envelope whose payload is null, logs it, and keeps answering", async () => {
    const broken = socket.deliver({
      type: "slash_commands",
      payload: null as unknown as Record<string, unknown>,
      accepts_response_payload: true,
    });
    await socket.waitForAck(broken);
    await log.waitFor((e) => e.msg === "payload without a type ignored");
    const next = socket.deliver(slashCommandEnvelope(slashCommand("help", api.responseUrl())));
    await socket.waitForAck(next);
    await api.waitFor("respond");
  });
});

describe("logs", { timeout: 30_000 }, () => {
  it("never contain the app-level or bot token, even at debug level", () => {
    const all = log.lines.join("\n");
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(TEST_APP_TOKEN);
    expect(all).not.toContain(TEST_BOT_TOKEN);
  });

  it("at debug level keep the SDK's lines but not the envelopes: no verification token, no question", async () => {
    const question = "zebra-question-7731 what is the CRI?";
    const from = log.lines.length;
    const mention = socket.deliver(
      eventsApiEnvelope(
        eventCallback(mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> ${question}` })),
      ),
    );
    await socket.waitForAck(mention);
    await api.waitFor("chat.postMessage");
    const slash = socket.deliver(slashCommandEnvelope(slashCommand(question, api.responseUrl())));
    await socket.waitForAck(slash);
    await api.waitFor("respond");
    await bot.settle();
    const lines = log.lines.slice(from).join("\n");
    expect(lines).toContain("Received a message on the WebSocket");
    expect(lines).not.toContain("zebra-question-7731");
    expect(lines).not.toContain("verification-token");
    expect(lines).not.toContain(TEST_BOT_TOKEN);
  });
});
