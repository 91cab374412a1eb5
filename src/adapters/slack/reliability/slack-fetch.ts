import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../../../core/ports.ts";
import { networkReason } from "../startup.ts";

/**
 * The Web API client's transport (its `fetch` option), where every call from
 * every listener passes, so pacing and retries live in one place:
 *
 * - chat.postMessage is queued per channel at Slack's pace (about one a second,
 *   short bursts allowed), so a noisy channel waits for itself, not for others.
 * - A 429 pauses only its own method and channel for the Retry-After. (The SDK
 *   pauses its whole request queue: one 429 held every reply everywhere.)
 * - 5xx, timeouts and dropped connections are retried with capped backoff, and
 *   the first failed attempt is logged at warn with method, channel and error,
 *   not minutes later when every retry is spent.
 *
 * The client itself is set to reject 429s and not retry: what reaches it is
 * final.
 */

export interface TransportPolicy {
  /** Tries per call, the first included. */
  readonly attempts: number;
  readonly minBackoffMs: number;
  readonly maxBackoffMs: number;
  /** One attempt that takes longer is abandoned and retried. */
  readonly attemptTimeoutMs: number;
  /** Posts per channel: one per `intervalMs`, up to `burst` at once after a quiet spell. */
  readonly pace: { readonly intervalMs: number; readonly burst: number };
}

export const DEFAULT_TRANSPORT: TransportPolicy = {
  attempts: 5,
  minBackoffMs: 1_000,
  maxBackoffMs: 30_000,
  attemptTimeoutMs: 10_000,
  pace: { intervalMs: 1_000, burst: 4 },
};

type Fetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

/** Methods Slack limits per channel (about one message a second). */
const PACED = new Set(["chat.postMessage"]);

function methodOf(url: string | URL): string {
  return String(url).split("?")[0]?.split("/").pop() ?? "";
}

/** The channel (or user, for views.publish) a call is about: the key for pacing and pauses. */
function targetOf(body: unknown): string {
  if (typeof body !== "string") return "";
  const params = new URLSearchParams(body);
  return params.get("channel") ?? params.get("user_id") ?? "";
}

interface Lane {
  tokens: number;
  refilledAt: number;
  tail: Promise<void>;
  waiting: number;
}

/** Per-channel queues: FIFO, one call at a time, a token bucket for the pace. */
function createLanes(pace: TransportPolicy["pace"]) {
  const lanes = new Map<string, Lane>();
  const refill = (lane: Lane, now: number) => {
    lane.tokens = Math.min(pace.burst, lane.tokens + (now - lane.refilledAt) / pace.intervalMs);
    lane.refilledAt = now;
  };
  return async (key: string): Promise<() => void> => {
    let lane = lanes.get(key);
    if (!lane) {
      lane = { tokens: pace.burst, refilledAt: Date.now(), tail: Promise.resolve(), waiting: 0 };
      lanes.set(key, lane);
    }
    const current = lane;
    current.waiting++;
    const before = current.tail;
    let done = () => {};
    current.tail = new Promise<void>((resolve) => {
      done = resolve;
    });
    await before;
    refill(current, Date.now());
    if (current.tokens < 1) {
      await sleep((1 - current.tokens) * pace.intervalMs);
      refill(current, Date.now());
    }
    current.tokens -= 1;
    return () => {
      current.waiting--;
      // An idle lane refills to a full bucket anyway; dropping it keeps the map small.
      if (current.waiting === 0 && current.tokens >= pace.burst - 1) lanes.delete(key);
      done();
    };
  };
}

/** Method+channel pairs Slack asked us to leave alone until a time. */
function createPauses() {
  const until = new Map<string, number>();
  return {
    pause(key: string, ms: number) {
      until.set(key, Math.max(until.get(key) ?? 0, Date.now() + ms));
    },
    async wait(key: string) {
      for (let end = until.get(key); end !== undefined; end = until.get(key)) {
        const left = end - Date.now();
        if (left <= 0) {
          until.delete(key);
          return;
        }
        await sleep(left);
      }
    },
  };
}

function retryAfterSec(res: Response): number {
  const seconds = Number.parseInt(res.headers.get("retry-after") ?? "", 10);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : 1;
}

export function createSlackFetch(deps: {
  readonly logger: Logger;
  readonly policy?: TransportPolicy;
  readonly fetch?: Fetch;
}): Fetch {
  const policy = deps.policy ?? DEFAULT_TRANSPORT;
  const fetchOnce = deps.fetch ?? globalThis.fetch;
  const { logger } = deps;
  const enterLane = createLanes(policy.pace);
  const pauses = createPauses();
  const backoff = (attempt: number) =>
    Math.min(policy.maxBackoffMs, policy.minBackoffMs * 2 ** (attempt - 1)) *
    (0.5 + Math.random() / 2);

  const logFailure = (fields: Record<string, unknown>, attempt: number, last: boolean) => {
    if (last) logger.warn({ ...fields, attempt }, "slack call failed: giving up");
    else if (attempt === 1) logger.warn({ ...fields, attempt }, "slack call failed: retrying");
    else logger.debug({ ...fields, attempt }, "slack call failed again: retrying");
  };

  async function withRetries(url: string | URL, init: RequestInit | undefined): Promise<Response> {
    const method = methodOf(url);
    const channel = targetOf(init?.body);
    const key = `${method}:${channel}`;
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= policy.attempts;
      await pauses.wait(key);
      let res: Response;
      try {
        res = await fetchOnce(url, {
          ...init,
          signal: AbortSignal.timeout(policy.attemptTimeoutMs),
        });
      } catch (error) {
        logFailure({ method, channel, error: networkReason(error) }, attempt, last);
        if (last) throw error;
        await sleep(backoff(attempt));
        continue;
      }
      if (res.status === 429) {
        const seconds = retryAfterSec(res);
        logger.warn(
          { method, channel, retryAfterSec: seconds, attempt },
          "slack rate limited: waiting Retry-After before retrying",
        );
        if (last) return res;
        await res.body?.cancel();
        pauses.pause(key, seconds * 1000);
        continue;
      }
      if (res.status >= 500) {
        logFailure({ method, channel, error: `HTTP ${res.status}` }, attempt, last);
        if (last) return res;
        await res.body?.cancel();
        await sleep(backoff(attempt));
        continue;
      }
      return res;
    }
  }

  return async (url, init) => {
    if (!PACED.has(methodOf(url))) return withRetries(url, init);
    const leave = await enterLane(`post:${targetOf(init?.body)}`);
    try {
      return await withRetries(url, init);
    } finally {
      leave();
    }
  };
}
