import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type ChaosFault, createFaults, type Fault, type FaultMatch } from "./fake-faults.ts";

/**
 * A local stand-in for Slack's Web API and for response_url, recording every
 * call. The app reaches it through `clientOptions.slackApiUrl` (Web API) and
 * through the response_url we put in slash and button payloads.
 */
export interface RecordedCall {
  /** Web API method (e.g. chat.postMessage) or "respond" for response_url posts. */
  readonly method: string;
  readonly body: Record<string, unknown>;
  readonly status: number;
  /** False when the fake was told to fail or rate-limit this call. */
  readonly ok: boolean;
  readonly authorized: boolean;
  /** The token the call carried (Authorization: Bearer …), for checks on where it came from. */
  readonly token?: string;
  /** For response_url posts: the id in /respond/<id>. */
  readonly respondId?: string;
  /** When the call arrived (epoch ms). */
  readonly at?: number;
}

export interface FakeSlackApi {
  /** Base URL for clientOptions.slackApiUrl, ending in /api/. */
  readonly apiUrl: string;
  /** A response_url served by this fake. */
  responseUrl(id?: string): string;
  readonly calls: readonly RecordedCall[];
  /** Successful calls to `method` (failed and rate-limited ones are in `calls`). */
  callsTo(method: string): RecordedCall[];
  /** The next call to `method` answers ok:false with `error`. */
  failNext(method: string, error: string): void;
  /** The next call to `method` (in `channel`, when given) answers 429 with Retry-After. */
  rateLimitNext(method: string, retryAfterSeconds: number, match?: FaultMatch): void;
  /** The next `times` calls to `method` answer HTTP `status` (e.g. 500) with no Slack body. */
  httpErrorNext(method: string, status: number, times?: number, match?: FaultMatch): void;
  /** The next `times` calls to `method` get their connection dropped without an answer. */
  dropNext(method: string, times?: number): void;
  /** The next call to `method` is never answered (the caller must time out). */
  hangNext(method: string): void;
  /** Every call to `method` answers HTTP `status` until `recover(method)`. */
  outage(method: string, status: number): void;
  recover(method: string): void;
  /**
   * Holds the next call to `method` until `release()`: `arrived` resolves when
   * the call is waiting, so a test can act while a reply is in flight.
   */
  hold(method: string): { readonly arrived: Promise<void>; release(): void };
  /** Messages the bot posted or streamed (and any seeded), as conversations.replies returns them. */
  readonly messages: readonly StoredMessage[];
  /** Adds a message as if someone had posted it earlier (a thread before a restart). */
  seed(message: StoredMessage): void;
  /** Polls until `count` calls to `method` are recorded; generous timeout, no fixed sleeps. */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  reset(): void;
  close(): Promise<void>;
}

export interface StoredMessage {
  readonly channel: string;
  readonly ts: string;
  readonly thread_ts?: string;
  readonly user?: string;
  readonly bot_id?: string;
  readonly text?: string;
  metadata?: unknown;
}

export type { ChaosFault, FaultMatch };

