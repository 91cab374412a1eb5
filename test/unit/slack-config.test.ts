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

describe("URL settings", () => {
  const slack = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" };

  it.each(["localhost:3000/api/", "slack.com/api/", "ftp://files.example.com/api/", "not a url"])(
    "reject SLACK_API_URL=%s with the fix, not zod's bare 'Invalid URL'",
    (value) => {
      expect(issues({ ...slack, SLACK_API_URL: value })).toEqual([
        "SLACK_API_URL must be an http:// or https:// URL: use a full URL such as https://slack.com/api/, or unset it",
      ]);
    },
  );

  it("reject OPENAI_BASE_URL without http(s) the same way, for the terminal tools too", () => {
    const error = (() => {
      try {
        loadConfig({ OPENAI_BASE_URL: "api.openai.com/v1" }, "cli");
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error instanceof ConfigError ? error.issues : []).toEqual([
      "OPENAI_BASE_URL must be an http:// or https:// URL: use a full URL such as https://api.openai.com/v1, or unset it",
    ]);
  });

  it("accept http and https", () => {
    expect(
      loadConfig({ ...slack, SLACK_API_URL: "https://slack-gov.com/api/" }, "slack").SLACK_API_URL,
    ).toBe("https://slack-gov.com/api/");
    expect(loadConfig({ OPENAI_BASE_URL: "http://127.0.0.1:8080/v1" }, "cli").OPENAI_BASE_URL).toBe(
      "http://127.0.0.1:8080/v1",
    );
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
