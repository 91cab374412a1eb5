import type { webApi } from "@slack/bolt";

export type RetryOptions = NonNullable<webApi.WebClientOptions["retryConfig"]>;

/**
 * Five retries over about five minutes: long enough to ride out a 429 with
 * Retry-After or a brief outage, short enough that a reply is not posted half
 * an hour late (the SDK's default policy spans thirty minutes).
 */
export const DEFAULT_RETRY: RetryOptions = { retries: 5, factor: 3.86, randomize: true };

export interface ClientOptionsInput {
  readonly slackApiUrl?: string;
  readonly retryConfig?: RetryOptions;
}

/**
 * Web API client settings, explicit rather than inherited defaults. Keeping
 * rejectRateLimitedCalls false makes the client wait out Slack's Retry-After
 * on 429 and retry by itself instead of failing the reply.
 */
export function webClientOptions(input: ClientOptionsInput): webApi.WebClientOptions {
  return {
    ...(input.slackApiUrl ? { slackApiUrl: input.slackApiUrl } : {}),
    rejectRateLimitedCalls: false,
    retryConfig: input.retryConfig ?? DEFAULT_RETRY,
    // One stuck call must not hold a reply (or shutdown) forever.
    timeout: 15_000,
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
