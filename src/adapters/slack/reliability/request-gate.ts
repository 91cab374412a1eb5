import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import type { Logger } from "../../../core/ports.ts";

/**
 * Checks every POST to Slack's endpoint before Bolt's HTTP receiver sees it.
 * Bolt buffers up to 4 MB before it looks at the signature, accepts timestamps
 * from the future, and reads fields of whatever the body parses to, so a
 * signed `null` ended the process. Here the cheap checks (size, headers,
 * timestamp) come before the body is read, the body is read with a hard cap,
 * and only a signed object Bolt can route is handed on.
 */

export interface GateOptions {
  readonly signingSecret: string;
  readonly logger: Logger;
  /** Largest body accepted, in bytes; Slack's own payloads are far smaller. */
  readonly bodyLimit?: number;
  /** Allowed clock difference either way, in seconds (Slack's rule: 5 minutes). */
  readonly maxSkewSec?: number;
  /** Wall-clock time; Slack signs with real time, so tests' fake clocks do not apply. */
  readonly nowMs?: () => number;
}

export const BODY_LIMIT = 1024 * 1024;
/** Unsigned bodies Bolt still answers (ssl_check) are tiny; anything bigger is refused unread. */
const UNSIGNED_LIMIT = 256;

type Verdict = { readonly status: number; readonly reason: string };

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === "string" ? value : undefined;
}

/** Refusals decided from the headers alone, before a byte of the body is read. */
function checkHeaders(req: IncomingMessage, options: Required<GateOptions>): Verdict | undefined {
  const length = Number(header(req, "content-length") ?? Number.NaN);
  if (length > options.bodyLimit) return { status: 413, reason: "body over the limit" };
  const signature = header(req, "x-slack-signature");
  const timestamp = header(req, "x-slack-request-timestamp");
  if (signature === undefined || timestamp === undefined) {
    return Number.isFinite(length) && length <= UNSIGNED_LIMIT
      ? undefined
      : { status: 401, reason: "unsigned request" };
  }
  const seconds = Number(timestamp);
  const skew = Math.abs(options.nowMs() / 1000 - seconds);
  if (!Number.isFinite(seconds) || skew > options.maxSkewSec)
    return { status: 401, reason: "timestamp outside ±5 minutes" };
  return undefined;
}

/** Reads the body, giving up (and saying so) as soon as it passes `limit`. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject);
  });
}

function signatureMatches(req: IncomingMessage, body: Buffer, secret: string): boolean {
  const signature = header(req, "x-slack-signature");
  const timestamp = header(req, "x-slack-request-timestamp");
  if (signature === undefined || timestamp === undefined) return true; // Bolt decides (ssl_check).
  const expected = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:`).update(body).digest("hex")}`;
  const given = Buffer.from(signature);
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** What Bolt's receiver will parse the body to (same rules), or a reason it cannot. */
function parseLikeBolt(req: IncomingMessage, body: Buffer): { value: unknown; form: boolean } {
  const text = body.toString("utf8");
  if (header(req, "content-type") === "application/x-www-form-urlencoded") {
    const query = parseQuery(text);
    const { payload } = query;
    if (typeof payload === "string") return { value: JSON.parse(payload), form: false };
    return { value: { ...query }, form: true };
  }
  return { value: JSON.parse(text), form: false };
}

/** A payload Bolt can route: an object with a `type` (or, for a slash command, a `command`). */
function routable(req: IncomingMessage, body: Buffer): Verdict | undefined {
  let parsed: { value: unknown; form: boolean };
  try {
    parsed = parseLikeBolt(req, body);
  } catch {
    return { status: 400, reason: "body is not valid JSON" };
  }
  const { value, form } = parsed;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { status: 400, reason: "payload is not an object" };
  const field = (key: string) =>
    key in value ? (value as Record<string, unknown>)[key] : undefined;
  if (form) {
    return typeof field("command") === "string" || field("ssl_check") === "1"
      ? undefined
      : { status: 400, reason: "form body without command or payload" };
  }
  return typeof field("type") === "string"
    ? undefined
    : { status: 400, reason: "payload has no type" };
}

function refuse(req: IncomingMessage, res: ServerResponse, verdict: Verdict, logger: Logger) {
  logger.warn(
    { status: verdict.status, reason: verdict.reason, path: req.url },
    "slack request refused",
  );
  // Closing the connection stops a client that is still sending a body we will not read.
  res.writeHead(verdict.status, { connection: "close" });
  res.end();
  req.resume();
}

/** Wraps Bolt's request listener: POSTs to `endpoints` pass only once checked; the rest go straight on. */
export function gateRequests(
  inner: RequestListener,
  endpoints: readonly string[],
  gate: GateOptions,
): RequestListener {
  const options: Required<GateOptions> = {
    bodyLimit: BODY_LIMIT,
    maxSkewSec: 300,
    nowMs: Date.now,
    ...gate,
  };
  const { logger } = options;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const early = checkHeaders(req, options);
    if (early) return refuse(req, res, early, logger);
    const body = await readBody(req, options.bodyLimit);
    if (!body) return refuse(req, res, { status: 413, reason: "body over the limit" }, logger);
    if (!signatureMatches(req, body, options.signingSecret))
      return refuse(req, res, { status: 401, reason: "signature mismatch" }, logger);
    const unroutable = routable(req, body);
    if (unroutable) return refuse(req, res, unroutable, logger);
    // Bolt's receiver takes an already-read body from `rawBody` instead of reading the stream.
    Object.assign(req, { rawBody: body });
    inner(req, res);
  };
  return (req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    if (req.method !== "POST" || !endpoints.includes(pathname)) return inner(req, res);
    handle(req, res).catch((error: unknown) => {
      logger.error(
        { code: "UNEXPECTED", err: error instanceof Error ? error.message : String(error) },
        "slack request could not be read",
      );
      if (!res.headersSent) res.writeHead(500).end();
    });
  };
}
