import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { FAKE_BOT_USER_ID, type FakeSlackApi, startFakeSlackApi } from "./fake-slack-api.ts";
import { postSigned, TEST_SIGNING_SECRET } from "./signed-request.ts";
import { TEST_BOT_TOKEN } from "./slack-harness.ts";
import { eventCallback, mentionEvent } from "./slack-payloads.ts";

// A type alias, not an interface, so it still fits spawnMain's Record<string, string>.
type ProcessEnv = {
  readonly SLACK_BOT_TOKEN: string;
  readonly SLACK_SIGNING_SECRET: string;
  readonly SLACK_API_URL: string;
  readonly LOG_LEVEL?: string;
};

/**
 * One fake Slack Web API for a file of tests that run the app as a child
 * process: started once, reset before each test, closed at the end. `env()` is
 * what such a process needs to reach it; `logLevel` is left out when undefined.
 */
export function useFakeSlackForProcesses(logLevel: string | undefined = "info") {
  let started: FakeSlackApi | undefined;
  beforeAll(async () => {
    started = await startFakeSlackApi();
  }, 30_000);
  afterAll(async () => {
    await started?.close();
  });
  beforeEach(() => {
    started?.reset();
  });
  const api = (): FakeSlackApi => {
    if (!started) throw new Error("the fake Slack API is not started (use it inside a test)");
    return started;
  };
  const env = (): ProcessEnv => ({
    SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: api().apiUrl,
    ...(logLevel ? { LOG_LEVEL: logLevel } : {}),
  });
  /** A mention to the app at `origin` whose reply is held at the fake Slack until released: work in flight. */
  const replyInFlight = async (origin: string) => {
    const hold = api().hold("chat.postMessage");
    const res = await postSigned(
      `${origin}/slack/events`,
      eventCallback(mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> what is CRI?` })),
    );
    expect(res.status).toBe(200);
    await hold.arrived;
    return hold;
  };
  return { api, env, replyInFlight };
}
