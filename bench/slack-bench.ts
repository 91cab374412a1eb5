import { Agent } from "node:http";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { startFakeSlackApi } from "../test/fakes/fake-slack-api.ts";
import { TEST_SIGNING_SECRET } from "../test/fakes/signed-request.ts";
import { TEST_BOT_TOKEN } from "../test/fakes/slack-harness.ts";
import { slashCommand } from "../test/fakes/slack-payloads.ts";
import { spawnMain } from "../test/fakes/spawn-main.ts";
import { postOverAgent, rssBytes } from "./bench-http.ts";
import { runReplicaBench } from "./replicas-bench.ts";

/**
 * npm run bench:slack — slash-command ack latency (500 signed requests, 50 at a
 * time) against `src/main.ts` running as a child process with SLACK_API_URL on
 * a local fake Slack API; time from start to a healthy /healthz; memory; time
 * from SIGTERM to exit. Everything stays on 127.0.0.1 and stops by itself.
 */

const REQUESTS = 500;
const CONCURRENCY = 50;
const STARTS = 3;
/** Requests sent first and not counted: JIT warm-up and opening the 50 connections. */
const WARMUP = 50;
const COMMANDS = [
  "help",
  "topics",
  "diagram new",
  "why was dockershim removed?",
  "도커심은 왜 제거됐어?",
];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

async function fire(
  agent: Agent,
  eventsUrl: string,
  responseUrl: (id: string) => string,
  count: number,
  offset: number,
) {
  const url = new URL(eventsUrl);
  const latencies: number[] = [];
  let nextIndex = 0;
  let failures = 0;
  const worker = async () => {
    for (let i = nextIndex++; i < count; i = nextIndex++) {
      const n = offset + i;
      const text = COMMANDS[n % COMMANDS.length] ?? "help";
      const post = slashCommand(text, responseUrl(`b${n}`), { user_id: `UBENCH${n % 50}` });
      const t0 = performance.now();
      const status = await postOverAgent(
        agent,
        url,
        post.body,
        "application/x-www-form-urlencoded",
      );
      latencies.push(performance.now() - t0);
      if (status !== 200) failures++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { latencies: latencies.sort((a, b) => a - b), failures };
}

/**
 * The bot runs as `npm start` would, in its own process, so the load generator
 * and the fake Slack API do not share its event loop and inflate the numbers.
 */
async function ackLatency() {
  const api = await startFakeSlackApi();
  const main = await spawnMain({
    SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: api.apiUrl,
    LOG_LEVEL: "warn",
    // Questions are not rate limited here: the bench measures acks, not the limiter.
    RATE_LIMIT_PER_MINUTE: "1000000",
  });
  try {
    await main.waitHealthy(30_000);
    const eventsUrl = `${main.origin}/slack/events`;
    // One pool for warm-up and run: the measured requests find their connections open.
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const cold = await fire(agent, eventsUrl, api.responseUrl, WARMUP, 0);
    // The warm-up is for the answers' code paths too (a first diagram render alone
    // takes ~20 ms): answers run after acks, so wait for them before measuring.
    await api.waitFor("respond", WARMUP, 30_000);
    const started = performance.now();
    const run = await fire(agent, eventsUrl, api.responseUrl, REQUESTS, WARMUP);
    agent.destroy();
    await api.waitFor("respond", WARMUP + REQUESTS, 120_000);
    const allAnswered = performance.now() - started;
    const rss = rssBytes(main.child.pid) ?? Number.NaN;
    main.child.kill("SIGTERM");
    await main.exited;
    return {
      ...run,
      failures: run.failures + cold.failures,
      coldMax: cold.latencies.at(-1) ?? 0,
      allAnswered,
      rss,
    };
  } finally {
    main.child.kill("SIGKILL");
    await api.close();
  }
}

async function startupTimes() {
  const api = await startFakeSlackApi();
  const runs: { ready: number; rss: number | undefined; stop: number; code: number | null }[] = [];
  try {
    for (let i = 0; i < STARTS; i++) {
      const t0 = performance.now();
      const main = await spawnMain({
        SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_API_URL: api.apiUrl,
        LOG_LEVEL: "warn",
      });
      try {
        await main.waitHealthy(30_000);
        const ready = performance.now() - t0;
        const rss = rssBytes(main.child.pid);
        const t1 = performance.now();
        main.child.kill("SIGTERM");
        const code = await main.exited;
        runs.push({ ready, rss, stop: performance.now() - t1, code });
      } finally {
        main.child.kill("SIGKILL");
      }
    }
  } finally {
    await api.close();
  }
  return runs;
}

// --replicas N: the same app as N processes on one Postgres (see replicas-bench.ts).
const { values: args } = parseArgs({ options: { replicas: { type: "string" } } });
if (args.replicas !== undefined) {
  const count = Number(args.replicas);
  if (!Number.isInteger(count) || count < 1 || count > 8) {
    console.error("bench:slack: --replicas must be a whole number from 1 to 8");
    process.exit(2);
  }
  process.exit((await runReplicaBench(count)) ? 0 : 1);
}

const ack = await ackLatency();
const starts = await startupTimes();
const readies = starts.map((s) => s.ready).sort((a, b) => a - b);
const p50 = percentile(ack.latencies, 50);
const p99 = percentile(ack.latencies, 99);
const medianStart = percentile(readies, 50);

const rows: [string, string, string][] = [
  ["slash ack p50", ms(p50), ""],
  ["slash ack p99", ms(p99), p99 < 100 ? "target < 100 ms: ok" : "target < 100 ms: MISSED"],
  ["slash ack max", ms(ack.latencies.at(-1) ?? Number.NaN), ""],
  ["non-200 acks", String(ack.failures), ack.failures === 0 ? "ok" : "FAILED"],
  [`all ${REQUESTS} answers posted`, ms(ack.allAnswered), `${CONCURRENCY} concurrent`],
  [`cold: max ack of first ${WARMUP} (not counted)`, ms(ack.coldMax), ""],
  ["bot RSS after the run", mb(ack.rss), ""],
  [
    `npm start → /healthz (median of ${STARTS})`,
    ms(medianStart),
    medianStart < 1500 ? "target < 1.5 s: ok" : "target < 1.5 s: MISSED",
  ],
  ["  each start", readies.map((r) => ms(r)).join(", "), ""],
  ["RSS of started bot (idle)", starts[0]?.rss ? mb(starts[0].rss) : "n/a", ""],
  ["SIGTERM → exit", starts.map((s) => `${ms(s.stop)} (code ${s.code})`).join(", "), ""],
];
const width = Math.max(...rows.map((r) => r[0].length));
const valueWidth = Math.max(...rows.map((r) => r[1].length));
console.log(
  `\nslack bench (${REQUESTS} signed slash commands, ${CONCURRENCY} concurrent; node ${process.version})`,
);
for (const [name, value, note] of rows)
  console.log(`${name.padEnd(width)}  ${value.padStart(valueWidth)}  ${note}`);
process.exitCode = p99 < 100 && medianStart < 1500 && ack.failures === 0 ? 0 : 1;
