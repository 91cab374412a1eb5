import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startFakeSlackApi } from "../../test/fakes/fake-slack-api.ts";
import { type Envelope, startFakeSocketMode } from "../../test/fakes/fake-socket-mode.ts";
import { postSigned, TEST_SIGNING_SECRET } from "../../test/fakes/signed-request.ts";
import { TEST_BOT_TOKEN } from "../../test/fakes/slack-harness.ts";
import { type RunningApp, restartApp, sleep, startApp, stopApp } from "./app.ts";
import { createChaos, createCollector, type PhaseResult } from "./collector.ts";
import { duplicateOf, type Item, makeItem } from "./traffic.ts";

/**
 * One soak phase: the real app under `npm start`, mixed traffic at `rate` per
 * second for `seconds`, Slack trouble throughout, a SIGTERM and a restart at
 * the middle, then a wait for every acked request's reply.
 */
export interface PhaseOptions {
  readonly seconds: number;
  readonly rate: number;
  /** Numbers items from here, so phases never share ids. */
  readonly firstId: number;
}

/** One database per phase, shared by the app and its restarted self (the delivery ledger lives there). */
const baseEnv = (apiUrl: string) => ({
  SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
  SLACK_API_URL: apiUrl,
  DATABASE_PATH: path.join(tmpdir(), `k8s-runtime-bot-soak-${process.pid}-${Date.now()}`, "bot.db"),
  LOG_LEVEL: "warn",
  // Every question answered: the soak counts replies, not rate-limit notices.
  RATE_LIMIT_PER_MINUTE: "100000",
});

/** Launches `send(n)` at `rate` a second for `seconds`, calling `at(fraction)` hooks once each. */
async function pump(
  options: PhaseOptions,
  send: (n: number) => void,
  hooks: readonly { readonly at: number; readonly run: () => Promise<void> }[],
): Promise<void> {
  const total = options.seconds * options.rate;
  const pending = [...hooks].sort((a, b) => a.at - b.at);
  for (let i = 0; i < total; i++) {
    const next = pending[0];
    if (next && i >= next.at * total) {
      pending.shift();
      await next.run();
    }
    send(options.firstId + i);
    await sleep(1000 / options.rate);
  }
}

export async function runHttpPhase(options: PhaseOptions): Promise<PhaseResult> {
  const chaos = createChaos(7);
  const api = await startFakeSlackApi({ chaos: chaos.chaos });
  const env = { ...baseEnv(api.apiUrl), SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET };
  const collector = createCollector();
  let app: RunningApp = await startApp(env);
  collector.watch(app.nodePid);
  const unacked: Item[] = [];
  let sigterm = { code: null as number | null, drainMs: 0 };
  let restartMs = 0;

  const deliver = async (item: Item, kind: "first" | "retry" | "duplicate", retryNum = 0) => {
    collector.sent(item, kind);
    const headers: Record<string, string> =
      retryNum > 0
        ? { "x-slack-retry-num": String(retryNum), "x-slack-retry-reason": "http_timeout" }
        : {};
    const started = performance.now();
    try {
      const res = await postSigned(`${app.main.origin}/slack/events`, { ...item.post, headers });
      if (res.status === 200) return collector.acked(item, performance.now() - started);
    } catch {
      // Refused while the app restarts: Slack would retry events; slash commands fail for the user.
    }
    if (item.kind === "mention" || item.kind === "dm") unacked.push(item);
  };

  const send = (n: number) => {
    const item = makeItem(n, api.apiUrl.replace(/\/api\/$/, ""));
    void deliver(item, "first");
    // Slack retries events it thinks timed out; slash commands and buttons are never retried.
    const isEvent = item.kind === "mention" || item.kind === "dm";
    if (isEvent && n % 7 === 0) setTimeout(() => void deliver(item, "retry", 1), 300);
    const dup = n % 17 === 0 ? duplicateOf(item, n) : undefined;
    if (dup) setTimeout(() => void deliver(dup, "duplicate"), 150);
  };

  const restart = async () => {
    ({ app, sigterm, restartMs } = await restartApp(app, env));
    collector.watch(app.nodePid, true);
    // Slack's retries of what it could not deliver meanwhile.
    for (const item of unacked.splice(0)) void deliver(item, "retry", 1);
  };

  // Not awaited: traffic keeps coming while the app drains and restarts, as it would from Slack.
  let restarted: Promise<void> = Promise.resolve();
  const startRestart = async () => {
    restarted = restart();
  };
  await pump(options, send, [{ at: 0.5, run: startRestart }]);
  await restarted;
  for (const item of unacked.splice(0)) void deliver(item, "retry", 2);
  chaos.stop();
  await collector.settle(api, 90_000);
  const result = collector.finish(api, {
    mode: "http",
    faults: { ...chaos.counts },
    reconnectMs: [],
    sigterm,
    restartMs,
  });
  await stopApp(app);
  await api.close();
  return result;
}

