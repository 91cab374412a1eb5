import { Agent } from "node:http";
import { performance } from "node:perf_hooks";
import { startThrowawayPostgres } from "../scripts/throwaway-postgres.ts";
import { FAKE_BOT_USER_ID, startFakeSlackApi } from "../test/fakes/fake-slack-api.ts";
import { startReplicas } from "../test/fakes/replicas.ts";
import { eventCallback, mentionEvent } from "../test/fakes/slack-payloads.ts";
import type { MainProcess } from "../test/fakes/spawn-main.ts";
import { postOverAgent, rssBytes } from "./bench-http.ts";

/**
 * npm run bench:slack -- --replicas N
 *
 * N `npm start` processes on one throwaway Postgres and one fake Slack API.
 * Every mention is delivered twice, to two different replicas (to the same
 * one when N is 1), as a Slack retry landing elsewhere would be. Reports acks,
 * answers per second, duplicates and lost answers (both must be 0). Bounded:
 * a fixed number of events, every wait has a deadline, loopback only.
 */

const EVENTS = 300;
const CONCURRENCY = 20;
const WARMUP = 40;
const QUESTIONS = [
  "why was dockershim removed?",
  "what sits between the kubelet and runc?",
  "도커심은 왜 제거됐어?",
  "what is cri-dockerd?",
  "diagram new",
];

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

async function fire(replicas: readonly MainProcess[], total: number) {
  const agents = replicas.map(() => new Agent({ keepAlive: true, maxSockets: CONCURRENCY }));
  const events = Array.from({ length: total }, (_, i) => {
    const event = mentionEvent({
      text: `<@${FAKE_BOT_USER_ID}> ${QUESTIONS[i % QUESTIONS.length]}`,
      user: `UBENCH${i % 40}`,
      // One channel each: posts are paced per channel at Slack's one a second,
      // and this measures the replicas, not that pace.
      channel: `C0BENCH${i}`,
    });
    return { ts: event.ts, body: eventCallback(event).body };
  });
  const latencies: number[] = [];
  let failures = 0;
  let nextIndex = 0;
  const worker = async () => {
    for (let i = nextIndex++; i < events.length; i = nextIndex++) {
      const event = events[i];
      if (!event) continue;
      const targets = [i % replicas.length, (i + 1) % replicas.length];
      await Promise.all(
        targets.map(async (r) => {
          const replica = replicas[r];
          const agent = agents[r];
          if (!replica || !agent) return;
          const t0 = performance.now();
          const status = await postOverAgent(
            agent,
            new URL("/slack/events", replica.origin),
            event.body,
            "application/json",
          ).catch(() => 0);
          latencies.push(performance.now() - t0);
          if (status !== 200) failures++;
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  for (const agent of agents) agent.destroy();
  return { events, latencies: latencies.sort((a, b) => a - b), failures };
}

export async function runReplicaBench(count: number): Promise<boolean> {
  const db = await startThrowawayPostgres();
  const api = await startFakeSlackApi();
  let replicas: MainProcess[] = [];
  try {
    replicas = await startReplicas(count, {
      databaseUrl: db.url,
      apiUrl: api.apiUrl,
      // Questions are not rate limited here: the bench measures throughput, not the limiter.
      env: { LOG_LEVEL: "warn", RATE_LIMIT_PER_MINUTE: "1000000" },
    });
    // Warm-up, not counted: JIT, first diagram renders, the pools' connections.
    const warm = await fire(replicas, WARMUP);
    await api.waitFor("chat.postMessage", warm.events.length, 120_000).catch(() => undefined);
    api.reset();
    const started = performance.now();
    const { events, latencies, failures } = await fire(replicas, EVENTS);
    const acked = performance.now() - started;
    await api.waitFor("chat.postMessage", events.length, 300_000).catch(() => undefined);
    const answered = performance.now() - started;
    const rss = replicas.map((r) => (rssBytes(r.child.pid) ?? Number.NaN) / 2 ** 20);
    // Stop every replica (drain), so no reply still in flight is missed by the count.
    for (const replica of replicas) replica.child.kill("SIGTERM");
    const codes = await Promise.all(replicas.map((r) => r.exited));
    const perEvent = new Map<unknown, number>(events.map((e) => [e.ts, 0]));
    for (const call of api.callsTo("chat.postMessage")) {
      const ts = call.body.thread_ts;
      if (perEvent.has(ts)) perEvent.set(ts, (perEvent.get(ts) ?? 0) + 1);
    }
    const counts = [...perEvent.values()];
    const duplicates = counts.filter((c) => c > 1).length;
    const lost = counts.filter((c) => c === 0).length;
    const rows: [string, string][] = [
      ["replicas", String(count)],
      ["events (each delivered twice)", `${events.length} (${latencies.length} deliveries)`],
      ["acks 200", `${latencies.length - failures} of ${latencies.length}`],
      [
        "ack p50 / p99",
        `${percentile(latencies, 50).toFixed(1)} / ${percentile(latencies, 99).toFixed(1)} ms`,
      ],
      ["all deliveries acked in", `${(acked / 1000).toFixed(2)} s`],
      ["answers per second", (events.length / (answered / 1000)).toFixed(1)],
      ["duplicates (must be 0)", String(duplicates)],
      ["lost answers (must be 0)", String(lost)],
      ["RSS per replica", rss.map((mb) => `${mb.toFixed(0)} MB`).join(", ")],
      ["exit codes after SIGTERM", codes.join(", ")],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(
      `\nslack bench, ${count} replica(s) on one Postgres (${CONCURRENCY} concurrent; node ${process.version})`,
    );
    for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
    return duplicates === 0 && lost === 0 && failures === 0;
  } finally {
    await Promise.all(replicas.map((r) => r.dispose()));
    await api.close();
    await db.stop();
  }
}
