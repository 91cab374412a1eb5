import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { setTimeout as sleep } from "node:timers/promises";
import { type RespondArguments, RespondError } from "@slack/bolt";
import type { Logger } from "../../core/ports.ts";

/** Posts one message to a response_url (an ephemeral reply, a replacement, a delete). */
export type Respond = (message: RespondArguments) => Promise<void>;

export interface ResponseUrls {
  /** The poster for one payload's response_url; one that has none rejects when called. */
  via(responseUrl: string | undefined): Respond;
  /** Closes the kept-alive connections (on stop). */
  close(): void;
}

/**
 * Tries per post and the waits between them. A response_url stays valid for 30
 * minutes; three tries within a minute ride out a blip without posting late.
 */
export interface ResponseUrlPolicy {
  readonly attempts: number;
  readonly backoffMs: readonly number[];
  /** One stuck post must not hold a reply (or shutdown) for long. */
  readonly attemptTimeoutMs: number;
}

export const DEFAULT_RESPONSE_URL_POLICY: ResponseUrlPolicy = {
  attempts: 3,
  backoffMs: [1_000, 4_000],
  attemptTimeoutMs: 10_000,
};

/** A non-2xx answer, with Slack's error string when the body carried one (expired_url, used_url). */
class ResponseUrlError extends RespondError {
  readonly slackError: string | undefined;
  constructor(message: string, statusCode: number, slackError: string | undefined) {
    super(message, statusCode);
    this.slackError = slackError;
  }
}

/** Failures worth another try: Slack's side or the network, not a malformed message. */
function retryable(error: unknown): boolean {
  if (error instanceof RespondError) {
    const status = error.statusCode ?? 0;
    // A 404 that says why (expired_url, used_url) is final; a bare one is Slack's edge having a
    // moment with a URL that is still valid.
    if (status === 404) return !(error instanceof ResponseUrlError && error.slackError);
    return status === 0 || status >= 500 || status === 408 || status === 429;
  }
  return true; // timeouts, resets, refused connections
}

/**
 * response_url posts over node:http with kept-alive connections, in place of
 * Bolt's `respond`. Bolt posts through global fetch, whose streams, request
 * clones and abort signals cost more CPU per reply than the rest of the reply
 * path; under a burst of slash commands that CPU is taken from the acks.
 * Same request (POST, JSON) and the same failure (RespondError on a non-2xx).
 */
export function createResponseUrls(
  policy: ResponseUrlPolicy = DEFAULT_RESPONSE_URL_POLICY,
  logger?: Logger,
): ResponseUrls {
  // maxSockets bounds the connections a burst opens to Slack; the rest wait for a free one.
  const http = new HttpAgent({ keepAlive: true, maxSockets: 50 });
  const https = new HttpsAgent({ keepAlive: true, maxSockets: 50 });
  const post = (url: URL, body: Buffer) =>
    new Promise<void>((resolve, reject) => {
      const secure = url.protocol === "https:";
      const req = (secure ? httpsRequest : httpRequest)(
        url,
        {
          method: "POST",
          agent: secure ? https : http,
          headers: {
            "content-type": "application/json",
            "content-length": body.length,
          },
          timeout: policy.attemptTimeoutMs,
        },
        (res) => settle(res, resolve, reject),
      );
      req.once("timeout", () =>
        req.destroy(new Error(`response_url: no answer in ${policy.attemptTimeoutMs} ms`)),
      );
      req.once("error", reject);
      req.end(body);
    });
  return {
    via: (responseUrl) => async (message) => {
      if (!responseUrl) throw new RespondError("The payload has no response_url", 0);
      // Encoded once: the length header and the socket write both use these bytes.
      const body = Buffer.from(JSON.stringify(message));
      const url = new URL(responseUrl);
      for (let attempt = 1; ; attempt++) {
        try {
          await post(url, body);
          return;
        } catch (error) {
          const last = attempt >= policy.attempts || !retryable(error);
          const reason = error instanceof Error ? error.message : String(error);
          if (attempt === 1 || last)
            logger?.warn(
              { method: "response_url", error: reason, attempt },
              last ? "response_url post failed: giving up" : "response_url post failed: retrying",
            );
          if (last) throw error;
          await sleep(policy.backoffMs[attempt - 1] ?? policy.backoffMs.at(-1) ?? 1_000);
        }
      }
    },
    close() {
      http.destroy();
      https.destroy();
    },
  };
}

/** Resolves on a 2xx like fetch's `ok`; the body is drained so the connection can be reused. */
function settle(res: IncomingMessage, resolve: () => void, reject: (error: Error) => void): void {
  const status = res.statusCode ?? 0;
  if (status >= 200 && status < 300) {
    res.resume();
    resolve();
    return;
  }
  // Error bodies are small; read (at most 4 KB of) it for Slack's error string.
  let body = "";
  res.setEncoding("utf8");
  res.on("data", (chunk: string) => {
    if (body.length < 4096) body += chunk;
  });
  res.once("end", () =>
    reject(
      new ResponseUrlError(
        `Failed to respond to the response_url: ${status} ${res.statusMessage ?? ""}`,
        status,
        slackErrorIn(body),
      ),
    ),
  );
  res.once("error", reject);
}

function slackErrorIn(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null && "error" in parsed)
      return typeof parsed.error === "string" ? parsed.error : undefined;
  } catch {
    // Not JSON: an edge error page.
  }
  return undefined;
}
