import { webApi } from "@slack/bolt";
import type { Logger } from "../../../core/ports.ts";

/** The Web API method from a request URL such as https://slack.com/api/chat.postMessage. */
function methodOf(request: unknown): string | undefined {
  if (typeof request !== "object" || request === null || !("url" in request)) return undefined;
  return typeof request.url === "string" ? request.url.split("/").pop() : undefined;
}

/**
 * Logs every 429 Slack answers, with its Retry-After, from the client's own
 * rate-limited event: the client then waits that long and retries by itself,
 * so without this line a slow reply would have no visible cause. Bolt hands
 * listeners pooled clients, so each is watched the first time it is seen.
 */
export function createRateLimitLog(logger: Logger): (client: webApi.WebClient) => void {
  const watched = new WeakSet<webApi.WebClient>();
  return (client) => {
    if (watched.has(client)) return;
    watched.add(client);
    client.on(webApi.WebClientEvent.RATE_LIMITED, (retryAfterSec: unknown, request: unknown) => {
      logger.warn(
        { retryAfterSec, method: methodOf(request) },
        "slack rate limited: waiting Retry-After before retrying",
      );
    });
  };
}
