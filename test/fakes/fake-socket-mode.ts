import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import type { SignedPost } from "./signed-request.ts";
import { poll } from "./spawn-main.ts";

/**
 * A local stand-in for Slack's Socket Mode WebSocket endpoint. The fake Web API
 * hands its `url` out from apps.connections.open; the app's SocketModeClient
 * connects, gets the `hello` Slack sends first, then the envelopes a test
 * delivers, and every ack it sends back is recorded.
 */
export interface SocketAck {
  readonly envelope_id: string;
  readonly payload?: Record<string, unknown>;
  /** When the ack arrived (epoch ms). */
  readonly at?: number;
}

export interface Envelope {
  readonly envelope_id?: string;
  readonly type: "events_api" | "slash_commands" | "interactive";
  readonly payload: Record<string, unknown>;
  readonly accepts_response_payload: boolean;
  readonly retry_attempt?: number;
  readonly retry_reason?: string;
}

export interface FakeSocketMode {
  /** What apps.connections.open answers: a ws:// URL on this server, shaped like Slack's. */
  readonly url: string;
  /** Request path and query of every connection the app opened, in order. */
  readonly connections: readonly string[];
  readonly acks: readonly SocketAck[];
  /** When each connection got its hello (epoch ms), in order. */
  readonly connectedAt: readonly number[];
  /** Connections open now. */
  readonly openCount: number;
  /**
   * Sends an envelope to the connected app (the `to`-th open connection, for
   * several replicas); returns its envelope_id.
   */
  deliver(envelope: Envelope, to?: number): string;
  /** Polls until the app acked `envelopeId`. */
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<SocketAck>;
  /** Polls until an app is connected (it got `hello`). */
  waitConnected(timeoutMs?: number): Promise<void>;
  /** Polls until no app is connected, e.g. after the app's close handshake. */
  waitDisconnected(timeoutMs?: number): Promise<void>;
  /** Cuts every open connection without a close handshake, as a network failure would. */
  dropAll(): void;
  close(): Promise<void>;
}

let counter = 0;

/** An events_api envelope around an Events API body (the JSON that HTTP mode posts). */
export function eventsApiEnvelope(
  post: SignedPost,
  retry: { attempt: number; reason: string } = { attempt: 0, reason: "" },
): Envelope {
  const payload: unknown = JSON.parse(post.body);
  return {
    type: "events_api",
    payload: typeof payload === "object" && payload !== null ? { ...payload } : {},
    accepts_response_payload: false,
    retry_attempt: retry.attempt,
    retry_reason: retry.reason,
  };
}

/** A slash_commands envelope: Socket Mode carries the command's form fields as JSON. */
export function slashCommandEnvelope(post: SignedPost): Envelope {
  return {
    type: "slash_commands",
    payload: Object.fromEntries(new URLSearchParams(post.body)),
    accepts_response_payload: true,
  };
}

function parseAck(data: string): SocketAck | undefined {
  const parsed: unknown = JSON.parse(data);
  if (typeof parsed !== "object" || parsed === null || !("envelope_id" in parsed)) return undefined;
  const payload = "payload" in parsed ? parsed.payload : undefined;
  return {
    envelope_id: String(parsed.envelope_id),
    ...(typeof payload === "object" && payload !== null ? { payload: { ...payload } } : {}),
  };
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  const connections: string[] = [];
  const acks: SocketAck[] = [];
  const connectedAt: number[] = [];
  const open = new Set<WebSocket>();

  server.on("connection", (socket, req) => {
    connections.push(req.url ?? "");
    open.add(socket);
    socket.on("close", () => open.delete(socket));
    socket.on("message", (data, isBinary) => {
      if (isBinary) return;
      const ack = parseAck(data.toString());
      if (ack) acks.push({ ...ack, at: Date.now() });
    });
    connectedAt.push(Date.now());
    // Slack's first message; the client's start() resolves only once it arrives.
    socket.send(
      JSON.stringify({
        type: "hello",
        num_connections: open.size,
        debug_info: { host: "applink-fake", approximate_connection_time: 18_060 },
        connection_info: { app_id: "A0APP" },
      }),
    );
  });

  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=fake-ticket&app_id=A0APP`,
    get connections() {
      return connections;
    },
    get acks() {
      return acks;
    },
    get connectedAt() {
      return connectedAt;
    },
    get openCount() {
      return open.size;
    },
    deliver(envelope, to = 0) {
      const envelopeId = envelope.envelope_id ?? `env-${++counter}`;
      const socket = [...open][to];
      if (!socket) throw new Error("no Socket Mode connection to deliver to");
      socket.send(JSON.stringify({ ...envelope, envelope_id: envelopeId }));
      return envelopeId;
    },
    waitForAck: (envelopeId, timeoutMs = 15_000) =>
      poll(`the ack of ${envelopeId}`, timeoutMs, async () =>
        acks.find((a) => a.envelope_id === envelopeId),
      ),
    waitConnected: (timeoutMs = 15_000) =>
      poll("a Socket Mode connection", timeoutMs, async () =>
        open.size > 0 ? true : undefined,
      ).then(() => undefined),
    waitDisconnected: (timeoutMs = 15_000) =>
      poll("the app to close its socket", timeoutMs, async () =>
        open.size === 0 ? true : undefined,
      ).then(() => undefined),
    dropAll() {
      for (const socket of open) socket.terminate();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // ws 8 leaves open sockets alone on close(); end them so nothing keeps the process up.
        for (const socket of open) socket.terminate();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
