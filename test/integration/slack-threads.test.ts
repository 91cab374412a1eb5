import { describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/core/commands/run-command.ts";
import { FAKE_BOT_ID, FAKE_BOT_USER_ID } from "../fakes/fake-slack-api.ts";
import { useHarness } from "../fakes/slack-harness.ts";
import {
  CHANNEL_ID,
  DM_CHANNEL_ID,
  eventCallback,
  freshTs,
  mentionEvent,
  USER_ID,
} from "../fakes/slack-payloads.ts";

const contexts: CommandContext[] = [];
const h = useHarness({}, { onRun: (_command, ctx) => contexts.push(ctx) });

/** A reply in a channel thread, as message.channels delivers it. */
function threadReply(threadTs: string, text: string, user = USER_ID) {
  const ts = freshTs();
  return {
    type: "message",
    channel_type: "channel",
    channel: CHANNEL_ID,
    user,
    text,
    ts,
    event_ts: ts,
    thread_ts: threadTs,
    client_msg_id: `reply-${ts}`,
  };
}

/** Asks with a mention and waits for the answer; returns the thread's ts. */
async function askInChannel(text = "why was dockershim removed?"): Promise<string> {
  const mention = mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> ${text}` });
  await h.send(eventCallback(mention));
  await h.api.waitFor("chat.postMessage");
  await h.bot.settle();
  return String(mention.ts);
}

describe("thread follow-ups", { timeout: 30_000 }, () => {
  it("every answer carries metadata: entry ids, language, intent, who asked", async () => {
    await askInChannel();
    const [answer] = h.api.callsTo("chat.postMessage");
    expect(answer?.body.metadata).toMatchObject({
      event_type: "k8s_runtime_answer",
      event_payload: {
        lang: "en",
        asker: USER_ID,
        question: "why was dockershim removed?",
        entry_ids: expect.stringContaining("why-dockershim-removed"),
      },
    });
  });

  it("answers the asker's reply in the thread without a mention", async () => {
    const thread = await askInChannel();
    h.api.reset();
    await h.send(eventCallback(threadReply(thread, "and when was it removed?")));
    const [followUp] = await h.api.waitFor("chat.postMessage");
    expect(followUp?.body.thread_ts).toBe(thread);
    expect(followUp?.body.channel).toBe(CHANNEL_ID);
    // The core gets the thread's previous turn (AskOptions.previous) to resolve the follow-up.
    expect(contexts.at(-1)?.previous).toMatchObject({
      question: "why was dockershim removed?",
      lang: "en",
      entryIds: expect.arrayContaining(["why-dockershim-removed"]),
    });
  });

  it("stays silent on a reply between people, one naming someone else, and an emoji-only one", async () => {
    const thread = await askInChannel();
    h.api.reset();
    await h.send(eventCallback(threadReply(thread, "<@U0OTHER> what do you think?")));
    await h.send(eventCallback(threadReply(thread, ":+1: 👍")));
    await h.send(eventCallback(threadReply(thread, "I think it was 1.24", "U0SECOND")));
    // The asker now answers the other person: a conversation between people.
    await h.send(eventCallback(threadReply(thread, "right, thanks")));
    await h.bot.settle();
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("never answers twice when a reply also mentions the bot (app_mention answers it)", async () => {
    const thread = await askInChannel();
    h.api.reset();
    const text = `<@${FAKE_BOT_USER_ID}> what about CRI-O?`;
    const reply = threadReply(thread, text);
    await h.send(eventCallback(reply));
    await h.send(eventCallback({ ...reply, type: "app_mention" }));
    await h.api.waitFor("chat.postMessage");
    await h.bot.settle();
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("after a restart, reads the thread back (conversations.replies + metadata) and follows up", async () => {
    const thread = "1700000000.500000";
    h.api.seed({
      channel: CHANNEL_ID,
      ts: thread,
      user: USER_ID,
      text: "why was dockershim removed?",
    });
    h.api.seed({
      channel: CHANNEL_ID,
      ts: "1700000000.500001",
      thread_ts: thread,
      user: FAKE_BOT_USER_ID,
      bot_id: FAKE_BOT_ID,
      metadata: {
        event_type: "k8s_runtime_answer",
        event_payload: {
          entry_ids: "why-dockershim-removed",
          lang: "en",
          question: "why was dockershim removed?",
          asker: USER_ID,
        },
      },
    });
    await h.send(eventCallback(threadReply(thread, "and what replaced it?")));
    const [replies] = await h.api.waitFor("conversations.replies");
    expect(replies?.body).toMatchObject({ channel: CHANNEL_ID, ts: thread });
    expect(String(replies?.body.include_all_metadata)).toBe("true");
    const [followUp] = await h.api.waitFor("chat.postMessage");
    expect(followUp?.body.thread_ts).toBe(thread);
    expect(contexts.at(-1)?.previous).toEqual({
      question: "why was dockershim removed?",
      entryIds: ["why-dockershim-removed"],
      lang: "en",
    });
  });

  it("reads an unknown thread once, then leaves its chatter alone", async () => {
    const thread = "1700000000.600000";
    await h.send(eventCallback(threadReply(thread, "anyone know about CRI?")));
    await h.bot.settle();
    await h.send(eventCallback(threadReply(thread, "what about containerd?")));
    await h.bot.settle();
    expect(h.api.callsTo("conversations.replies")).toHaveLength(1);
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(0);
  });
});

describe("suggested prompts on DM open", { timeout: 30_000 }, () => {
  const openDm = (user: string) =>
    eventCallback({
      type: "app_home_opened",
      user,
      channel: DM_CHANNEL_ID,
      tab: "messages",
      event_ts: freshTs(),
    });

  it("a Korean and an English question, the diagram and tutoring, at most four", async () => {
    await h.send(openDm("U0NEWUSER"));
    const [call] = await h.api.waitFor("assistant.threads.setSuggestedPrompts");
    expect(call?.body.channel_id).toBe(DM_CHANNEL_ID);
    // The agent view wants no thread_ts (with it the call silently does nothing).
    expect(call?.body.thread_ts).toBeUndefined();
    const prompts = call?.body.prompts as { title: string; message: string }[];
    expect(prompts).toHaveLength(4);
    expect(prompts[0]?.message).toMatch(/[가-힣]/);
    expect(prompts[1]?.message).toMatch(/^[\x20-\x7e]+$/);
    expect(prompts.map((p) => p.message)).toContain("diagram compare");
    expect(h.api.callsTo("views.publish")).toHaveLength(0);
  });

  it("in the saved language, with the kubectl paste prompt", async () => {
    await h.send(
      eventCallback({
        type: "message",
        channel_type: "im",
        channel: DM_CHANNEL_ID,
        user: "U0ENUSER",
        text: "lang en",
        ts: freshTs(),
        client_msg_id: "lang-en-1",
      }),
    );
    await h.api.waitFor("chat.postMessage");
    await h.bot.settle();
    h.api.reset();
    await h.send(openDm("U0ENUSER"));
    const [call] = await h.api.waitFor("assistant.threads.setSuggestedPrompts");
    const prompts = call?.body.prompts as { title: string; message: string }[];
    expect(prompts.map((p) => p.title)).toEqual([
      "What sits between the kubelet and runC?",
      "Draw the old vs new path",
      "Start tutoring",
      "Paste your kubectl get nodes -o wide",
    ]);
  });

  it("nothing breaks where the workspace has no agent feature", async () => {
    h.api.failNext("assistant.threads.setSuggestedPrompts", "not_allowed");
    const res = await h.send(openDm("U0OLDWS"));
    expect(res.status).toBe(200);
    await h.bot.settle();
    expect(h.log.entries().filter((e) => Number(e.level) >= 50)).toEqual([]);
  });
});

/** Every mrkdwn text object and the fallback text of a posted message. */
function mrkdwnTexts(body: Record<string, unknown>): string[] {
  const found: string[] = [String(body.text ?? "")];
  JSON.stringify(body.blocks ?? [], (_key, value: unknown) => {
    if (typeof value === "object" && value !== null && "type" in value && value.type === "mrkdwn")
      found.push(String((value as { text?: unknown }).text));
    return value;
  });
  return found;
}

const MARK_TOUCHING_HANGUL =
  /[`*_~][\u3131-\u318e\uac00-\ud7a3]|[\u3131-\u318e\uac00-\ud7a3][`*_~]/;

describe("Korean formatting", { timeout: 30_000 }, () => {
  it("no mrkdwn mark touches Hangul; inline code is a rich_text style", async () => {
    // The entry puts particles right after inline code: `RuntimeService`와, `ImageService`의.
    await askInChannel("CRI gRPC 서비스는 어떻게 나뉘어 있나요?");
    const [answer] = h.api.callsTo("chat.postMessage");
    const body = answer?.body ?? {};
    for (const text of mrkdwnTexts(body)) expect(text).not.toMatch(MARK_TOUCHING_HANGUL);
    const blocks = JSON.stringify(body.blocks);
    expect(blocks).toContain('{"type":"text","text":"RuntimeService","style":{"code":true}}');
    expect(blocks).toMatch(/"text":"와 /);
  });

  it("help and the thread answer's fallback text carry no code marks next to Hangul either", async () => {
    await h.send(eventCallback(mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> 도움말` })));
    const [reply] = await h.api.waitFor("chat.postMessage");
    for (const text of mrkdwnTexts(reply?.body ?? {}))
      expect(text).not.toMatch(MARK_TOUCHING_HANGUL);
  });
});