export const FAKE_BOT_USER_ID = "UBOT";
export const FAKE_BOT_ID = "BBOT";
export const FAKE_TEAM_ID = "T0001";

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType?.includes("application/json")) {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "object" && parsed !== null ? { ...parsed } : {};
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client sends objects (blocks, view) as JSON inside form fields.
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

export interface FakeSlackApiOptions {
  /** What apps.connections.open hands the Socket Mode client (a fake-socket-mode URL). */
  readonly socketModeUrl?: string;
  /** Decides a fault for calls with none queued: the soak's random 500s, 429s, hangs and drops. */
  readonly chaos?: (method: string) => ChaosFault | undefined;
}

export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const recorded: RecordedCall[] = [];
  const faults = createFaults();
  const hung = new Set<ServerResponse>();
  const holds = new Map<string, { arrive: () => void; released: Promise<void> }>();
  let tsCounter = 0;
  const messages: StoredMessage[] = [];
  const nextTs = () => {
    tsCounter++;
    return `1700000000.${String(tsCounter).padStart(6, "0")}`;
  };
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  function store(body: Record<string, unknown>, ts: string): void {
    const thread = str(body.thread_ts);
    messages.push({
      channel: String(body.channel),
      ts,
      ...(thread ? { thread_ts: thread } : {}),
      bot_id: FAKE_BOT_ID,
      user: FAKE_BOT_USER_ID,
      ...(str(body.text) ? { text: str(body.text) } : {}),
      ...(body.metadata ? { metadata: body.metadata } : {}),
    });
  }

  // Without a socket server, fail fast: the client gives up on invalid_auth instead of retrying.
  function noSocketServer(method: string): Fault | undefined {
    return method === "apps.connections.open" && !options.socketModeUrl
      ? { kind: "fail", error: "invalid_auth" }
      : undefined;
  }

  function okPayload(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://fake.slack.test/",
          team: "Fake",
          user: "k8s-runtime",
          team_id: FAKE_TEAM_ID,
          user_id: FAKE_BOT_USER_ID,
          bot_id: FAKE_BOT_ID,
        };
      case "chat.startStream": {
        const ts = nextTs();
        store(body, ts);
        return { ok: true, channel: body.channel, ts };
      }
      case "chat.stopStream":
      case "chat.update": {
        const found = messages.find((m) => m.channel === body.channel && m.ts === body.ts);
        if (found && body.metadata) found.metadata = body.metadata;
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      }
      case "conversations.replies": {
        const thread = messages.filter(
          (m) => m.channel === body.channel && (m.ts === body.ts || m.thread_ts === body.ts),
        );
        const withMetadata =
          body.include_all_metadata === "true" || body.include_all_metadata === true;
        return {
          ok: true,
          messages: thread.map(({ metadata, channel: _c, ...m }) => ({
            ...m,
            ...(withMetadata && metadata ? { metadata } : {}),
          })),
          has_more: false,
        };
      }
      case "chat.postMessage": {
        const ts = nextTs();
        store(body, ts);
        return {
          ok: true,
          channel: body.channel,
          ts,
          message: { text: body.text, ts, bot_id: FAKE_BOT_ID },
        };
      }
      case "views.publish":
        return { ok: true, view: { id: "V0001", type: "home" } };
      case "apps.connections.open":
        return { ok: true, url: options.socketModeUrl };
      default:
        return { ok: true };
    }
  }

  function send(
    res: ServerResponse,
    status: number,
    payload: unknown,
    headers: Record<string, string> = {},
  ) {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(payload));
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const body = parseBody(await readBody(req), req.headers["content-type"]);
    const method = url.pathname.startsWith("/respond/")
      ? "respond"
      : url.pathname.replace(/^\/api\//, "");
    const token = req.headers.authorization?.replace(/^Bearer /, "");
    const authorized = token !== undefined;
    const respondId = method === "respond" ? url.pathname.split("/")[2] : undefined;
    const calls = {
      push: (call: RecordedCall) =>
        void recorded.push({ ...call, at: Date.now(), ...(respondId ? { respondId } : {}) }),
    };
    const held = holds.get(method);
    if (held) {
      holds.delete(method);
      held.arrive();
      await held.released;
    }
    const fault = faults.take(method, body) ?? noSocketServer(method) ?? options.chaos?.(method);
    if (fault?.kind === "drop") {
      calls.push({ method, body, status: 0, ok: false, authorized, ...(token ? { token } : {}) });
      req.socket.destroy();
      return;
    }
    if (fault?.kind === "hang") {
      calls.push({ method, body, status: 0, ok: false, authorized, ...(token ? { token } : {}) });
      hung.add(res);
      return;
    }
    if (fault?.kind === "http") {
      calls.push({
        method,
        body,
        status: fault.status,
        ok: false,
        authorized,
        ...(token ? { token } : {}),
      });
      res.writeHead(fault.status, { "content-type": "text/plain" });
      res.end("upstream trouble");
      return;
    }
    if (fault?.kind === "ratelimit") {
      calls.push({ method, body, status: 429, ok: false, authorized, ...(token ? { token } : {}) });
      send(
        res,
        429,
        { ok: false, error: "ratelimited" },
        { "retry-after": String(fault.retryAfter) },
      );
      return;
    }
    calls.push({
      method,
      body,
      status: 200,
      ok: fault === undefined,
      authorized,
      ...(token ? { token } : {}),
    });
    if (fault?.kind === "fail") {
      // A dead response_url answers 404 (expired or used up); the Web API answers 200 ok:false.
      send(res, method === "respond" ? 404 : 200, { ok: false, error: fault.error });
      return;
    }
    send(res, 200, method === "respond" ? { ok: true } : okPayload(method, body));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${origin}/api/`,
    responseUrl: (id = "r1") => `${origin}/respond/${id}`,
    get calls() {
      return recorded;
    },
    get messages() {
      return messages;
    },
    seed: (message) => void messages.push(message),
    callsTo: (method) => recorded.filter((c) => c.method === method && c.ok),
    failNext: (method, error) => faults.queue(method, { kind: "fail", error }),
    rateLimitNext: (method, retryAfter, match) =>
      faults.queue(method, { kind: "ratelimit", retryAfter }, 1, match),
    httpErrorNext: (method, status, times, match) =>
      faults.queue(method, { kind: "http", status }, times, match),
    dropNext: (method, times) => faults.queue(method, { kind: "drop" }, times),
    hangNext: (method) => faults.queue(method, { kind: "hang" }),
    outage: faults.outage,
    recover: faults.recover,
    hold(method) {
      let arrive = () => {};
      let release = () => {};
      const arrived = new Promise<void>((resolve) => {
        arrive = resolve;
      });
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      holds.set(method, { arrive, released });
      return { arrived, release };
    },
    async waitFor(method, count = 1, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = recorded.filter((c) => c.method === method && c.ok);
        if (found.length >= count) return found;
        if (Date.now() > deadline) {
          const seen = recorded.map((c) => `${c.method}:${c.status}`).join(", ");
          throw new Error(`expected ${count} call(s) to ${method}; recorded: [${seen}]`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    reset() {
      recorded.length = 0;
      messages.length = 0;
      faults.clear();
      holds.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
