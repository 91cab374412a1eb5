import { describe, expect, it } from "vitest";
import { FAKE_TEAM_ID } from "../fakes/fake-slack-api.ts";
import type { SignedPost } from "../fakes/signed-request.ts";
import { useHarness } from "../fakes/slack-harness.ts";
import { blockAction, USER_ID } from "../fakes/slack-payloads.ts";

/**
 * Interactive payloads no listener handles are acked (200, not Bolt's 404
 * after 3 s, which Slack shows as an error) and logged at debug only.
 */

const h = useHarness();

function interactive(payload: Record<string, unknown>): SignedPost {
  return {
    contentType: "application/x-www-form-urlencoded",
    body: new URLSearchParams({
      payload: JSON.stringify({
        team: { id: FAKE_TEAM_ID, domain: "fake" },
        user: { id: USER_ID, username: "someone", team_id: FAKE_TEAM_ID },
        api_app_id: "A0APP",
        token: "verification-token",
        trigger_id: "trigger-1",
        ...payload,
      }),
    }).toString(),
  };
}

const view = { id: "V1", type: "modal", callback_id: "some_modal", state: { values: {} } };

describe("payloads nobody handles", { timeout: 30_000 }, () => {
  it.each([
    [
      "an unknown action_id",
      blockAction({
        actionId: "mystery_button",
        value: "x",
        responseUrl: "https://example.invalid/r",
      }),
    ],
    ["a view_submission", interactive({ type: "view_submission", view })],
    ["a view_closed", interactive({ type: "view_closed", view })],
    [
      "a message_action",
      interactive({
        type: "message_action",
        callback_id: "some_action",
        channel: { id: "C1" },
        message: { ts: "1.2", text: "hi" },
        response_url: "https://example.invalid/r",
      }),
    ],
    ["a global shortcut", interactive({ type: "shortcut", callback_id: "some_shortcut" })],
  ])("acks %s with 200 and logs it at debug", async (_name, post) => {
    const from = h.log.lines.length;
    const res = await h.send(post);
    expect(res.status).toBe(200);
    await h.bot.settle();
    const entries = h.log.entries().slice(from);
    expect(entries).toContainEqual(
      expect.objectContaining({ level: 20, msg: "no listener for this payload: acked" }),
    );
    expect(entries.filter((e) => Number(e.level) >= 50)).toEqual([]);
    expect(h.api.calls).toHaveLength(0);
  });
});
