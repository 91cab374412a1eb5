import { describe, expect, it } from "vitest";
import { FAKE_BOT_USER_ID } from "../fakes/fake-slack-api.ts";
import { postSigned, TEST_SIGNING_SECRET } from "../fakes/signed-request.ts";
import { TEST_BOT_TOKEN, useHarness } from "../fakes/slack-harness.ts";
import { dmEvent, eventCallback, mentionEvent, slashCommand } from "../fakes/slack-payloads.ts";

const h = useHarness();

describe("retries and duplicates", { timeout: 30_000 }, () => {
  it("answers an event once even when Slack retries it with X-Slack-Retry-Num", async () => {
    const post = eventCallback(mentionEvent(), "EvRETRY1");
    await h.send(post);
    for (const retry of ["1", "2", "3"]) {
      const res = await postSigned(h.eventsUrl, {
        ...post,
        headers: { "x-slack-retry-num": retry, "x-slack-retry-reason": "http_timeout" },
      });
      expect(res.status).toBe(200);
    }
    await h.api.waitFor("chat.postMessage");
    await h.bot.settle();
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("answers a message once when it arrives under two event ids with one client_msg_id", async () => {
    const event = dmEvent({ client_msg_id: "same-client-msg" });
    await h.send(eventCallback(event, "EvDUP1"));
    await h.send(eventCallback(event, "EvDUP2"));
    await h.api.waitFor("chat.postMessage");
    await h.bot.settle();
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(1);
  });
});

describe("request signatures", { timeout: 30_000 }, () => {
  it("rejects a bad signature with 401 and calls nothing", async () => {
    const res = await postSigned(h.eventsUrl, {
      ...eventCallback(mentionEvent()),
      secret: "wrong-secret",
    });
    expect(res.status).toBe(401);
    await h.bot.settle();
    expect(h.api.calls).toHaveLength(0);
  });

  it("rejects a stale timestamp with 401", async () => {
    const stale = Math.floor(Date.now() / 1000) - 60 * 10;
    const res = await postSigned(h.eventsUrl, {
      ...slashCommand("help", h.api.responseUrl()),
      timestamp: stale,
    });
    expect(res.status).toBe(401);
    await h.bot.settle();
    expect(h.api.calls).toHaveLength(0);
  });

  it("accepts the same request correctly signed", async () => {
    const res = await postSigned(h.eventsUrl, {
      ...slashCommand("help", h.api.responseUrl()),
      secret: TEST_SIGNING_SECRET,
    });
    expect(res.status).toBe(200);
    await h.api.waitFor("respond");
  });
});

describe("Slack Web API trouble", { timeout: 30_000 }, () => {
  it("waits out a 429 with Retry-After and then posts", async () => {
    h.api.rateLimitNext("chat.postMessage", 1);
    await h.send(eventCallback(mentionEvent()));
    const [call] = await h.api.waitFor("chat.postMessage");
    expect(String(call?.body.text)).toMatch(/dockershim/i);
    expect(h.api.calls.filter((c) => c.method === "chat.postMessage").map((c) => c.status)).toEqual(
      [429, 200],
    );
    // The client's rate_limited event: it read Retry-After as 1 s, the wait it then honours.
    const limited = h.log.entries().filter((e) => String(e.msg).startsWith("slack rate limited"));
    expect(limited).toEqual([
      expect.objectContaining({ retryAfterSec: 1, method: "chat.postMessage" }),
    ]);
  });

  it("apologises in the asker's language and logs Slack's error code without the token", async () => {
    h.api.failNext("chat.postMessage", "invalid_blocks");
    const event = mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> 도커심은 왜 제거됐어?` });
    await h.send(eventCallback(event));
    const [apology] = await h.api.waitFor("chat.postMessage");
    expect(apology?.body.thread_ts).toBe(event.ts);
    expect(String(apology?.body.text)).toContain("죄송합니다");
    // The central error handler logs after the listener's work has settled: wait for the line.
    const logged = await h.log.waitFor((e) => e.msg === "slack request failed");
    expect(logged).toMatchObject({ code: "SLACK_API_FAILED", slackError: "invalid_blocks" });
    expect(h.log.lines.join("\n")).not.toContain(TEST_BOT_TOKEN);
    expect(h.log.lines.join("\n")).not.toContain(TEST_SIGNING_SECRET);
  });
});

describe("shutdown", { timeout: 30_000 }, () => {
  it("waits for the central error handler's log line, not only the failed reply", async () => {
    h.api.failNext("chat.postMessage", "invalid_blocks");
    const from = h.log.lines.length;
    await h.send(eventCallback(mentionEvent()));
    // Straight after the ack, while the reply fails and the apology goes out: settle()
    // is what stop() drains, and on SIGTERM the process exits right after it.
    await h.bot.settle();
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(1);
    const failed = h.log
      .entries()
      .slice(from)
      .filter((e) => e.msg === "slack request failed");
    expect(failed).toEqual([expect.objectContaining({ slackError: "invalid_blocks" })]);
  });
});

describe("logs at debug level", { timeout: 30_000 }, () => {
  it("keep the SDK's lines but not the payloads: no token, no question text", async () => {
    const question = "zebra-question-4410 what is the CRI?";
    const from = h.log.lines.length;
    await h.send(eventCallback(mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> ${question}` })));
    await h.api.waitFor("chat.postMessage");
    await h.send(slashCommand(question, h.api.responseUrl()));
    await h.api.waitFor("respond");
    await h.bot.settle();
    const lines = h.log.lines.slice(from).join("\n");
    expect(lines).toContain("apiCall('chat.postMessage') start");
    expect(lines).not.toContain("zebra-question-4410");
    expect(lines).not.toContain(TEST_BOT_TOKEN);
  });
});

describe("health", { timeout: 30_000 }, () => {
  it("GET /healthz reports status, entries loaded and mode", async () => {
    const res = await fetch(`${h.origin}/healthz`);
    expect(res.status).toBe(200);
    const body: unknown = await res.json();
    expect(body).toMatchObject({ status: "ok", mode: "http" });
    expect(body).toHaveProperty("entries", expect.any(Number));
  });
});
