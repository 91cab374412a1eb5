import { describe, expect, it } from "vitest";
import { databaseTarget, loadConfig } from "../../src/config.ts";
import { ConfigError } from "../../src/errors.ts";

const SLACK = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" };

function issues(env: Record<string, string>, surface: "slack" | "cli" = "slack"): string[] {
  try {
    if (surface === "slack") loadConfig({ ...SLACK, ...env }, "slack");
    else loadConfig(env, "cli");
  } catch (error) {
    if (error instanceof ConfigError) return [...error.issues];
    throw error;
  }
  return [];
}

describe("database settings", () => {
  it("selects SQLite when DATABASE_URL is not set, at DATABASE_PATH if given", () => {
    expect(databaseTarget(loadConfig(SLACK, "slack"))).toEqual({
      kind: "sqlite",
      path: "./data/bot.db",
    });
    expect(databaseTarget(loadConfig({ DATABASE_PATH: "/var/lib/bot.db" }, "cli"))).toEqual({
      kind: "sqlite",
      path: "/var/lib/bot.db",
    });
  });

  it("selects Postgres for a postgres:// URL, with pool size and TLS settings", () => {
    const config = loadConfig(
      {
        ...SLACK,
        DATABASE_URL: "postgresql://bot:pw@db.internal:5432/bot?sslmode=verify-full",
        DATABASE_POOL_SIZE: "4",
      },
      "slack",
    );
    expect(databaseTarget(config)).toEqual({
      kind: "postgres",
      url: "postgresql://bot:pw@db.internal:5432/bot?sslmode=verify-full",
      poolSize: 4,
      ssl: undefined,
      sslCaFile: undefined,
    });
    const withCa = loadConfig(
      { DATABASE_URL: "postgres://db/bot", DATABASE_SSL_CA: "/etc/ca.pem" },
      "cli",
    );
    expect(databaseTarget(withCa)).toMatchObject({ ssl: "verify-full", poolSize: 10 });
    const required = loadConfig(
      { DATABASE_URL: "postgres://db/bot", DATABASE_SSL: "require" },
      "cli",
    );
    expect(databaseTarget(required)).toMatchObject({ ssl: "require" });
  });

  it("names the variable and the fix for a URL that is not Postgres, without echoing it", () => {
    for (const url of ["mysql://u:secret@db/bot", "db.internal:5432", "postgres://"]) {
      const found = issues({ DATABASE_URL: url });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^DATABASE_URL must be a postgres:\/\/ URL .*: use postgres:\/\//);
      expect(found[0]).not.toContain("secret");
    }
  });

  it("refuses DATABASE_URL and DATABASE_PATH together, on every surface", () => {
    const both = { DATABASE_URL: "postgres://db/bot", DATABASE_PATH: "bot.db" };
    expect(issues(both)).toEqual([expect.stringMatching(/^DATABASE_PATH cannot be used together/)]);
    expect(issues(both, "cli")).toEqual([
      expect.stringMatching(/^DATABASE_PATH cannot be used together/),
    ]);
  });

  it("checks the pool size and TLS mode", () => {
    expect(issues({ DATABASE_POOL_SIZE: "0" })[0]).toMatch(/^DATABASE_POOL_SIZE must be positive/);
    expect(issues({ DATABASE_SSL: "yes" })[0]).toMatch(
      /^DATABASE_SSL .*: use disable, require or verify-full/,
    );
  });
});
