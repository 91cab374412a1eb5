import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { ConfigError } from "../../src/errors.ts";

function issues(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env, "slack");
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  return [];
}

describe("loadConfig(env, 'slack')", () => {
  it("names every missing variable with its fix in one error", () => {
    const found = issues({});
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^SLACK_BOT_TOKEN is required: copy the Bot User OAuth Token/);
    expect(found[1]).toMatch(
      /^SLACK_SIGNING_SECRET is required in HTTP mode .*: .*SLACK_APP_TOKEN/,
    );
  });

  it("reports malformed values next to missing ones", () => {
    const found = issues({ SLACK_BOT_TOKEN: "xoxp-user", PORT: "http" });
    expect(found.map((i) => i.split(" ")[0])).toEqual([
      "SLACK_BOT_TOKEN",
      "PORT",
      "SLACK_SIGNING_SECRET",
    ]);
  });

  it("HTTP mode needs the signing secret; Socket Mode does not", () => {
    expect(
      loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }, "slack"),
    ).toMatchObject({
      PORT: 3000,
      RATE_LIMIT_PER_MINUTE: 10,
    });
    expect(
      loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }, "slack").SLACK_APP_TOKEN,
    ).toBe("xapp-1");
  });

  it("takes SLACK_API_URL for GovSlack or a fake API", () => {
    const config = loadConfig(
      {
        SLACK_BOT_TOKEN: "xoxb-1",
        SLACK_SIGNING_SECRET: "s",
        SLACK_API_URL: "http://127.0.0.1:9/api/",
      },
      "slack",
    );
    expect(config.SLACK_API_URL).toBe("http://127.0.0.1:9/api/");
  });
});

describe("a .env copied from .env.example", () => {
  it("treats NAME= as not set", () => {
    const found = issues({
      SLACK_BOT_TOKEN: "",
      SLACK_SIGNING_SECRET: "",
      PORT: "",
      SLACK_APP_TOKEN: "",
    });
    expect(found[0]).toMatch(/^SLACK_BOT_TOKEN is required: /);
    expect(found).toHaveLength(2);
  });
});
