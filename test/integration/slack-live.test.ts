import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAi } from "../fakes/fake-openai-server.ts";
import { FAKE_BOT_USER_ID, FAKE_TEAM_ID } from "../fakes/fake-slack-api.ts";
import { useHarness } from "../fakes/slack-harness.ts";
import {
  CHANNEL_ID,
  eventCallback,
  mentionEvent,
  slashCommand,
  USER_ID,
} from "../fakes/slack-payloads.ts";

let model: Awaited<ReturnType<typeof startFakeOpenAi>>;
beforeAll(async () => {
  model = await startFakeOpenAi({ kind: "status", status: 500 });
});
afterAll(async () => {
  await model.close();
});
const h = useHarness({}, () => ({ modelBaseUrl: model.baseURL }));

/** A grounded model answer long enough to be streamed in several appends. */
const LONG_ANSWER = [
  "dockershim was removed in Kubernetes 1.24 because keeping a Docker-specific shim inside the kubelet was a maintenance burden, says the fake model.",
  ...Array.from(
    { length: 6 },
    (_, i) => `- Point ${i + 1}: the kubelet now talks CRI directly to containerd or CRI-O.`,
  ),
].join("\n");

function answerWith(answer: string, cited = ["why-dockershim-removed"]) {
  model.set({ kind: "answer", content: JSON.stringify({ answer, cited }) });
}

const ask = () =>
  h.send(
    eventCallback(mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> why was dockershim removed?` })),
  );

/** Slack methods called, in order, without the noise of auth. */
const order = () =>
  h.api.calls.filter((c) => c.ok && c.method !== "auth.test").map((c) => c.method);

describe("a sign of life, then the answer streamed", { timeout: 30_000 }, () => {
  it("sets the assistant status (both languages' loading messages) before a slow model answers", async () => {
    answerWith(LONG_ANSWER);
    const slow = model.hold();
    await ask();
    await slow.arrived;
    const [status] = await h.api.waitFor("assistant.threads.setStatus");
    expect(status?.body).toMatchObject({ channel_id: CHANNEL_ID, status: "Writing an answer…" });
    expect(status?.body.loading_messages).toEqual(
      expect.arrayContaining(["Searching the knowledge base…"]),
    );
    expect(h.api.callsTo("chat.startStream")).toHaveLength(0);
    slow.release();
    await h.api.waitFor("chat.stopStream");
    await h.bot.settle();
    const calls = order();
    const appends = calls.filter((m) => m === "chat.appendStream").length;
    expect(calls[0]).toBe("assistant.threads.setStatus");
    expect(calls.indexOf("chat.startStream")).toBeGreaterThan(0);
    expect(calls.at(-1)).toBe("chat.stopStream");
    // Buffered: a 500-character answer takes a few appends, not one per token.
    expect(appends).toBeGreaterThan(0);
    expect(appends).toBeLessThan(5);
    const [start] = h.api.callsTo("chat.startStream");
    expect(start?.body).toMatchObject({
      recipient_user_id: USER_ID,
      recipient_team_id: FAKE_TEAM_ID,
    });
    const [stop] = h.api.callsTo("chat.stopStream");
    const finalBlocks = JSON.stringify(stop?.body.blocks);
    expect(finalBlocks).toContain("feedback_buttons");
    expect(finalBlocks).toContain("https://");
    expect(stop?.body.metadata).toMatchObject({ event_type: "k8s_runtime_answer" });
    const streamed = [start, ...h.api.callsTo("chat.appendStream"), stop]
      .map((c) => JSON.stringify(c?.body.chunks ?? c?.body.markdown_text ?? ""))
      .join("");
    expect(streamed).toContain("says the fake model");
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("Korean questions get Korean loading messages", async () => {
    answerWith("도커심은 유지 부담 때문에 제거됐습니다.");
    await h.send(
      eventCallback(mentionEvent({ text: `<@${FAKE_BOT_USER_ID}> 도커심은 왜 제거됐어?` })),
    );
    const [status] = await h.api.waitFor("assistant.threads.setStatus");
    expect(status?.body.status).toBe("답변을 쓰고 있습니다…");
    expect(String(status?.body.loading_messages)).toMatch(/[가-힣]/);
    await h.bot.settle();
  });

  it("falls back to one chat.postMessage when chat.startStream fails", async () => {
    answerWith(LONG_ANSWER);
    h.api.failNext("chat.startStream", "not_allowed");
    await ask();
    const [post] = await h.api.waitFor("chat.postMessage");
    await h.bot.settle();
    expect(String(post?.body.text)).toContain("says the fake model");
    expect(JSON.stringify(post?.body.blocks)).toContain("feedback_buttons");
    expect(post?.body.metadata).toMatchObject({ event_type: "k8s_runtime_answer" });
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("without the assistant status, a placeholder is posted at once and replaced in place", async () => {
    answerWith(LONG_ANSWER);
    h.api.failNext("assistant.threads.setStatus", "not_allowed");
    const slow = model.hold();
    await ask();
    await slow.arrived;
    const [placeholder] = await h.api.waitFor("chat.postMessage");
    expect(String(placeholder?.body.text)).toContain("Writing an answer");
    slow.release();
    const [update] = await h.api.waitFor("chat.update");
    await h.bot.settle();
    expect(String(update?.body.text)).toContain("says the fake model");
    expect(update?.body.metadata).toMatchObject({ event_type: "k8s_runtime_answer" });
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(1);
    expect(h.api.callsTo("chat.startStream")).toHaveLength(0);
  });

  it("replaces a streamed answer that fails validation at the end with the offline one", async () => {
    // Streams fine, then cites nothing it was given: not grounded.
    answerWith(LONG_ANSWER, ["made-up"]);
    await ask();
    const [update] = await h.api.waitFor("chat.update");
    await h.bot.settle();
    expect(h.api.callsTo("chat.startStream")).toHaveLength(1);
    const [start] = h.api.callsTo("chat.startStream");
    expect(update?.body.ts).toBeDefined();
    expect(String(update?.body.text)).not.toContain("says the fake model");
    expect(JSON.stringify(update?.body.blocks)).toContain("feedback_buttons");
    expect(start).toBeDefined();
  });

  it("a short invalid answer never reaches the screen: one offline post, no stream", async () => {
    answerWith("Too short to flush, says the fake model.", ["made-up"]);
    await ask();
    const [post] = await h.api.waitFor("chat.postMessage");
    await h.bot.settle();
    expect(String(post?.body.text)).not.toContain("says the fake model");
    expect(h.api.callsTo("chat.startStream")).toHaveLength(0);
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("the slash command shows a private placeholder, then replaces it", async () => {
    answerWith(LONG_ANSWER);
    await h.send(slashCommand("why was dockershim removed?", h.api.responseUrl("slash")));
    const [placeholder, final] = await h.api.waitFor("respond", 2);
    expect(String(placeholder?.body.text)).toContain("Writing an answer");
    expect(final?.body.replace_original).toBe(true);
    expect(String(final?.body.text)).toContain("says the fake model");
  });
});