export async function runSocketPhase(options: PhaseOptions): Promise<PhaseResult> {
  const chaos = createChaos(11);
  const socket = await startFakeSocketMode();
  const api = await startFakeSlackApi({ socketModeUrl: socket.url, chaos: chaos.chaos });
  const env = { ...baseEnv(api.apiUrl), SLACK_APP_TOKEN: "xapp-1-A0APP-soak" };
  const collector = createCollector();
  let app: RunningApp = await startApp(env);
  collector.watch(app.nodePid);
  const inFlight = new Map<string, { item: Item; sentAt: number; attempt: number }>();
  const waiting: { item: Item; attempt: number }[] = [];
  const reconnectMs: number[] = [];
  let outageReconnectMs: number | undefined;
  let sigterm = { code: null as number | null, drainMs: 0 };
  let restartMs = 0;

  const deliver = (item: Item, attempt: number, kind: "first" | "retry" | "duplicate") => {
    collector.sent(item, kind);
    if (socket.openCount === 0) return void waiting.push({ item, attempt });
    const envelope: Envelope = {
      type: item.envelope.type,
      payload: item.envelope.payload,
      accepts_response_payload: item.envelope.type !== "events_api",
      ...(attempt > 0 ? { retry_attempt: attempt, retry_reason: "timeout" } : {}),
    };
    const id = socket.deliver(envelope);
    inFlight.set(id, { item, sentAt: Date.now(), attempt });
  };

  // Slack's side: count acks; redeliver what was not acked in 3 s, and what waited for a socket.
  let seenAcks = 0;
  const watcher = setInterval(() => {
    const acks = socket.acks.slice(seenAcks);
    seenAcks += acks.length;
    for (const ack of acks) {
      const sent = inFlight.get(ack.envelope_id);
      if (!sent) continue;
      inFlight.delete(ack.envelope_id);
      collector.acked(sent.item, (ack.at ?? Date.now()) - sent.sentAt);
    }
    const now = Date.now();
    for (const [id, sent] of inFlight) {
      if (now - sent.sentAt < 3_000 || sent.attempt >= 3) continue;
      inFlight.delete(id);
      deliver(sent.item, sent.attempt + 1, "retry");
    }
    if (socket.openCount > 0)
      for (const w of waiting.splice(0)) deliver(w.item, w.attempt, "retry");
  }, 100);

  const dropAndTime = async (): Promise<number> => {
    const before = socket.connectedAt.length;
    const dropped = Date.now();
    socket.dropAll();
    for (let i = 0; i < 600 && socket.connectedAt.length === before; i++) await sleep(50);
    return (socket.connectedAt[before] ?? Number.NaN) - dropped;
  };

  const send = (n: number) => {
    const item = makeItem(n, api.apiUrl.replace(/\/api\/$/, ""));
    deliver(item, 0, "first");
    const dup = n % 17 === 0 ? duplicateOf(item, n) : undefined;
    if (dup) setTimeout(() => deliver(dup, 0, "duplicate"), 150);
  };

  const hooks = [0.2, 0.35, 0.85].map((at) => ({
    at,
    run: async () => void reconnectMs.push(await dropAndTime()),
  }));
  hooks.push({
    at: 0.5,
    run: async () => {
      // apps.connections.open fails for 8 s; the bot keeps trying and is back soon after.
      api.outage("apps.connections.open", 500);
      setTimeout(() => api.recover("apps.connections.open"), 8_000);
      outageReconnectMs = await dropAndTime();
    },
  });
  let restarted: Promise<void> = Promise.resolve();
  const restart = async () => {
    ({ app, sigterm, restartMs } = await restartApp(app, env));
    collector.watch(app.nodePid, true);
  };
  // Not awaited: envelopes keep coming (and wait for a socket) while the app restarts.
  hooks.push({
    at: 0.7,
    run: async () => {
      restarted = restart();
    },
  });
  await pump(options, send, hooks);
  await restarted;
  chaos.stop();
  await collector.settle(api, 90_000);
  clearInterval(watcher);
  const result = collector.finish(api, {
    mode: "socket",
    faults: {
      ...chaos.counts,
      "apps.connections.open 500": api.calls.filter(
        (c) => c.method === "apps.connections.open" && c.status === 500,
      ).length,
    },
    reconnectMs,
    ...(outageReconnectMs !== undefined ? { outageReconnectMs } : {}),
    sigterm,
    restartMs,
  });
  await stopApp(app);
  await socket.close();
  await api.close();
  return result;
}
