import { describe, expect, it } from "vitest";
import { FAKE_BOT_ID, FAKE_BOT_USER_ID } from "../fakes/fake-slack-api.ts";
import { useHarness } from "../fakes/slack-harness.ts";
import {
  appHomeOpened,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  dmEvent,
  eventCallback,
  mentionEvent,
} from "../fakes/slack-payloads.ts";

const h = useHarness();

/** The fallback text and every mrkdwn text object: the only places Slack parses markup. */
function parsedTexts(body: Record<string, unknown>): string {
  const found: string[] = [String(body.text ?? "")];
  JSON.stringify(body.blocks, (_key, value: unknown) => {
    if (
      typeof value === "object" &&
      value !== null &&
      "type" in value &&
      value.type === "mrkdwn" &&
      "text" in value
    )
      found.push(String(value.text));
    return value;
  });
  return found.join("\n");
}

/** Everything the app posted, as one string, for escaping checks. */
function posted(body: Record<string, unknown>): string {
  return JSON.stringify({ text: body.text, blocks: body.blocks });
}

describe("app_mention", { timeout: 30_000 }, () => {
  it("answers in the mention's thread with text, blocks and feedback buttons", async () => {
    const event = mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> why was dockershim removed?` });
    const res = await h.send(eventCallback(event));
    expect(res.status).toBe(200);
    const [call] = await h.api.waitFor("chat.postMessage");
    expect(call?.body.channel).toBe(CHANNEL_ID);
    expect(call?.body.thread_ts).toBe(event.ts);
    expect(String(call?.body.text)).toMatch(/dockershim/i);
    const blocks = JSON.stringify(call?.body.blocks);
    expect(blocks).toContain("feedback_buttons");
    expect(blocks).toContain("https://kubernetes.io/");
    expect(blocks).not.toContain(`<@${FAKE_BOT_USER_ID}>`);
  });

  it("answers a mention in a thread reply also sent to the channel (thread_broadcast)", async () => {
    const event = mentionEvent({ subtype: "thread_broadcast", thread_ts: "1700000000.000003" });
    await h.send(eventCallback(event));
    const [call] = await h.api.waitFor("chat.postMessage");
    expect(call?.body.thread_ts).toBe("1700000000.000003");
    expect(String(call?.body.text)).toMatch(/dockershim/i);
  });

  it("replies inside an existing thread when mentioned there", async () => {
    const event = mentionEvent({ thread_ts: "1700000000.000001" });
    await h.send(eventCallback(event));
    const [call] = await h.api.waitFor("chat.postMessage");
    expect(call?.body.thread_ts).toBe("1700000000.000001");
  });

  it("answers in Korean when asked in Korean, with the diagram preformatted", async () => {
    await h.send(
      eventCallback(
        mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> kubelet에서 runC까지 어떤 경로로 가?` }),
      ),
    );
    const [call] = await h.api.waitFor("chat.postMessage");
    const text = posted(call?.body ?? {});
    expect(text).toMatch(/[가-힣]/);
    expect(text).toContain("rich_text_preformatted");
  });

  it("gives short help for a mention without a question", async () => {
    await h.send(eventCallback(mentionEvent({ text: `<@${FAKE_BOT_USER_ID}>` })));
    const [call] = await h.api.waitFor("chat.postMessage");
    expect(String(call?.body.text)).toContain("/k8s-runtime help");
    expect(JSON.stringify(call?.body.blocks)).not.toContain("feedback_buttons");
  });

  it("escapes <!channel> inside a question so nobody is notified", async () => {
    const text = `<@${FAKE_BOT_USER_ID}> <!channel> <!here> <@U999> why was dockershim removed?`;
    await h.send(eventCallback(mentionEvent({ text })));
    const [call] = await h.api.waitFor("chat.postMessage");
    // Slack acts on markup only in mrkdwn and the fallback text; there it must be escaped.
    const out = parsedTexts(call?.body ?? {});
    expect(out).not.toContain("<!channel>");
    expect(out).not.toContain("<!here>");
    expect(out).not.toContain("<@U999>");
    // Plain-text and rich-text elements are shown as written, never parsed.
    expect(JSON.stringify(call?.body.blocks)).toContain(
      '"type":"plain_text","text":"Question: <!channel>',
    );
  });
});

