import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_BOT_USER_ID, type FakeSlackApi, startFakeSlackApi } from "../fakes/fake-slack-api.ts";
import { postSigned, TEST_SIGNING_SECRET } from "../fakes/signed-request.ts";
import { TEST_BOT_TOKEN } from "../fakes/slack-harness.ts";
import { eventCallback, mentionEvent } from "../fakes/slack-payloads.ts";
import { poll, spawnMain } from "../fakes/spawn-main.ts";

/**
 * Rolling updates on Kubernetes: on SIGTERM the pod is taken out of its
 * Service while it still runs. /healthz must say not-ready first, and requests
 * routed to the pod before the endpoints caught up must still be answered.
 */

let api: FakeSlackApi;

beforeAll(async () => {
  api = await startFakeSlackApi();
}, 30_000);
afterAll(async () => {
  await api?.close();
});

describe("SIGTERM with SHUTDOWN_DELAY_MS", { timeout: 30_000 }, () => {
  it("turns /healthz 503 first, keeps answering during the delay, then drains and exits 0", async () => {
    const main = await spawnMain({
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      LOG_LEVEL: "warn",
      SHUTDOWN_DELAY_MS: "4000",
    });
    try {
      await main.waitHealthy();
      main.child.kill("SIGTERM");
      const notReady = await poll("/healthz to turn 503", 10_000, async () => {
        const res = await fetch(`${main.origin}/healthz`);
        return res.status === 503 ? ((await res.json()) as Record<string, unknown>) : undefined;
      });
      expect(notReady).toMatchObject({ status: "stopping" });

      const late = await postSigned(
        `${main.origin}/slack/events`,
        eventCallback(mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> what is CRI?` })),
      );
      expect(late.status).toBe(200);
      expect(await main.exited).toBe(0);
      expect(api.callsTo("chat.postMessage")).toHaveLength(1);
    } finally {
      await main.dispose();
    }
  });
});
