import { LogLevel } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/adapters/logger/create-logger.ts";
import { redactTokens, toBoltLogger } from "../../src/adapters/slack/bolt-logger.ts";
import { createMemoryLog } from "../fakes/memory-log.ts";

describe("toBoltLogger", () => {
  it("reports the app's level, so the SDKs skip building debug lines at info", () => {
    expect(toBoltLogger(createLogger({ level: "silent" }), "info").getLevel()).toBe(LogLevel.INFO);
    expect(toBoltLogger(createLogger({ level: "silent" }), "debug").getLevel()).toBe(
      LogLevel.DEBUG,
    );
    expect(toBoltLogger(createLogger({ level: "silent" }), "error").getLevel()).toBe(
      LogLevel.ERROR,
    );
  });

  it("redacts tokens in SDK lines at every level, where pino's redaction cannot see them", () => {
    const log = createMemoryLog();
    const bolt = toBoltLogger(createLogger({ level: "debug", destination: log }), "debug");
    bolt.warn("failed with", { token: "xoxb-1-2-abc", note: "xapp-1-A0-1-def" });
    bolt.error(new Error("bad token=xoxp-9-9-ghi in request"));
    const all = log.lines.join("");
    for (const secret of ["xoxb-1-2-abc", "xapp-1-A0-1-def", "xoxp-9-9-ghi"])
      expect(all).not.toContain(secret);
    expect(log.entries().map((e) => e.msg)).toEqual([
      'failed with {"token":"[redacted]","note":"[redacted]"}',
      "bad token=[redacted] in request",
    ]);
  });

  it("keeps the label of a debug line and drops the payload after it", () => {
    const log = createMemoryLog();
    const bolt = toBoltLogger(createLogger({ level: "debug", destination: log }), "debug");
    bolt.debug('Received a message on the WebSocket: {"payload":{"text":"my question"}}');
    bolt.debug("http request body:", { text: "my question" });
    expect(log.entries().map((e) => e.msg)).toEqual([
      "Received a message on the WebSocket: [payload omitted]",
      "http request body: [payload omitted]",
    ]);
  });
});

describe("toBoltLogger below LOG_LEVEL", () => {
  it("drops a line before formatting it: Bolt logs debug lines on every request", () => {
    const log = createMemoryLog();
    const bolt = toBoltLogger(createLogger({ level: "warn", destination: log }), "warn");
    let formatted = 0;
    const payload = {
      toJSON() {
        formatted++;
        return {};
      },
    };
    bolt.debug("ack() call begins", payload);
    bolt.info("listening", payload);
    bolt.warn("slow", payload);
    expect(formatted).toBe(1);
    expect(log.entries().map((e) => e.msg)).toEqual(["slow {}"]);
  });
});

describe("redactTokens", () => {
  it("covers bot, user, app and refresh tokens and JSON token fields", () => {
    expect(redactTokens('{"token":"verification-abc","a":"xoxa-2-x","r":"xoxr-3-y"}')).toBe(
      '{"token":"[redacted]","a":"[redacted]","r":"[redacted]"}',
    );
  });
});