describe("message.im", { timeout: 30_000 }, () => {
  it("answers a DM in the DM, in the message's thread, titled by the question", async () => {
    const event = dmEvent({ text: "why was dockershim removed?" });
    await h.send(eventCallback(event));
    const [call] = await h.api.waitFor("chat.postMessage");
    expect(call?.body.channel).toBe(DM_CHANNEL_ID);
    expect(call?.body.thread_ts).toBe(event.ts);
    const [title] = await h.api.waitFor("assistant.threads.setTitle");
    expect(title?.body).toMatchObject({
      thread_ts: event.ts,
      title: "why was dockershim removed?",
    });
  });

  it("still answers where the workspace has no agent feature (setTitle refused)", async () => {
    h.api.failNext("assistant.threads.setTitle", "not_allowed");
    await h.send(eventCallback(dmEvent({ text: "why was dockershim removed?" })));
    const [call] = await h.api.waitFor("chat.postMessage");
    expect(String(call?.body.text)).toMatch(/dockershim/i);
  });

  it("runs commands in DMs too", async () => {
    await h.send(eventCallback(dmEvent({ text: "diagram new" })));
    const [call] = await h.api.waitFor("chat.postMessage");
    expect(posted(call?.body ?? {})).toContain("rich_text_preformatted");
    h.api.reset();
    await h.send(eventCallback(dmEvent({ text: "help" })));
    const [help] = await h.api.waitFor("chat.postMessage");
    expect(String(help?.body.text)).toContain("topics");
  });

  it("answers the text of a DM sent with a screenshot (file_share)", async () => {
    const files = [{ id: "F0SHOT", name: "screenshot.png", mimetype: "image/png" }];
    await h.send(
      eventCallback(dmEvent({ subtype: "file_share", files, text: "why was dockershim removed?" })),
    );
    const [call] = await h.api.waitFor("chat.postMessage");
    expect(call?.body.channel).toBe(DM_CHANNEL_ID);
    expect(String(call?.body.text)).toMatch(/dockershim/i);
  });

  it("answers a thread reply also sent to the conversation (thread_broadcast), in its thread", async () => {
    const threadTs = "1700000000.000002";
    await h.send(
      eventCallback(dmEvent({ subtype: "thread_broadcast", thread_ts: threadTs, text: "help" })),
    );
    const [call] = await h.api.waitFor("chat.postMessage");
    expect(call?.body.thread_ts).toBe(threadTs);
    expect(String(call?.body.text)).toContain("topics");
  });

  it("ignores a file share or broadcast posted by a bot", async () => {
    for (const subtype of ["file_share", "thread_broadcast"]) {
      await h.send(eventCallback(dmEvent({ subtype, bot_id: "B0OTHER", text: "help" })));
    }
    await h.bot.settle();
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("ignores messages from bots, including itself", async () => {
    await h.send(eventCallback(dmEvent({ bot_id: "B0OTHER", text: "help" })));
    await h.send(
      eventCallback(dmEvent({ bot_id: FAKE_BOT_ID, user: FAKE_BOT_USER_ID, text: "help" })),
    );
    await h.bot.settle();
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("ignores edits, joins and deletes", async () => {
    for (const subtype of ["message_changed", "channel_join", "message_deleted", "bot_message"]) {
      await h.send(eventCallback(dmEvent({ subtype, text: "help" })));
    }
    await h.bot.settle();
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(0);
  });
});

describe("app_home_opened", { timeout: 30_000 }, () => {
  it("publishes the Home tab", async () => {
    await h.send(eventCallback(appHomeOpened()));
    const [call] = await h.api.waitFor("views.publish");
    expect(call?.body.user_id).toBe("U0USER1");
    const view = JSON.stringify(call?.body.view);
    expect(view).toContain('"type":"home"');
    expect(view).toContain("/k8s-runtime");
  });

  it("shows Korean, then English, until a language is saved; then only that one", async () => {
    const user = "U0HOMELANG";
    await h.send(eventCallback(appHomeOpened(user)));
    const [both] = await h.api.waitFor("views.publish");
    const bothView = JSON.stringify(both?.body.view);
    expect(bothView).toContain("질문하는 방법");
    expect(bothView).toContain("How to ask");
    expect(bothView.indexOf("질문하는 방법")).toBeLessThan(bothView.indexOf("How to ask"));

    await h.send(eventCallback(dmEvent({ user, text: "lang ko" })));
    await h.api.waitFor("chat.postMessage");
    h.api.reset();
    await h.send(eventCallback(appHomeOpened(user)));
    const [korean] = await h.api.waitFor("views.publish");
    const koreanView = JSON.stringify(korean?.body.view);
    expect(koreanView).toContain("질문하는 방법");
    expect(koreanView).not.toContain("How to ask");
  });
});
