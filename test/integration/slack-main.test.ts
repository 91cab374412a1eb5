import { createServer, type Server } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useFakeSlackForProcesses } from "../fakes/process-slack-api.ts";
import { TEST_BOT_TOKEN } from "../fakes/slack-harness.ts";
import { freePort, ROOT, spawnMain } from "../fakes/spawn-main.ts";

/** `npm start` as a process: start-up, health, config errors and SIGTERM. */

const slack = useFakeSlackForProcesses();

const env = slack.env;

/** A server holding a random port, as another process would. */
async function occupyPort(): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return server;
}

function address(server: Server): number {
  const bound = server.address();
  if (bound === null || typeof bound !== "object") throw new Error("not listening");
  return bound.port;
}

describe("src/main.ts", { timeout: 30_000 }, () => {
  it("exits 1 naming each missing variable, without a stack trace", async () => {
    const main = await spawnMain({});
    try {
      expect(await main.exited).toBe(1);
      const out = main.output();
      expect(out).toContain("SLACK_BOT_TOKEN is required");
      expect(out).toContain("SLACK_SIGNING_SECRET is required");
      expect(out).not.toMatch(/\n\s+at /);
    } finally {
      await main.dispose();
    }
  });

  it("exits 1 with one line naming DATABASE_PATH and the fix when the file is not a database", async () => {
    const main = await spawnMain(
      { ...env(), DATABASE_PATH: "broken.db" },
      { files: { "broken.db": "not a database ".repeat(200) } },
    );
    try {
      expect(await main.exited).toBe(1);
      const out = main.output();
      expect(out).toMatch(
        /error \[STORE_FAILED\]: DATABASE_PATH broken\.db is not a readable SQLite database.*move the file aside/,
      );
      expect(out).not.toMatch(/\n\s+at /);
    } finally {
      await main.dispose();
    }
  });

  it("runs in a temporary folder, so only a .env placed there is read, never the repo's", async () => {
    slack.api().failNext("auth.test", "invalid_auth");
    const { SLACK_SIGNING_SECRET, SLACK_API_URL } = env();
    const main = await spawnMain(
      { SLACK_SIGNING_SECRET, SLACK_API_URL },
      { files: { ".env": "SLACK_BOT_TOKEN=xoxb-from-dotenv\n" } },
    );
    try {
      expect(path.relative(ROOT, main.cwd).startsWith("..")).toBe(true);
      expect(await main.exited).toBe(1);
      const check = slack.api().calls.find((c) => c.method === "auth.test");
      expect(check?.token).toBe("xoxb-from-dotenv");
      expect(main.output()).toContain("Slack rejected SLACK_BOT_TOKEN (invalid_auth)");
    } finally {
      await main.dispose();
    }
  });

  it("exits 1 with the fix when Slack rejects the bot token", async () => {
    slack.api().failNext("auth.test", "invalid_auth");
    const main = await spawnMain(env());
    try {
      expect(await main.exited).toBe(1);
      expect(main.output()).toContain("Slack rejected SLACK_BOT_TOKEN (invalid_auth)");
      expect(main.output()).not.toMatch(/\n\s+at /);
      expect(main.output()).not.toContain(TEST_BOT_TOKEN);
    } finally {
      await main.dispose();
    }
  });

  it("exits 1 within seconds naming SLACK_API_URL when nothing answers there", async () => {
    // A port nothing listens on: every request is refused at once.
    const closed = `http://127.0.0.1:${await freePort()}/api/`;
    const main = await spawnMain({ ...env(), SLACK_API_URL: closed });
    try {
      expect(await main.exited).toBe(1);
      const out = main.output();
      expect(out).toContain(`could not reach the Slack Web API at ${closed} (ECONNREFUSED)`);
      expect(out).toContain(`check SLACK_API_URL (${closed})`);
      expect(out).not.toMatch(/\n\s+at /);
      expect(out).not.toContain(TEST_BOT_TOKEN);
    } finally {
      await main.dispose();
    }
  });

  it("exits 1 naming PORT when another process holds it", async () => {
    const taken = await occupyPort();
    const port = String(address(taken));
    const main = await spawnMain({ ...env(), PORT: port });
    try {
      expect(await main.exited).toBe(1);
      expect(main.output()).toContain(`PORT ${port} is already in use`);
      expect(main.output()).not.toMatch(/\n\s+at /);
    } finally {
      await main.dispose();
      taken.close();
    }
  });

  it("serves /healthz, then on SIGTERM stops taking requests, finishes the reply in flight and exits 0", async () => {
    const main = await spawnMain(env());
    try {
      expect(await main.waitHealthy()).toMatchObject({ status: "ok", mode: "http" });
      const hold = await slack.replyInFlight(main.origin);
      main.child.kill("SIGTERM");
      await main.waitClosed();
      hold.release();
      expect(await main.exited).toBe(0);
      expect(slack.api().callsTo("chat.postMessage")).toHaveLength(1);
      expect(main.output()).not.toContain(TEST_BOT_TOKEN);
    } finally {
      await main.dispose();
    }
  });
});
