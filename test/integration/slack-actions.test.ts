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
      .array(
        z.object({
          action_id: z.string().optional(),
          value: z.string().optional(),
          positive_button: z.object({ value: z.string() }).optional(),
          negative_button: z.object({ value: z.string() }).optional(),
        }),
      )
      .optional(),
  }),
);

/** The value of the button `actionId` in posted blocks ("up"/"down" for the feedback pair). */
function buttonValue(blocks: unknown, actionId: string, side?: "up" | "down"): string {
  const parsed = ButtonsSchema.parse(blocks);
  const button = parsed.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId);
  const value =
    side === "up"
      ? button?.positive_button?.value
      : side === "down"
        ? button?.negative_button?.value
        : button?.value;
  if (!value) throw new Error(`no ${actionId} button`);
  return value;
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
  await h.bot.settle();
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

describe("native feedback (context_actions › feedback_buttons)", { timeout: 30_000 }, () => {
  async function channelAnswer() {
    await h.send(
      eventCallback(mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> why was dockershim removed?` })),
    );
    const [posted] = await h.api.waitFor("chat.postMessage");
    await h.bot.settle();
    h.api.reset();
    return posted?.body.blocks;
  }
  const vote = (blocks: unknown, side: "up" | "down", user: string, label: string) =>
    blockAction({
      actionId: "feedback_vote",
      actionType: "feedback_buttons",
      value: buttonValue(blocks, "feedback_vote", side),
      responseUrl: h.api.responseUrl(label),
      messageTs: "1700000000.000009",
      user,
    });

  it("two users vote; each is thanked privately; the message is never edited", async () => {
    const blocks = await channelAnswer();
    // The key comes from the injected id generator, not a random UUID.
    expect(buttonValue(blocks, "feedback_vote", "up")).toMatch(/"k":"answer-\d+"/);
    const before = h.feedback.votes().length;
    expect((await h.send(vote(blocks, "up", "U0ALICE", "alice"))).status).toBe(200);
    expect((await h.send(vote(blocks, "down", "U0BOB", "bob"))).status).toBe(200);
    const thanks = await h.api.waitFor("respond", 2);
    await h.bot.settle();
    for (const t of thanks) {
      expect(t.body.response_type).toBe("ephemeral");
      expect(t.body.replace_original).toBe(false);
      expect(JSON.stringify(t.body.blocks)).toContain("Thanks for the feedback");
    }
    expect(h.api.callsTo("chat.update")).toHaveLength(0);
    const votes = h.feedback.votes().slice(before);
    expect(votes.map((v) => [v.userId, v.vote])).toEqual([
      ["U0ALICE", "helpful"],
      ["U0BOB", "not_helpful"],
    ]);
    expect(votes[0]).toMatchObject({ question: "why was dockershim removed?" });
    expect(votes[0]?.answer).toMatch(/dockershim/);
    expect(votes[0]?.entryIds).toContain("why-dockershim-removed");
  });

  it("a changed vote replaces the person's earlier one", async () => {
    const blocks = await channelAnswer();
    const before = h.feedback.votes().length;
    await h.send(vote(blocks, "up", "U0CAROL", "c1"));
    await h.api.waitFor("respond");
    await h.bot.settle();
    await h.send(vote(blocks, "down", "U0CAROL", "c2"));
    await h.api.waitFor("respond", 2);
    await h.bot.settle();
    const carol = h.feedback.votes().filter((v) => v.userId === "U0CAROL");
    expect(carol.map((v) => v.vote)).toEqual(["not_helpful"]);
    expect(h.feedback.votes().length).toBe(before + 1);
  });

  it("still counts a click on the buttons of an older message", async () => {
    await h.send(
      blockAction({
        actionId: "feedback_not_helpful",
        value: JSON.stringify({ k: "old-key", q: "why was dockershim removed?", e: [] }),
        responseUrl: h.api.responseUrl("old"),
      }),
    );
    await h.api.waitFor("respond");
    expect(h.feedback.votes().at(-1)).toMatchObject({ answerKey: "old-key", vote: "not_helpful" });
  });
});

describe("Wide view", { timeout: 30_000 }, () => {
  it("a channel answer's diagram starts narrow and is redrawn wide in place", async () => {
    await h.send(
      eventCallback(
        mentionEvent({
          text: `<@${FAKE_BOT_USER_ID}> what changed in the kubelet's path after dockershim was removed?`,
        }),
      ),
    );
    const [posted] = await h.api.waitFor("chat.postMessage");
    await h.bot.settle();
    const blocks = posted?.body.blocks;
    const picture = (bs: unknown) =>
      JSON.stringify(bs).match(
        /"rich_text_preformatted","elements":\[\{"type":"text","text":"((?:[^"\\]|\\.)*)"/,
      )?.[1] ?? "";
    const widest = (text: string) =>
      Math.max(
        ...JSON.parse(`"${text}"`)
          .split("\n")
          .map((l: string) => [...l].length),
      );
    expect(picture(blocks)).not.toBe("");
    expect(widest(picture(blocks))).toBeLessThanOrEqual(40);
    h.api.reset();
    await h.send(
      blockAction({
        actionId: "diagram_width",
        value: buttonValue(blocks, "diagram_width"),
        responseUrl: h.api.responseUrl("wide"),
        messageTs: "1700000000.000031",
        messageBlocks: blocks,
        messageText: String(posted?.body.text),
      }),
    );
    const [update] = await h.api.waitFor("chat.update");
    expect(update?.body.ts).toBe("1700000000.000031");
    expect(widest(picture(update?.body.blocks))).toBeGreaterThan(40);
    expect(JSON.stringify(update?.body.blocks)).toContain("Narrow view");
    // Everything but the diagram and its toggle is as it was.
    const others = (bs: unknown) =>
      ButtonsSchema.parse(bs).filter((b) => !b.block_id?.startsWith("diagram-"));
    expect(others(update?.body.blocks)).toEqual(others(blocks));
  });

  it("an ephemeral diagram is redrawn through response_url", async () => {
    const click = await ephemeralButton("diagram compare", "diagram_width", "wide");
    await h.send(click());
    const [replaced] = await h.api.waitFor("respond");
    expect(replaced?.body.replace_original).toBe(true);
    expect(JSON.stringify(replaced?.body.blocks)).toContain("Narrow view");
    expect(JSON.stringify(replaced?.body.blocks)).toContain("share_answer");
  });
});

