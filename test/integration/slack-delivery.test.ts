import { describe, expect, it } from "vitest";
import { FAKE_BOT_USER_ID } from "../fakes/fake-slack-api.ts";
import { useHarness } from "../fakes/slack-harness.ts";
import {
  CHANNEL_ID,
  eventCallback,
  mentionEvent,
  slashCommand,
  USER_ID,
} from "../fakes/slack-payloads.ts";

/**
 * Answers that used to be lost: a response_url that fails once, a Slack 500,
 * a dropped connection, an apology sent to the channel that just refused the
 * bot, and one channel's 429 holding every other channel's replies.
 */

const h = useHarness();

const statuses = (method: string) =>
  h.api.calls.filter((c) => c.method === method).map((c) => c.status);

describe("response_url", { timeout: 30_000 }, () => {
  it("retries a 500 and delivers the answer once", async () => {
    h.api.httpErrorNext("respond", 500);
    await h.send(slashCommand("help", h.api.responseUrl()));
    await h.api.waitFor("respond");
    await h.bot.settle();
    expect(statuses("respond")).toEqual([500, 200]);
    expect(h.log.entries()).toContainEqual(
      expect.objectContaining({ level: 40, method: "response_url", attempt: 1 }),
    );
  });

  it("retries a 404 and a hang", async () => {
    h.api.httpErrorNext("respond", 404);
    await h.send(slashCommand("help", h.api.responseUrl("a")));
    await h.api.waitFor("respond");
    h.api.hangNext("respond");
    await h.send(slashCommand("help", h.api.responseUrl("b")));
    await h.api.waitFor("respond", 2);
    await h.bot.settle();
    expect(statuses("respond")).toEqual([404, 200, 0, 200]);
  });
});

describe("Web API failures", { timeout: 30_000 }, () => {
  it("logs the first failed attempt at warn with method, channel and error, then retries to success", async () => {
    h.api.httpErrorNext("chat.postMessage", 500, 2);
    await h.send(eventCallback(mentionEvent()));
    await h.api.waitFor("chat.postMessage");
    await h.bot.settle();
    expect(statuses("chat.postMessage")).toEqual([500, 500, 200]);
    const warned = h.log.entries().filter((e) => e.msg === "slack call failed: retrying");
    expect(warned).toEqual([
      expect.objectContaining({
        level: 40,
        method: "chat.postMessage",
        channel: CHANNEL_ID,
        error: "HTTP 500",
        attempt: 1,
      }),
    ]);
    expect(h.log.entries().filter((e) => e.msg === "slack request failed")).toEqual([]);
  });

  it("retries a dropped connection", async () => {
    h.api.dropNext("chat.postMessage");
    await h.send(eventCallback(mentionEvent()));
    await h.api.waitFor("chat.postMessage");
    await h.bot.settle();
    expect(statuses("chat.postMessage")).toEqual([0, 200]);
  });

  it("a 429 in one channel does not hold another channel's reply", async () => {
    h.api.rateLimitNext("chat.postMessage", 2, { channel: "C0LIMITED" });
    await h.send(eventCallback(mentionEvent({ channel: "C0LIMITED" })));
    // The limited channel's post has had its 429 before the other one is asked.
    await h.log.waitFor((e) => String(e.msg).startsWith("slack rate limited"));
    await h.send(eventCallback(mentionEvent({ channel: "C0OTHER" })));
    const [first] = await h.api.waitFor("chat.postMessage");
    expect(first?.body.channel).toBe("C0OTHER");
    const [, second] = await h.api.waitFor("chat.postMessage", 2);
    expect(second?.body.channel).toBe("C0LIMITED");
    expect(h.log.entries()).toContainEqual(
      expect.objectContaining({
        retryAfterSec: 2,
        method: "chat.postMessage",
        channel: "C0LIMITED",
      }),
    );
  });
});

describe("apologies for channel errors", { timeout: 30_000 }, () => {
  it.each(["not_in_channel", "channel_not_found"])(
    "go to the person by DM after %s, never to the failing channel",
    async (error) => {
      h.api.failNext("chat.postMessage", error);
      await h.send(
        eventCallback(mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> what is the CRI?` })),
      );
      const [apology] = await h.api.waitFor("chat.postMessage");
      await h.bot.settle();
      expect(apology?.body.channel).toBe(USER_ID);
      expect(apology?.body.thread_ts).toBeUndefined();
      expect(String(apology?.body.text)).toContain("/invite");
      expect(h.api.callsTo("chat.postMessage")).toHaveLength(1);
    },
  );
});
