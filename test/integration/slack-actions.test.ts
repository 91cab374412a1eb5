import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FAKE_BOT_USER_ID } from "../fakes/fake-slack-api.ts";
import { useHarness } from "../fakes/slack-harness.ts";
import {
  blockAction,
  CHANNEL_ID,
  eventCallback,
  mentionEvent,
  slashCommand,
} from "../fakes/slack-payloads.ts";

const h = useHarness();

const ButtonsSchema = z.array(
  z.object({
    block_id: z.string().optional(),
    elements: z
      .array(z.object({ action_id: z.string().optional(), value: z.string().optional() }))
      .optional(),
  }),
);

/** The value of the button `actionId` in posted blocks. */
function buttonValue(blocks: unknown, actionId: string): string {
  const parsed = ButtonsSchema.parse(blocks);
  const button = parsed.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId);
  if (!button?.value) throw new Error(`no ${actionId} button`);
  return button.value;
}

/**
 * Runs a slash command, takes the button `actionId` from its ephemeral answer and
 * clears the recorded calls; returns a builder for clicks on that button.
 */
async function ephemeralButton(
  command: string,
  actionId: string,
  responseLabel: string,
  messageTs?: string,
) {
  await h.send(slashCommand(command, h.api.responseUrl("slash")));
  const [answer] = await h.api.waitFor("respond");
  const value = buttonValue(answer?.body.blocks, actionId);
  h.api.reset();
  return () =>
    blockAction({
      actionId,
      value,
      responseUrl: h.api.responseUrl(responseLabel),
      ephemeral: true,
      ...(messageTs ? { messageTs } : {}),
    });
}

describe("feedback buttons", { timeout: 30_000 }, () => {
  it("record the vote and replace the buttons with a thank-you via chat.update", async () => {
    await h.send(
      eventCallback(mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> why was dockershim removed?` })),
    );
    const [posted] = await h.api.waitFor("chat.postMessage");
    const value = buttonValue(posted?.body.blocks, "feedback_helpful");
    // The key comes from the injected id generator, not a random UUID.
    expect(value).toMatch(/"k":"answer-\d+"/);
    const res = await h.send(
      blockAction({
        actionId: "feedback_helpful",
        value,
        responseUrl: h.api.responseUrl("vote"),
        messageTs: "1700000000.000009",
      }),
    );
    expect(res.status).toBe(200);
    const [update] = await h.api.waitFor("chat.update");
    expect(update?.body.channel).toBe(CHANNEL_ID);
    expect(update?.body.ts).toBe("1700000000.000009");
    const blocks = JSON.stringify(update?.body.blocks);
    expect(blocks).not.toContain("feedback_helpful");
    expect(blocks).toContain("Thanks for the feedback");
    const [vote] = h.feedback.votes();
    expect(vote).toMatchObject({
      userId: "U0USER1",
      vote: "helpful",
      question: "why was dockershim removed?",
    });
    expect(vote?.answer).toMatch(/dockershim/);
    expect(vote?.entryIds).toContain("why-dockershim-removed");
  });

  it("on an ephemeral answer, replace it through response_url", async () => {
    const click = await ephemeralButton(
      "why was dockershim removed?",
      "feedback_not_helpful",
      "vote",
    );
    await h.send(click());
    const [replaced] = await h.api.waitFor("respond");
    expect(replaced?.body.replace_original).toBe(true);
    expect(JSON.stringify(replaced?.body.blocks)).toContain("Thanks for the feedback");
    expect(JSON.stringify(replaced?.body.blocks)).toContain("share_answer");
    expect(h.api.callsTo("chat.update")).toHaveLength(0);
    expect(h.feedback.votes().at(-1)?.vote).toBe("not_helpful");
  });
});

describe("share button", { timeout: 30_000 }, () => {
  it("re-runs the command, posts it for everyone and removes the ephemeral copy", async () => {
    const click = await ephemeralButton("diagram crio", "share_answer", "share");
    await h.send(click());
    const [post] = await h.api.waitFor("chat.postMessage");
    expect(post?.body.channel).toBe(CHANNEL_ID);
    const blocks = JSON.stringify(post?.body.blocks);
    expect(blocks).toContain("```");
    expect(blocks).toContain("<@U0USER1> shared this answer");
    expect(blocks).not.toContain("share_answer");
    const [removed] = await h.api.waitFor("respond");
    expect(removed?.body.delete_original).toBe(true);
  });
});

describe("share into a channel the bot is not in", { timeout: 30_000 }, () => {
  it("tells the user to invite the bot, through response_url; the same button works afterwards", async () => {
    const click = await ephemeralButton(
      "diagram old",
      "share_answer",
      "share",
      "1700000000.000077",
    );
    h.api.failNext("chat.postMessage", "not_in_channel");
    await h.send(click());
    const [apology] = await h.api.waitFor("respond");
    expect(apology?.body.response_type).toBe("ephemeral");
    expect(String(apology?.body.text)).toContain("/invite @k8s-runtime");
    await h.bot.settle();
    h.api.reset();
    // After /invite, the user clicks the same button again: not a repeat to drop.
    await h.send(click());
    await h.api.waitFor("chat.postMessage");
  });
});

describe("share double click", { timeout: 30_000 }, () => {
  it("posts once when the same button is clicked twice in quick succession", async () => {
    const click = await ephemeralButton(
      "diagram crio",
      "share_answer",
      "share",
      "1700000000.000088",
    );
    await Promise.all([h.send(click()), h.send(click())]);
    await h.api.waitFor("chat.postMessage");
    await h.bot.settle();
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(1);
    expect(h.log.entries().some((e) => e.msg === "repeated share click ignored")).toBe(true);
  });

  it("lets the same user share again after the dedupe window", async () => {
    const click = await ephemeralButton(
      "diagram crio",
      "share_answer",
      "share",
      "1700000000.000099",
    );
    await h.send(click());
    await h.api.waitFor("chat.postMessage");
    await h.bot.settle();
    h.clock.advance(60_000);
    await h.send(click());
    await h.api.waitFor("chat.postMessage", 2);
  });
});
