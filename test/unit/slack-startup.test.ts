import { describe, expect, it } from "vitest";
import { startupCheckOptions } from "../../src/adapters/slack/client-options.ts";
import { listenError, tokenCheckError } from "../../src/adapters/slack/startup.ts";
import { AppError, ErrorCode } from "../../src/errors.ts";

/** Shaped like @slack/web-api's errors, which the app only reads through their fields. */
const platformError = (error: string) =>
  Object.assign(new Error(`An API error occurred: ${error}`), {
    code: "slack_webapi_platform_error",
    data: { ok: false, error },
  });
const requestError = (cause: unknown) =>
  Object.assign(new Error("A request error occurred: fetch failed"), {
    code: "slack_webapi_request_error",
    original: Object.assign(new TypeError("fetch failed"), { cause }),
  });

describe("start-up token check", () => {
  it("uses a client that neither retries nor waits out a 429, with a short timeout", () => {
    const options = startupCheckOptions("http://127.0.0.1:1/api/");
    expect(options).toMatchObject({
      slackApiUrl: "http://127.0.0.1:1/api/",
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    expect(options.timeout).toBeLessThanOrEqual(5_000);
  });

  it("blames the token when Slack answered with an error", () => {
    const error = tokenCheckError(platformError("invalid_auth"), undefined);
    expect(error.message).toMatch(/^Slack rejected SLACK_BOT_TOKEN \(invalid_auth\): copy/);
  });

  it("names SLACK_API_URL and the network when Slack was not reached", () => {
    const refused = { code: "ECONNREFUSED" };
    expect(tokenCheckError(requestError(refused), "http://10.0.0.1/api/").message).toBe(
      "could not reach the Slack Web API at http://10.0.0.1/api/ (ECONNREFUSED): check SLACK_API_URL (http://10.0.0.1/api/), or unset it to use https://slack.com/api/",
    );
    const timeout = Object.assign(new Error("aborted"), { name: "TimeoutError" });
    expect(tokenCheckError(requestError(timeout), undefined).message).toBe(
      "could not reach the Slack Web API at https://slack.com/api/ (no answer in time): check the network connection or proxy; SLACK_API_URL is unset, so https://slack.com/api/ is used",
    );
  });
});

describe("listenError", () => {
  it("turns EADDRINUSE and EACCES into errors naming PORT; leaves others alone", () => {
    const inUse = listenError(Object.assign(new Error("listen"), { code: "EADDRINUSE" }), 3000);
    expect(inUse).toBeInstanceOf(AppError);
    expect(inUse).toMatchObject({ code: ErrorCode.ConfigInvalid });
    expect(String(inUse)).toContain("PORT 3000 is already in use");
    const denied = listenError(Object.assign(new Error("listen"), { code: "EACCES" }), 80);
    expect(String(denied)).toContain("PORT 80 needs privileges");
    const other = new Error("other");
    expect(listenError(other, 3000)).toBe(other);
  });
});
