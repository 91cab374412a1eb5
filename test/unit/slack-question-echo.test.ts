import { describe, expect, it } from "vitest";
import { replyMessage } from "../../src/adapters/slack/format/answer-blocks.ts";
import type { Answer } from "../../src/core/answer/types.ts";

const answer = (question: string): Answer => ({
  question,
  lang: "en",
  kind: "answer",
  inScope: true,
  title: "CRI",
  text: "The kubelet talks CRI to the runtime.",
  sources: [],
  related: [],
  confidence: 0.9,
  entryIds: ["cri"],
  via: "offline",
});

describe("the echoed question", () => {
  it("is plain text, so *bold*, `code` and bare URLs in it are shown as typed", () => {
    const question = "why *bold* and `code` at https://example.com/x <!here> & more";
    const message = replyMessage({ kind: "answer", answer: answer(question) });
    const block = message.blocks.find((b) => b.block_id === "question");
    expect(block?.type).toBe("context");
    const elements = block && "elements" in block ? block.elements : [];
    expect(elements).toHaveLength(1);
    expect(elements[0]).toMatchObject({ type: "plain_text" });
    const text = elements[0] && "text" in elements[0] ? String(elements[0].text) : "";
    expect(text).toContain("*bold* and `code` at https://example.com/x");
  });
});
