import { describe, expect, it } from "vitest";
import { type Harness, useHarness } from "../fakes/slack-harness.ts";
import {
  appHomeOpened,
  blockAction,
  dmEvent,
  eventCallback,
  mentionEvent,
  slashCommand,
} from "../fakes/slack-payloads.ts";

/**
 * Payloads the listeners cannot act on are dropped with a warn line naming the
 * payload type and the fields that failed, never their values; the slash
 * command, where someone waits for an answer, also gets a short apology.
 */

const h = useHarness();

const IGNORED = "slack payload ignored: missing or malformed fields";

/** Warn lines logged for ignored payloads since `from` (an index into the log). */
function ignoredSince(from: number): Record<string, unknown>[] {
  return h.log
    .entries()
    .slice(from)
    .filter((e) => typeof e.msg === "string" && e.msg.startsWith("slack payload ignored"));
}

async function sendAndSettle(post: Parameters<Harness["send"]>[0]) {
  const from = h.log.lines.length;
  const res = await h.send(post);
  expect(res.status).toBe(200);
  await h.bot.settle();
  return ignoredSince(from);
}

describe("a slash command that fails validation", { timeout: 30_000 }, () => {
  it("gets a short apology in the user's language and a warn line with field names only", async () => {
    const question = "도커심은 왜 제거됐어? secret-question-text";
    const from = h.log.lines.length;
    await h.send(slashCommand(question, h.api.responseUrl("bad"), { channel_id: "" }));
    const [apology] = await h.api.waitFor("respond");
    expect(apology?.body.response_type).toBe("ephemeral");
    expect(String(apology?.body.text)).toContain("읽지 못했습니다");
    await h.bot.settle();
    const [warn] = ignoredSince(from);
    expect(warn).toMatchObject({ level: 40, payloadType: "slash_command", fields: ["channel_id"] });
    expect(JSON.stringify(warn)).not.toContain("secret-question-text");
  });

  it("apologises in English for an English command", async () => {
    await h.send(slashCommand("what is cri?", h.api.responseUrl("bad"), { channel_id: "" }));
    const [apology] = await h.api.waitFor("respond");
    expect(String(apology?.body.text)).toContain("couldn't read that request");
  });
});

describe("events that fail validation", { timeout: 30_000 }, () => {
  it("an app_mention without ts is logged, not answered", async () => {
    const warns = await sendAndSettle(eventCallback(mentionEvent({ ts: undefined })));
    expect(warns).toEqual([expect.objectContaining({ msg: IGNORED, payloadType: "app_mention" })]);
    expect(warns[0]?.fields).toEqual(["ts"]);
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("a group DM (not subscribed to) is neither answered nor logged as malformed", async () => {
    const warns = await sendAndSettle(eventCallback(dmEvent({ channel_type: "mpim" })));
    expect(warns).toEqual([]);
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("an app_home_opened without a user is logged, not published", async () => {
    const { user: _user, ...event } = appHomeOpened();
    const warns = await sendAndSettle(eventCallback(event));
    expect(warns).toEqual([
      expect.objectContaining({ payloadType: "app_home_opened", fields: ["user"] }),
    ]);
    expect(h.api.callsTo("views.publish")).toHaveLength(0);
  });
});

describe("buttons that fail validation", { timeout: 30_000 }, () => {
  it("a vote without a user id is logged with the field, and not recorded", async () => {
    const votes = h.feedback.votes().length;
    const warns = await sendAndSettle(
      blockAction({
        actionId: "feedback_helpful",
        value: JSON.stringify({ k: "key", q: "q", e: [] }),
        responseUrl: h.api.responseUrl("vote"),
        user: "",
      }),
    );
    expect(warns).toEqual([
      expect.objectContaining({ payloadType: "block_actions", fields: ["user.id"] }),
    ]);
    expect(h.feedback.votes()).toHaveLength(votes);
  });

  it.each(["feedback_helpful", "share_answer"])(
    "%s with a value we did not write is logged by action id, not its value",
    async (actionId) => {
      const warns = await sendAndSettle(
        blockAction({ actionId, value: "not-our-value", responseUrl: h.api.responseUrl("x") }),
      );
      expect(warns).toEqual([
        expect.objectContaining({
          msg: "slack payload ignored: unreadable button value",
          actionId,
        }),
      ]);
      expect(JSON.stringify(warns)).not.toContain("not-our-value");
      expect(h.api.calls.filter((c) => c.method !== "auth.test")).toHaveLength(0);
    },
  );
});