describe("share button", { timeout: 30_000 }, () => {
  it("posts for everyone through response_url (in_channel), then removes the private copy", async () => {
    const click = await ephemeralButton("diagram crio", "share_answer", "share");
    await h.send(click());
    const [shared, removed] = await h.api.waitFor("respond", 2);
    expect(shared?.body.response_type).toBe("in_channel");
    expect(shared?.body.replace_original).toBe(false);
    const blocks = JSON.stringify(shared?.body.blocks);
    expect(blocks).toContain("rich_text_preformatted");
    expect(blocks).toContain("<@U0USER1> shared this answer");
    expect(blocks).not.toContain("share_answer");
    expect(removed?.body.delete_original).toBe(true);
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("falls back to chat.postMessage when response_url fails", async () => {
    const click = await ephemeralButton(
      "diagram crio",
      "share_answer",
      "share",
      "1700000000.000066",
    );
    h.api.failNext("respond", "expired_url");
    await h.send(click());
    const [post] = await h.api.waitFor("chat.postMessage");
    expect(post?.body.channel).toBe(CHANNEL_ID);
    expect(JSON.stringify(post?.body.blocks)).toContain("shared this answer");
  });

  it("says so privately when both fail; the same button works afterwards", async () => {
    const click = await ephemeralButton(
      "diagram old",
      "share_answer",
      "share",
      "1700000000.000077",
    );
    h.api.failNext("respond", "expired_url");
    h.api.failNext("chat.postMessage", "not_in_channel");
    await h.send(click());
    const told = await h.api.waitFor("respond");
    expect(told.at(-1)?.body.response_type).toBe("ephemeral");
    expect(String(told.at(-1)?.body.text)).toContain("couldn't share");
    await h.bot.settle();
    h.api.reset();
    await h.send(click());
    const again = await h.api.waitFor("respond");
    expect(again[0]?.body.response_type).toBe("in_channel");
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
    await h.api.waitFor("respond");
    await h.bot.settle();
    const shared = h.api.callsTo("respond").filter((c) => c.body.response_type === "in_channel");
    expect(shared).toHaveLength(1);
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
    await h.api.waitFor("respond", 2);
    await h.bot.settle();
    h.clock.advance(60_000);
    await h.send(click());
    await h.api.waitFor("respond", 4);
  });
});
