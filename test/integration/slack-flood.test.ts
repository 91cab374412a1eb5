import { describe, expect, it } from "vitest";
import { FAKE_BOT_USER_ID } from "../fakes/fake-slack-api.ts";
import { TEST_TRANSPORT, useHarness } from "../fakes/slack-harness.ts";
import { eventCallback, mentionEvent } from "../fakes/slack-payloads.ts";

/**
 * One person floods a channel with mentions: they get one public notice and
 * one private one, not a notice per mention, and the posts that do go out are
 * paced per channel, so someone asking in another channel is not kept waiting
 * behind the flood.
 */

const h = useHarness(
  { RATE_LIMIT_PER_MINUTE: 3 },
  // Slack's real pace, one post a second per channel, would make this test slow; the shape is the same.
  { deps: { transport: { ...TEST_TRANSPORT, pace: { intervalMs: 500, burst: 1 } } } },
);

const FLOOD = 40;

describe("a flood of mentions from one person", { timeout: 60_000 }, () => {
  it("gets one public notice and one private notice, and does not delay another channel", async () => {
    const sends = Array.from({ length: FLOOD }, () =>
      h.send(
        eventCallback(
          mentionEvent({
            user: "U0FLOOD",
            channel: "C0NOISY",
            text: `<@${FAKE_BOT_USER_ID}> what is the CRI?`,
          }),
        ),
      ),
    );
    const acks = await Promise.all(sends);
    expect(acks.every((r) => r.status === 200)).toBe(true);
    // Someone else asks in a quiet channel while the noisy one's posts are queued.
    await h.send(
      eventCallback(
        mentionEvent({
          user: "U0OTHER",
          channel: "C0QUIET",
          text: `<@${FAKE_BOT_USER_ID}> what is runc?`,
        }),
      ),
    );
    await h.bot.settle(30_000);

    const posts = h.api.callsTo("chat.postMessage");
    const noisy = posts.filter((c) => c.body.channel === "C0NOISY");
    // Three answers (the limit) and a single public notice.
    expect(noisy).toHaveLength(4);
    const notices = noisy.filter((c) => /too often|자주/.test(String(c.body.text)));
    expect(notices).toHaveLength(1);
    const ephemeral = h.api.callsTo("chat.postEphemeral");
    expect(ephemeral).toHaveLength(1);
    expect(ephemeral[0]?.body.user).toBe("U0FLOOD");
    // The quiet channel's answer went out before the noisy channel's queue was through.
    const quietAt = posts.findIndex((c) => c.body.channel === "C0QUIET");
    const lastNoisyAt = posts.findLastIndex((c) => c.body.channel === "C0NOISY");
    expect(quietAt).toBeGreaterThanOrEqual(0);
    expect(quietAt).toBeLessThan(lastNoisyAt);
    expect(h.api.calls.filter((c) => c.status === 429)).toEqual([]);
  });
});
