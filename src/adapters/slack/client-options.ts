import type { webApi } from "@slack/bolt";

export interface ClientOptionsInput {
  readonly slackApiUrl?: string;
  /** The transport that paces and retries (slack-fetch.ts). */
  readonly fetch: NonNullable<webApi.WebClientOptions["fetch"]>;
}

/**
 * Web API client settings for the listeners' clients. Pacing, 429 waits and
 * retries all happen in the transport (slack-fetch.ts), per method and
 * channel; the client itself must neither retry nor wait, because its own 429
 * handling pauses its whole queue, and its own timeout would cut a call that
 * is only waiting for its channel's turn. Its concurrency cap is lifted for the
 * same reason: a call queued behind a busy channel would hold a slot.
 */
export function webClientOptions(input: ClientOptionsInput): webApi.WebClientOptions {
  return {
    ...(input.slackApiUrl ? { slackApiUrl: input.slackApiUrl } : {}),
    fetch: input.fetch,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: 0,
    maxRequestConcurrency: 100_000,
  };
}

/**
 * The start-up token check: no retries and a short timeout, so a wrong
 * SLACK_API_URL or no network ends start-up in seconds with the fix, instead
 * of minutes of retry lines.
 */
export function startupCheckOptions(slackApiUrl: string | undefined): webApi.WebClientOptions {
  return {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: 5_000,
  };
}

/**
 * The Socket Mode client's own Web API client (apps.connections.open): no
 * retries and 429s returned, because the socket supervisor owns every wait
 * (capped backoff, Retry-After). The Web API policy above must not reach it:
 * handed over, it replaced the socket client's reconnect policy.
 */
export function socketClientOptions(slackApiUrl: string | undefined): webApi.WebClientOptions {
  return {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: 10_000,
  };
}
