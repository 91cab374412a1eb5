import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../../../core/ports.ts";
import { AppError, ErrorCode } from "../../../errors.ts";
import { errorInfo } from "../error-info.ts";
import { networkReason } from "../startup.ts";

/**
 * Keeps the Socket Mode connection up for as long as the app runs.
 *
 * The socket client's own reconnect gives up for good on an HTTP error from
 * apps.connections.open (a 500 outage) and then rejects a promise nobody holds;
 * its first-connection retries used whatever retry policy the Web API client
 * had. So the client runs with its auto-reconnect off, and this loop owns every
 * (re)connection: unbounded attempts with capped, jittered backoff, a 429's
 * Retry-After honoured, and a stop only for errors that no wait can fix (the
 * app token is wrong or revoked), reported once, naming SLACK_APP_TOKEN.
 */

/** The part of SocketModeClient this loop drives. */
export interface SocketClient {
  start(): Promise<unknown>;
  disconnect(): Promise<void>;
  on(event: "disconnected", listener: () => void): unknown;
}

export interface SocketTiming {
  /** First wait after a failed attempt; doubles up to maxBackoffMs. */
  readonly minBackoffMs: number;
  readonly maxBackoffMs: number;
  /** An attempt that has not got Slack's hello by then is abandoned and retried. */
  readonly connectTimeoutMs: number;
  /** /healthz turns 503 once the socket has been down this long. */
  readonly unhealthyAfterMs: number;
}

export const DEFAULT_SOCKET_TIMING: SocketTiming = {
  minBackoffMs: 1_000,
  maxBackoffMs: 30_000,
  connectTimeoutMs: 30_000,
  unhealthyAfterMs: 30_000,
};

export interface SocketHealth {
  readonly connected: boolean;
  /** Set when the socket has been down longer than allowed: why /healthz says 503. */
  readonly problem?: string;
}

export interface SocketSupervisor {
  /** Resolves on the first connection; rejects only for a fatal (token) error. */
  start(): Promise<void>;
  stop(): Promise<void>;
  health(): SocketHealth;
}

/** Slack's answers that mean the app-level token itself is unusable. */
const FATAL = new Set([
  "not_authed",
  "invalid_auth",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "not_allowed_token_type",
  "missing_scope",
  "team_disabled",
  "user_removed_from_team",
  "app_uninstalled",
]);

export function fatalSocketError(error: unknown): AppError | undefined {
  const slackError = errorInfo(error).slackError;
  if (!slackError || !FATAL.has(slackError)) return undefined;
  return new AppError(
    ErrorCode.ConfigInvalid,
    `Slack rejected SLACK_APP_TOKEN (${slackError}): generate an App-Level Token with connections:write under Basic Information → App-Level Tokens, set SLACK_APP_TOKEN to it (xapp-…) and restart`,
    { cause: error },
  );
}

function retryAfterMs(error: unknown): number {
  if (typeof error !== "object" || error === null || !("retryAfter" in error)) return 0;
  return typeof error.retryAfter === "number" ? error.retryAfter * 1000 : 0;
}

function reasonOf(error: unknown): string {
  if (error === undefined) return "connection closed before Slack's hello";
  const slackError = errorInfo(error).slackError;
  return slackError ?? networkReason(error);
}

export function superviseSocket(
  client: SocketClient,
  deps: {
    readonly logger: Logger;
    readonly timing: SocketTiming;
    /** Called once when the token stops working while the app runs. */
    readonly onFatal: (error: AppError) => void;
    readonly nowMs?: () => number;
  },
): SocketSupervisor {
  const { logger, timing } = deps;
  const now = deps.nowMs ?? Date.now;
  let connected = false;
  let stopping = false;
  let attempting = false;
  let downSince = now();
  let lastReason = "not connected yet";
  const abort = new AbortController();

  /** One client.start(), abandoned (and the client reset) if Slack's hello never comes. */
  async function attempt(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        void client.disconnect().catch(() => {});
        reject(new Error(`no hello from Slack in ${timing.connectTimeoutMs} ms`));
      }, timing.connectTimeoutMs);
    });
    try {
      await Promise.race([client.start(), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Tries until connected; throws only a fatal error, or when stopping. */
  async function connectLoop(): Promise<void> {
    attempting = true;
    try {
      for (let failures = 0; !stopping; failures++) {
        try {
          await attempt();
          if (stopping) return;
          connected = true;
          logger.info(
            { downMs: now() - downSince, attempts: failures + 1 },
            "socket mode connected",
          );
          return;
        } catch (error) {
          if (stopping) return;
          const fatal = fatalSocketError(error);
          if (fatal) throw fatal;
          lastReason = reasonOf(error);
          const backoff = Math.min(timing.maxBackoffMs, timing.minBackoffMs * 2 ** failures);
          const wait = Math.max(retryAfterMs(error), backoff * (0.5 + Math.random() / 2));
          // The first failure of an outage at warn, the rest at debug: one line per outage, not per try.
          const log = failures === 0 ? logger.warn.bind(logger) : logger.debug.bind(logger);
          log(
            { reason: lastReason, attempt: failures + 1, waitMs: Math.round(wait) },
            "socket mode connect failed: retrying",
          );
          await sleep(wait, undefined, { signal: abort.signal }).catch(() => {});
        }
      }
    } finally {
      attempting = false;
    }
  }

  function reconnect(): void {
    connectLoop().catch((error: unknown) => {
      if (error instanceof AppError) deps.onFatal(error);
      else logger.error({ ...errorInfo(error) }, "socket mode reconnect loop failed");
    });
  }

  client.on("disconnected", () => {
    // A failed attempt also ends in "disconnected"; the loop making it handles that.
    if (stopping || attempting) return;
    connected = false;
    downSince = now();
    lastReason = "socket closed";
    logger.warn({}, "socket mode disconnected: reconnecting");
    reconnect();
  });

  return {
    async start() {
      downSince = now();
      await connectLoop();
    },
    async stop() {
      stopping = true;
      abort.abort();
      connected = false;
      await client.disconnect().catch(() => {});
    },
    health() {
      if (connected) return { connected: true };
      const downMs = now() - downSince;
      if (downMs < timing.unhealthyAfterMs) return { connected: false };
      return {
        connected: false,
        problem: `Socket Mode disconnected for ${Math.round(downMs / 1000)} s (last error: ${lastReason})`,
      };
    },
  };
}
