import type { Server } from "node:http";
import { App, webApi } from "@slack/bolt";
import type { SlackConfig } from "../../config.ts";
import type { CommandRunner } from "../../core/commands/run-command.ts";
import type { Entry, Lang } from "../../core/knowledge/schema.ts";
import type {
  Clock,
  EventLedger,
  FeedbackStore,
  Logger,
  MemoStore,
  PreferenceStore,
  RateWindowStore,
} from "../../core/ports.ts";
import type { AppError } from "../../errors.ts";
import { toBoltLogger } from "./bolt-logger.ts";
import { startupCheckOptions, webClientOptions } from "./client-options.ts";
import type { ListenerDeps } from "./deps.ts";
import { errorInfo } from "./error-info.ts";
import { registerListeners } from "./listeners/index.ts";
import { registerMiddleware } from "./middleware.ts";
import { boundPort, buildReceiver, healthRoute, healthServer } from "./receiver.ts";
import { createRecentAnswers } from "./recent-answers.ts";
import { createClickGuard } from "./reliability/click-guard.ts";
import { createInFlight } from "./reliability/in-flight.ts";
import { createRateLimiter } from "./reliability/rate-limiter.ts";
import { createSlackFetch, type TransportPolicy } from "./reliability/slack-fetch.ts";
import {
  DEFAULT_SOCKET_TIMING,
  type SocketSupervisor,
  type SocketTiming,
  superviseSocket,
} from "./reliability/socket-supervisor.ts";
import { trackRequests } from "./reliability/track-requests.ts";
import { createAnswerTurns } from "./reliability/yield.ts";
import { createResponseUrls, type ResponseUrlPolicy } from "./response-url.ts";
import { listen, listenError, tokenCheckError, verifyBotToken } from "./startup.ts";
import { createThreadTurns } from "./thread-turns.ts";
import type { SlackTutoring } from "./tutor/slack-tutor.ts";
import { createUserTurns } from "./tutor/user-turns.ts";

export type SlackAppConfig = Pick<
  SlackConfig,
  | "SLACK_BOT_TOKEN"
  | "SLACK_SIGNING_SECRET"
  | "SLACK_APP_TOKEN"
  | "SLACK_API_URL"
  | "PORT"
  | "RATE_LIMIT_PER_MINUTE"
>;

export interface SlackAppDeps {
  readonly config: SlackAppConfig;
  readonly run: CommandRunner;
  readonly entries: readonly Entry[];
  readonly feedback: FeedbackStore;
  readonly preferences: PreferenceStore;
  /** Delivery ids already answered (Slack retries, duplicates); survives restarts if the store does. */
  readonly ledger: EventLedger;
  /** Rate-limit counters and notice state: shared by every replica when the store is. */
  readonly rates: RateWindowStore;
  /** Answers behind feedback buttons, so any replica can redraw the message voted on. */
  readonly memos: MemoStore;
  readonly logger: Logger;
  /** The logger's level (LOG_LEVEL), reported to the SDKs; "info" when omitted. */
  readonly logLevel?: SlackConfig["LOG_LEVEL"];
  readonly clock: Clock;
  /** Keys for remembered answers (feedback buttons); unique, at most 64 characters. */
  readonly newId: () => string;
  /** DM tutoring (lessons, quizzes, progress); without it DMs are answered as questions. */
  readonly tutoring?: SlackTutoring;
  /** True when a model writes the answers: status or placeholder at once, then streaming. */
  readonly liveAnswers?: boolean;
  /**
   * False when other replicas answer in the same threads: a thread's last turn is
   * then always read back from Slack (the answers' metadata), never from this
   * process's cache, which would miss turns another replica answered.
   */
  readonly cacheThreads?: boolean;
  /** Web API pacing and retries; tests shorten the waits. */
  readonly transport?: TransportPolicy;
  /** response_url retries; tests shorten the waits. */
  readonly responseUrlPolicy?: ResponseUrlPolicy;
  /** Socket Mode reconnect backoff and the /healthz threshold; tests shorten them. */
  readonly socketTiming?: SocketTiming;
  /** Socket Mode lost its token while running; main ends the process. Logged when omitted. */
  readonly onFatal?: (error: AppError) => void;
}

export type SlackMode = "socket" | "http";

export interface SlackBot {
  readonly app: App;
  readonly mode: SlackMode;
  /** Verifies the bot token, then listens; resolves with the bound port. */
  start(): Promise<{ readonly port: number }>;
  /** Waits until no reply is being worked on (or `timeoutMs` passes). */
  settle(timeoutMs?: number): Promise<{ readonly unfinished: number }>;
  /**
   * Turns /healthz not-ready, keeps serving for `notReadyMs` (while Kubernetes
   * takes the pod out of its Service), stops taking requests, then waits up to
   * `drainMs` for replies in flight.
   */
  stop(drainMs?: number, notReadyMs?: number): Promise<{ readonly unfinished: number }>;
}

/**
 * Builds the Bolt app with every dependency injected: Socket Mode when an app
 * token is set, else HTTP with Events, Interactivity and the slash command on
 * /slack/events. No module-level state, so tests can run several side by side.
 */
