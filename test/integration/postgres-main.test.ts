import { describe, expect, it } from "vitest";
import { useFakeSlackForProcesses } from "../fakes/process-slack-api.ts";
import { freePort, spawnMain } from "../fakes/spawn-main.ts";

/** `npm start` with a DATABASE_URL it cannot use: one line naming the variable and the fix. */

const slack = useFakeSlackForProcesses(undefined);

const env = slack.env;

async function failedStart(extra: Record<string, string>): Promise<string> {
  const main = await spawnMain({ ...env(), ...extra });
  try {
    expect(await main.exited).toBe(1);
    return main.output();
  } finally {
    await main.dispose();
  }
}

describe("src/main.ts with DATABASE_URL", { timeout: 30_000 }, () => {
  it("exits 1 with one line when nothing listens at the database's address", async () => {
    const port = await freePort();
    const output = await failedStart({
      DATABASE_URL: `postgres://bot:hunter2@127.0.0.1:${port}/bot`,
    });
    expect(output).toMatch(
      new RegExp(
        `^error \\[STORE_FAILED\\]: DATABASE_URL: connecting at 127\\.0\\.0\\.1:${port}/bot failed: .*ECONNREFUSED.*: start the database or fix the host and port in DATABASE_URL\\n$`,
      ),
    );
    expect(output).not.toContain("hunter2");
  });

  it("exits 1 naming DATABASE_URL for a URL that is not Postgres, before connecting anywhere", async () => {
    const output = await failedStart({ DATABASE_URL: "mysql://bot:hunter2@db/bot" });
    expect(output).toContain("DATABASE_URL must be a postgres:// URL with a host: use postgres://");
    expect(output).not.toContain("hunter2");
    expect(output).not.toMatch(/\n\s+at /);
  });
});
