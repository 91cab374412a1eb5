import type { IncomingMessage, Server, ServerResponse } from "node:http";
import {
  type Logger as BoltLogger,
  type CustomRoute,
  HTTPReceiver,
  type Receiver,
  SocketModeReceiver,
} from "@slack/bolt";
import type { SlackConfig } from "../../config.ts";
import type { Logger } from "../../core/ports.ts";
import { AppError, ErrorCode } from "../../errors.ts";
import { socketClientOptions } from "./client-options.ts";
import { BODY_LIMIT, gateRequests } from "./reliability/request-gate.ts";

export const EVENTS_PATH = "/slack/events";

/** What /healthz answers: 200 while serving, 503 with the reason when it cannot. */
export interface HealthReport {
  readonly ok: boolean;
  readonly body: Record<string, unknown>;
}

export function healthRoute(report: () => HealthReport): CustomRoute {
  return {
    path: "/healthz",
    method: ["GET"],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      const { ok, body } = report();
      res.writeHead(ok ? 200 : 503, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    },
  };
}

/**
 * Socket Mode's own /healthz server. Bolt's receiver would listen without an
 * error handler, so a busy PORT would crash the process with a stack trace.
 */
export function healthServer(route: CustomRoute) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "GET" && pathname === route.path) route.handler(req, res);
    else res.writeHead(404).end();
  };
}

export function boundPort(server: Server, fallback: number): number {
  const address = server.address();
  return address !== null && typeof address === "object" ? address.port : fallback;
}

export type BuiltReceiver =
  | { readonly kind: "socket"; readonly receiver: SocketModeReceiver }
  | { readonly kind: "http"; readonly receiver: HTTPReceiver };

/**
 * Socket Mode when an app token is set (its /healthz server is ours, started in
 * start(), and its reconnects are the socket supervisor's), else HTTP with
 * Events, Interactivity, the slash command and /healthz on one port, behind
 * the request gate.
 */
export function buildReceiver(
  config: Pick<SlackConfig, "SLACK_APP_TOKEN" | "SLACK_SIGNING_SECRET" | "SLACK_API_URL">,
  boltLogger: BoltLogger,
  logger: Logger,
  health: CustomRoute,
): BuiltReceiver & { readonly receiver: Receiver } {
  if (config.SLACK_APP_TOKEN) {
    const receiver = new SocketModeReceiver({
      appToken: config.SLACK_APP_TOKEN,
      logger: boltLogger,
      autoReconnectEnabled: false,
      // Only the API URL and a timeout: never the Web API's retry policy (see socketClientOptions).
      installerOptions: { clientOptions: socketClientOptions(config.SLACK_API_URL) },
    });
    return { kind: "socket", receiver };
  }
  if (!config.SLACK_SIGNING_SECRET) {
    throw new AppError(ErrorCode.ConfigInvalid, "SLACK_SIGNING_SECRET is required in HTTP mode");
  }
  const receiver = new HTTPReceiver({
    signingSecret: config.SLACK_SIGNING_SECRET,
    endpoints: [EVENTS_PATH],
    customRoutes: [health],
    logger: boltLogger,
    processBeforeResponse: false,
    bodyLimit: BODY_LIMIT,
  });
  receiver.requestListener = gateRequests(receiver.requestListener, [EVENTS_PATH], {
    signingSecret: config.SLACK_SIGNING_SECRET,
    logger,
  });
  return { kind: "http", receiver };
}