export function createSlackApp(deps: SlackAppDeps): SlackBot {
  const { config, logger, clock } = deps;
  const mode: SlackMode = config.SLACK_APP_TOKEN ? "socket" : "http";
  const boltLogger = toBoltLogger(logger, deps.logLevel);
  let stopping = false;
  let supervisor: SocketSupervisor | undefined;
  const health = healthRoute(() => {
    const socket = supervisor?.health();
    const base = { entries: deps.entries.length, mode };
    // Not ready while stopping, so Kubernetes takes the replica out of its Service first.
    if (stopping) return { ok: false, body: { status: "stopping", ...base } };
    if (socket?.problem)
      return { ok: false, body: { status: "disconnected", reason: socket.problem, ...base } };
    if (socket && !socket.connected) return { ok: true, body: { status: "reconnecting", ...base } };
    return { ok: true, body: { status: "ok", ...base } };
  });
  const clientOptions = webClientOptions({
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    fetch: createSlackFetch({ logger, ...(deps.transport ? { policy: deps.transport } : {}) }),
  });
  const checkClient = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
    ...startupCheckOptions(config.SLACK_API_URL),
    logger: boltLogger,
  });
  const built = buildReceiver(config, boltLogger, logger, health);
  const { receiver } = built;
  if (built.kind === "socket") {
    supervisor = superviseSocket(built.receiver.client, {
      logger,
      timing: deps.socketTiming ?? DEFAULT_SOCKET_TIMING,
      onFatal: (error) => {
        logger.error({ code: error.code, err: error.message }, "socket mode cannot reconnect");
        deps.onFatal?.(error);
      },
    });
  }
  let socketHealth: Server | undefined;

  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    receiver,
    logger: boltLogger,
    extendedErrorHandler: true,
    // Bolt's default conversation store is unused here and costs a thrown Error per request.
    convoStore: false,
    // Verify the token in start() (one auth.test, awaited), not in the constructor,
    // where a rejected token becomes an unhandled rejection and a stack trace.
    deferInitialization: true,
    clientOptions,
  });

  const responseUrls = createResponseUrls(deps.responseUrlPolicy, logger);
  const inFlight = createInFlight();
  const titles = new Map<Lang, readonly string[]>(
    (["ko", "en"] as const).map((lang) => [lang, deps.entries.map((e) => e[lang].title)]),
  );
  const listenerDeps: ListenerDeps = {
    run: deps.run,
    topics: (lang) => titles.get(lang) ?? [],
    feedback: deps.feedback,
    preferences: deps.preferences,
    logger,
    clock,
    rateLimiter: createRateLimiter(clock, config.RATE_LIMIT_PER_MINUTE, deps.rates),
    ledger: deps.ledger,
    // A double click arrives within seconds; a click a minute later is meant.
    shares: createClickGuard(deps.rates, clock, 60_000),
    answerTurn: createAnswerTurns(),
    respondVia: responseUrls.via,
    recent: createRecentAnswers(clock, deps.newId, deps.memos, logger),
    ...(deps.tutoring ? { tutoring: deps.tutoring } : {}),
    tutorTurns: createUserTurns(),
    threads: createThreadTurns(
      clock,
      deps.cacheThreads === false ? { ttlMs: 0, unknownTtlMs: 0 } : {},
    ),
    live: deps.liveAnswers ?? false,
  };

  trackRequests(app, inFlight, logger);
  registerMiddleware(app, listenerDeps);
  registerListeners(app, listenerDeps);
  // The one place errors are logged: a stable code and Slack's error string, never the body.
  app.error(async ({ error, body }: { error: Error; body: unknown }) => {
    const type =
      typeof body === "object" && body !== null && "type" in body ? String(body.type) : undefined;
    logger.error({ ...errorInfo(error), payloadType: type }, "slack request failed");
  });

  return {
    app,
    mode,
    async start() {
      await verifyBotToken(checkClient, config.SLACK_API_URL);
      // Bolt's own auth.test (for the bot's user id) uses the retrying client; Slack just answered.
      await app.init().catch((error: unknown) => {
        throw tokenCheckError(error, config.SLACK_API_URL);
      });
      if (built.kind === "http") {
        const server = await built.receiver.start(config.PORT).catch((error: unknown) => {
          throw listenError(error, config.PORT);
        });
        const port = boundPort(server, config.PORT);
        logger.info({ mode, port, entries: deps.entries.length }, "slack app listening");
        return { port };
      }
      socketHealth = await listen(config.PORT, healthServer(health));
      const port = boundPort(socketHealth, config.PORT);
      // The supervisor calls what app.start() would (the socket client's start), and keeps at it.
      await supervisor?.start().catch((error: unknown) => {
        socketHealth?.close();
        throw error;
      });
      logger.info({ mode, port, entries: deps.entries.length }, "slack app connected");
      return { port };
    },
    settle: (timeoutMs = 15_000) => inFlight.drain(timeoutMs),
    async stop(drainMs = 10_000, notReadyMs = 0) {
      stopping = true;
      if (notReadyMs > 0) await new Promise((resolve) => setTimeout(resolve, notReadyMs));
      if (supervisor) await supervisor.stop();
      else await app.stop();
      socketHealth?.close();
      const result = await inFlight.drain(drainMs);
      responseUrls.close();
      logger.info({ unfinished: result.unfinished }, "slack app stopped");
      return result;
    },
  };
}
