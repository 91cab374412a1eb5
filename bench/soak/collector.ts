import type { ChaosFault, FakeSlackApi } from "../../test/fakes/fake-slack-api.ts";
import { percentile, rssMb } from "./app.ts";
import { countReplies, type Item } from "./traffic.ts";

/** What a soak phase measured; both `lost` and `duplicates` must be 0. */
export interface PhaseResult {
  readonly mode: "http" | "socket";
  readonly seconds: number;
  readonly eventsIn: number;
  readonly deliveries: number;
  readonly retriesSent: number;
  readonly duplicatesSent: number;
  readonly repliesOut: number;
  readonly apologies: number;
  readonly duplicates: number;
  readonly lost: number;
  readonly ackP50Ms: number;
  readonly ackP99Ms: number;
  /** p99 without the 15 s after a restart. */
  readonly warmAckP99Ms: number;
  readonly faults: Readonly<Record<string, number>>;
  readonly rss: readonly { readonly s: number; readonly mb: number }[];
  readonly reconnectMs: readonly number[];
  readonly outageReconnectMs?: number;
  readonly sigterm: { readonly code: number | null; readonly drainMs: number };
  readonly restartMs: number;
}

/** Random Slack trouble, seeded so runs are comparable: 500s, 429s, dropped sockets, hangs. */
export function createChaos(seed = 42) {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const counts: Record<string, number> = {};
  const AFFECTED = new Set(["chat.postMessage", "chat.postEphemeral", "respond", "chat.update"]);
  let enabled = true;
  const chaos = (method: string): ChaosFault | undefined => {
    if (!enabled || !AFFECTED.has(method)) return undefined;
    const roll = random();
    const fault: ChaosFault | undefined =
      roll < 0.04
        ? { kind: "http", status: 500 }
        : roll < 0.07
          ? { kind: "ratelimit", retryAfter: 1 }
          : roll < 0.09
            ? { kind: "drop" }
            : roll < 0.095
              ? { kind: "hang" }
              : undefined;
    if (fault) {
      const name = fault.kind === "http" ? "500" : fault.kind === "ratelimit" ? "429" : fault.kind;
      counts[name] = (counts[name] ?? 0) + 1;
    }
    return fault;
  };
  return {
    chaos,
    counts,
    /** Off for the final wait, so the last retries are not what is being measured. */
    stop() {
      enabled = false;
    },
  };
}

/** Counts deliveries and acks, samples memory, and settles the books at the end. */
export function createCollector() {
  const items = new Map<string, Item>();
  const acked = new Set<string>();
  const ackMs: number[] = [];
  // Acks not within 15 s of a restart: a fresh process (cold JIT, a burst of retries) is slower.
  const warmAckMs: number[] = [];
  let restartedAt = 0;
  const rss: { s: number; mb: number }[] = [];
  const started = Date.now();
  let deliveries = 0;
  let retriesSent = 0;
  let duplicatesSent = 0;
  let pid = 0;
  const sampler = setInterval(async () => {
    const mb = await rssMb(pid);
    if (mb !== undefined) rss.push({ s: Math.round((Date.now() - started) / 1000), mb });
  }, 2_000);

  return {
    items,
    watch(nodePid: number, restarted = false) {
      pid = nodePid;
      if (restarted) restartedAt = Date.now();
    },
    sent(item: Item, kind: "first" | "retry" | "duplicate") {
      items.set(item.key, item);
      deliveries++;
      if (kind === "retry") retriesSent++;
      if (kind === "duplicate") duplicatesSent++;
    },
    acked(item: Item, ms: number) {
      acked.add(item.key);
      ackMs.push(ms);
      if (Date.now() - restartedAt > 15_000) warmAckMs.push(ms);
    },
    isAcked: (key: string) => acked.has(key),
    /** Waits until every acked request has a reply, or `timeoutMs` passes, then a quiet spell. */
    async settle(api: FakeSlackApi, timeoutMs: number) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const replies = countReplies(api.calls);
        if ([...acked].every((key) => (replies.get(key) ?? 0) > 0)) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      // Late duplicates would arrive now.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    },
    finish(
      api: FakeSlackApi,
      rest: Pick<
        PhaseResult,
        "mode" | "faults" | "reconnectMs" | "outageReconnectMs" | "sigterm" | "restartMs"
      >,
    ): PhaseResult {
      clearInterval(sampler);
      const replies = countReplies(api.calls);
      const ackedKeys = [...acked];
      const apologies = api.calls.filter(
        (c) => c.ok && /죄송|sorry/i.test(String(c.body.text ?? "")),
      ).length;
      const doubled = [...replies].filter(([, count]) => count > 1).map(([key]) => key);
      if (doubled.length > 0)
        process.stderr.write(`${rest.mode}: answered twice: ${doubled.join(", ")}\n`);
      return {
        ...rest,
        seconds: Math.round((Date.now() - started) / 1000),
        eventsIn: ackedKeys.length,
        deliveries,
        retriesSent,
        duplicatesSent,
        repliesOut: [...replies.values()].reduce((a, b) => a + b, 0),
        apologies,
        duplicates: [...replies.values()].filter((count) => count > 1).length,
        lost: ackedKeys.filter((key) => (replies.get(key) ?? 0) === 0).length,
        ackP50Ms: Math.round(percentile(ackMs, 50)),
        ackP99Ms: Math.round(percentile(ackMs, 99)),
        warmAckP99Ms: Math.round(percentile(warmAckMs, 99)),
        rss,
      };
    },
  };
}

export type Collector = ReturnType<typeof createCollector>;
