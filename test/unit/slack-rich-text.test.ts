import { describe, expect, it } from "vitest";
import { answerMetadata, stateFromReplies } from "../../src/adapters/slack/answer-metadata.ts";
import {
  inline,
  plainFallback,
  richTextBlocks,
  textElements,
} from "../../src/adapters/slack/format/rich-text.ts";
import { addressedToBot } from "../../src/adapters/slack/listeners/thread-reply.ts";
import { BOT_SPEAKER } from "../../src/adapters/slack/thread-turns.ts";
import type { Answer } from "../../src/core/answer/types.ts";

describe("rich text", () => {
  it("code and bold are styles, never marks in the text", () => {
    expect(inline("`crictl`로 **꼭** 확인")).toEqual([
      { type: "text", text: "crictl", style: { code: true } },
      { type: "text", text: "로 " },
      { type: "text", text: "꼭", style: { bold: true } },
      { type: "text", text: " 확인" },
    ]);
  });

  it("paragraphs and bullet/numbered lines become sections and lists, in order", () => {
    const els = textElements("Lead.\n- one\n- two\n1. first\n2. second\nTail.");
    expect(els.map((e) => (e.type === "rich_text_list" ? `list:${e.style}` : e.type))).toEqual([
      "rich_text_section",
      "list:bullet",
      "list:ordered",
      "rich_text_section",
    ]);
  });

  it("a very long list is split across blocks, numbering continued", () => {
    const text = Array.from({ length: 200 }, (_, i) => `${i + 1}. ${"x".repeat(60)}`).join("\n");
    const blocks = richTextBlocks(textElements(text), "t");
    expect(blocks.length).toBeGreaterThan(1);
    const second = JSON.stringify(blocks[1]);
    expect(second).toMatch(/"offset":\d+/);
  });

  it("the fallback text has no marks and escapes markup", () => {
    expect(plainFallback("`a`와 *b*는 ~c~ <!channel> & d")).toBe(
      "a와 b는 c &lt;!channel&gt; &amp; d",
    );
  });
});

describe("who a thread reply is for", () => {
  const state = {
    turn: { question: "q", entryIds: [] },
    askers: new Set(["UA"]),
    lastSpeaker: BOT_SPEAKER,
  };
  it.each([
    ["the asker, right after the answer", "UA", "and for CRI-O?", state, true],
    [
      "the asker, after their own message to someone else",
      "UA",
      "also rollback?",
      { ...state, lastSpeaker: "UA" },
      false,
    ],
    [
      "the asker, after someone else spoke",
      "UA",
      "thanks!",
      { ...state, lastSpeaker: "UB" },
      false,
    ],
    ["someone who never asked", "UB", "I think 1.24", state, false],
    ["a reply naming someone", "UA", "<@UB> see above", state, false],
    ["@here", "UA", "<!here> look", state, false],
    ["emoji only", "UA", ":+1: 👍", state, false],
  ])("%s", (_name, user, text, s, expected) => {
    expect(addressedToBot(s, user, text)).toBe(expected);
  });
});

describe("answer metadata", () => {
  const answer = {
    question: "why was dockershim removed?",
    lang: "en",
    entryIds: ["why-dockershim-removed", "cri"],
    intent: "reason",
  } as unknown as Answer;

  it("round-trips through conversations.replies", () => {
    const metadata = answerMetadata(answer, "UA");
    const state = stateFromReplies(
      [
        { ts: "1.000001", user: "UA", text: "q" },
        { ts: "1.000002", user: "UBOT", bot_id: "B1", metadata },
        { ts: "1.000003", user: "UB", text: "hmm" },
      ],
      "1.000004",
    );
    expect(state?.turn).toEqual({
      question: "why was dockershim removed?",
      entryIds: ["why-dockershim-removed", "cri"],
      lang: "en",
      intent: "reason",
    });
    expect([...(state?.askers ?? [])]).toEqual(["UA"]);
    expect(state?.lastSpeaker).toBe("UB");
  });

  it("keeps a follow-up as the bot read it, so the thread's subject survives a restart", () => {
    const followUp = {
      ...answer,
      question: "and the socket?",
      readAs: "socket dockershim removed",
    };
    const metadata = answerMetadata(followUp as Answer, "UA");
    const state = stateFromReplies([{ ts: "1.000002", bot_id: "B1", metadata }], "1.000003");
    expect(state?.turn?.question).toBe("and the socket?");
    expect(state?.turn?.readAs).toBe("socket dockershim removed");
  });

  it("a thread without our metadata is not ours", () => {
    expect(stateFromReplies([{ ts: "1.1", user: "UA" }], "2.0")).toBeUndefined();
  });
});
