import type { PhaseResult } from "./soak/collector.ts";
import { runHttpPhase, runSocketPhase } from "./soak/phases.ts";

/**
 * npm run soak — the real app under `npm start`, against a local fake Slack
 * that injects 500s, 429s with Retry-After, hangs and dropped sockets, in HTTP
 * and then Socket Mode: mentions, DMs, slash commands, buttons, Slack retries
 * and duplicate deliveries, a SIGTERM and a restart in each, dropped sockets
 * and an apps.connections.open outage in Socket Mode. Loopback only; bounded
 * by SOAK_SECONDS per phase (default 60) at SOAK_RATE requests a second
 * (default 10), plus at most 90 s of waiting for the last replies.
 * Exits 1 if any acked request lost its answer or got two.
 */

const seconds = Math.min(600, Number(process.env.SOAK_SECONDS ?? 60));
const rate = Math.min(50, Number(process.env.SOAK_RATE ?? 10));

function report(r: PhaseResult): string {
  const rssStart = r.rss[0]?.mb ?? Number.NaN;
  const rssMax = Math.max(...r.rss.map((x) => x.mb));
  const rssEnd = r.rss.at(-1)?.mb ?? Number.NaN;
  const timeline = r.rss
    .filter((_, i) => i % 8 === 0)
    .map((x) => `${x.s}s:${x.mb}`)
    .join(" ");
  const faults = Object.entries(r.faults)
    .map(([k, v]) => `${k}×${v}`)
    .join(", ");
  return [
    `| ${r.mode} | ${r.seconds} s | ${r.eventsIn} | ${r.deliveries} (${r.retriesSent} retries, ${r.duplicatesSent} duplicates) | ${r.repliesOut} (${r.apologies} apologies) | **${r.duplicates}** | **${r.lost}** | ${r.ackP50Ms} / ${r.ackP99Ms} ms (${r.warmAckP99Ms} ms) |`,
    `  - ${r.mode}: faults injected: ${faults}`,
    `  - ${r.mode}: RSS MB start ${rssStart}, max ${rssMax}, end ${rssEnd} (timeline ${timeline})`,
    `  - ${r.mode}: SIGTERM to the npm start PID: exit ${r.sigterm.code} after ${r.sigterm.drainMs} ms; restart to healthy ${r.restartMs} ms`,
    ...(r.mode === "socket"
      ? [
          `  - socket: reconnect after a dropped socket: ${r.reconnectMs.map((m) => `${m} ms`).join(", ")}; after an 8 s apps.connections.open 500 outage: ${r.outageReconnectMs ?? "?"} ms`,
        ]
      : []),
  ].join("\n");
}

async function main(): Promise<void> {
  process.stdout.write(`soak: ${seconds} s per phase at ${rate}/s, HTTP then Socket Mode\n`);
  const http = await runHttpPhase({ seconds, rate, firstId: 1 });
  process.stdout.write("http phase done\n");
  const socket = await runSocketPhase({ seconds, rate, firstId: 1_000_000 });
  const table = [
    "| mode | run | events in | deliveries | replies out | duplicates | lost | ack p50 / p99 (p99 outside the 15 s after a restart) |",
    "|---|---|---|---|---|---|---|---|",
  ];
  const lines = [...table, report(http).split("\n")[0], report(socket).split("\n")[0], ""];
  for (const r of [http, socket]) lines.push(...report(r).split("\n").slice(1));
  process.stdout.write(`${lines.join("\n")}\n`);
  const bad = [http, socket].some((r) => r.lost > 0 || r.duplicates > 0 || r.sigterm.code !== 0);
  process.exit(bad ? 1 : 0);
}

main().catch((error: unknown) => {
  process.stderr.write(`soak failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
