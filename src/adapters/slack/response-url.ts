import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { type RespondArguments, RespondError } from "@slack/bolt";

/** Posts one message to a response_url (an ephemeral reply, a replacement, a delete). */
export type Respond = (message: RespondArguments) => Promise<void>;

export interface ResponseUrls {
  /** The poster for one payload's response_url; one that has none rejects when called. */
  via(responseUrl: string | undefined): Respond;
  /** Closes the kept-alive connections (on stop). */
  close(): void;
}

/** The same bound as the Web API client's: one stuck post must not hold a reply or shutdown. */
const TIMEOUT_MS = 15_000;

/**
 * response_url posts over node:http with kept-alive connections, in place of
 * Bolt's `respond`. Bolt posts through global fetch, whose streams, request
 * clones and abort signals cost more CPU per reply than the rest of the reply
 * path; under a burst of slash commands that CPU is taken from the acks.
 * Same request (POST, JSON) and the same failure (RespondError on a non-2xx).
 */
export function createResponseUrls(): ResponseUrls {
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
          timeout: TIMEOUT_MS,
        },
        (res) => settle(res, resolve, reject),
      );
      req.once("timeout", () =>
        req.destroy(new Error(`response_url: no answer in ${TIMEOUT_MS} ms`)),
      );
      req.once("error", reject);
      req.end(body);
    });
  return {
    via: (responseUrl) => async (message) => {
      if (!responseUrl) throw new RespondError("The payload has no response_url", 0);
      // Encoded once: the length header and the socket write both use these bytes.
      await post(new URL(responseUrl), Buffer.from(JSON.stringify(message)));
    },
    close() {
      http.destroy();
      https.destroy();
    },
  };
}

/** Resolves on a 2xx like fetch's `ok`; the body is drained so the connection can be reused. */
function settle(res: IncomingMessage, resolve: () => void, reject: (error: Error) => void): void {
  res.resume();
  const status = res.statusCode ?? 0;
  if (status >= 200 && status < 300) resolve();
  else
    reject(
      new RespondError(
        `Failed to respond to the response_url: ${status} ${res.statusMessage ?? ""}`,
        status,
      ),
    );
}
