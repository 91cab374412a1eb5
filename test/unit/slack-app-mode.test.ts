import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackApp, type SlackAppConfig } from "../../src/adapters/slack/create-slack-app.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { createFakeClock } from "../fakes/fake-clock.ts";
import { type FakeSlackApi, startFakeSlackApi } from "../fakes/fake-slack-api.ts";
import { sequentialIds } from "../fakes/sequential-ids.ts";
import { memorySlackStores, realBot } from "../fakes/slack-harness.ts";

let api: FakeSlackApi;
beforeAll(async () => {
  api = await startFakeSlackApi();
});
afterAll(async () => {
  await api?.close();
});

async function build(config: Partial<SlackAppConfig>) {
  const { core, run } = await realBot();
  return createSlackApp({
    config: {
      SLACK_BOT_TOKEN: "xoxb-mode-test",
      SLACK_SIGNING_SECRET: undefined,
      SLACK_APP_TOKEN: undefined,
      // Even constructing the app calls auth.test: keep it on the fake.
      SLACK_API_URL: api.apiUrl,
      PORT: 0,
      RATE_LIMIT_PER_MINUTE: 10,
      ...config,
    },
    run,
    entries: core.kb.entries,
    ...memorySlackStores(),
    logger: silentLogger,
    clock: createFakeClock(),
    newId: sequentialIds(),
  });
}

describe("createSlackApp mode", { timeout: 30_000 }, () => {
  it("uses Socket Mode when an app token is set (no signing secret needed)", async () => {
    expect((await build({ SLACK_APP_TOKEN: "xapp-1-test" })).mode).toBe("socket");
  });

  it("uses HTTP otherwise, and refuses to build without a signing secret", async () => {
    expect((await build({ SLACK_SIGNING_SECRET: "secret" })).mode).toBe("http");
    await expect(build({})).rejects.toThrow(/SLACK_SIGNING_SECRET/);
  });

  it("fails start-up with a fix when Slack rejects the bot token", async () => {
    const bot = await build({ SLACK_SIGNING_SECRET: "secret" });
    api.failNext("auth.test", "invalid_auth");
    await expect(bot.start()).rejects.toThrow(/Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/);
  });

  it("fails start-up naming PORT when the port is taken, in HTTP and in Socket Mode", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const bound = taken.address();
    const port = bound !== null && typeof bound === "object" ? bound.port : 0;
    try {
      for (const mode of [{ SLACK_SIGNING_SECRET: "secret" }, { SLACK_APP_TOKEN: "xapp-1-test" }]) {
        const bot = await build({ ...mode, PORT: port });
        await expect(bot.start()).rejects.toThrow(`PORT ${port} is already in use`);
      }
    } finally {
      taken.close();
    }
  });
});
