import { describe, expect, it } from "vitest";
import { replyMessage, textMessage } from "../../src/adapters/slack/format/answer-blocks.ts";
import type { SlackMessage } from "../../src/adapters/slack/format/blocks.ts";
import { encodeShareValue } from "../../src/adapters/slack/format/button-values.ts";
import { homeView } from "../../src/adapters/slack/format/home-view.ts";
import { helpText } from "../../src/core/answer/messages.ts";
import type { Answer } from "../../src/core/answer/types.ts";
import type { Reply } from "../../src/core/commands/run-command.ts";

/**
 * Golden Block Kit for each kind of message. Update on purpose with
 * `npx vitest run test/unit/slack-format-golden.test.ts -u` and review the diff.
 */

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    question: "what sits between the kubelet and runc? <!channel>",
    lang: "en",
    kind: "answer",
    inScope: true,
    title: "The path from kubelet to runC",
    text: "The kubelet talks CRI to containerd, which starts runC through a shim.\n- CRI is gRPC over a unix socket.\n- The shim keeps the container's stdio & exit code.",
    sources: [
      {
        id: "cri",
        title: "Container Runtime Interface (CRI)",
        url: "https://kubernetes.io/docs/concepts/architecture/cri/",
      },
      {
        id: "containerd",
        title: "containerd | getting started",
        url: "https://containerd.io/docs/getting-started/?a=1&b=2",
      },
    ],
    related: [],
    confidence: 0.9,
    diagram: "new",
    entryIds: ["cri", "containerd"],
    via: "offline",
    ...overrides,
  };
}

const diagram = {
  name: "new" as const,
  text: "┌─────────┐\n│ kubelet │\n└───┬─────┘\n    │ CRI gRPC\n    ▼\n┌─────────┐\n│ runC    │\n└─────────┘",
};

const homeTopics = (lang: "ko" | "en") =>
  lang === "ko"
    ? ["CRI란?", "dockershim은 왜 제거됐나요?", "containerd <소켓> 경로"]
    : ["What is CRI?", "Why was dockershim removed?", "containerd <socket> path"];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function checkLimits(message: SlackMessage, maxBlocks = 50) {
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.blocks.length).toBeLessThanOrEqual(maxBlocks);
  for (const block of message.blocks) {
    if (block.type === "section") expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
  }
}

describe("golden Slack messages", () => {
  it("an answer with sources, a diagram and feedback buttons", async () => {
    const reply: Reply = { kind: "answer", answer: answer(), diagram };
    const message = replyMessage(reply, { feedbackKey: "key-1" });
    checkLimits(message);
    await expect(json(message)).toMatchFileSnapshot("../golden/slack/answer.json");
  });

  it("an ephemeral answer with a share button", async () => {
    const reply: Reply = { kind: "answer", answer: answer({ diagram: undefined }) };
    const shareValue = encodeShareValue("what sits between the kubelet and runc?", "en");
    const message = replyMessage(reply, {
      feedbackKey: "key-2",
      ...(shareValue ? { shareValue } : {}),
    });
    await expect(json(message)).toMatchFileSnapshot("../golden/slack/answer-ephemeral.json");
  });

  it("a decline", async () => {
    const decline = answer({
      question: "날씨 어때?",
      lang: "ko",
      kind: "decline",
      inScope: false,
      title: undefined,
      text: "죄송합니다. 그 질문은 제가 다루는 주제 밖이라 정확히 답하기 어렵습니다.",
      sources: [],
      diagram: undefined,
      entryIds: [],
      confidence: 0.1,
    });
    const message = replyMessage({ kind: "answer", answer: decline }, { feedbackKey: "key-3" });
    checkLimits(message);
    await expect(json(message)).toMatchFileSnapshot("../golden/slack/decline.json");
  });

  it("help", async () => {
    const message = textMessage(helpText("en", "/k8s-runtime"), "en");
    checkLimits(message);
    expect(message.text).toContain("&lt;question&gt;");
    await expect(json(message)).toMatchFileSnapshot("../golden/slack/help.json");
  });

  it("the Home view in the saved language", async () => {
    const view = homeView({ lang: "ko", slashCommand: "/k8s-runtime", topics: homeTopics });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    await expect(json(view)).toMatchFileSnapshot("../golden/slack/home.json");
  });

  it("the Home view with no saved language: Korean, then English", async () => {
    const view = homeView({ lang: undefined, slashCommand: "/k8s-runtime", topics: homeTopics });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const ids = view.blocks.map((b) => b.block_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.indexOf("ko-title")).toBeLessThan(ids.indexOf("en-title"));
    await expect(json(view)).toMatchFileSnapshot("../golden/slack/home-bilingual.json");
  });

  it("a long answer split into sections, the diagram whole and the buttons kept", async () => {
    const points = Array.from(
      { length: 120 },
      (_, i) => `- Point ${i + 1}: ${"containerd & CRI-O ".repeat(6)}`,
    );
    const long = answer({ text: ["A long answer.", ...points].join("\n") });
    const message = replyMessage(
      { kind: "answer", answer: long, diagram },
      { feedbackKey: "key-4" },
    );
    checkLimits(message);
    const sections = message.blocks.filter((b) => b.block_id?.startsWith("answer-"));
    expect(sections.length).toBeGreaterThan(1);
    const pictures = message.blocks.filter((b) =>
      JSON.stringify(b).includes("rich_text_preformatted"),
    );
    expect(pictures).toHaveLength(1);
    expect(message.blocks.at(-1)?.block_id).toBe("feedback");
    await expect(json(message)).toMatchFileSnapshot("../golden/slack/long-answer.json");
  });

  it("a Korean answer: inline code as a rich_text style, so particles after it render", async () => {
    const korean = answer({
      question: "CRI 서비스는?",
      lang: "ko",
      title: "CRI API의 gRPC 서비스",
      text: "CRI API는 `RuntimeService`와 `ImageService`로 나뉩니다.\n- `crictl`로 확인합니다.\n- **중요**합니다.",
      diagram: undefined,
    });
    const message = replyMessage({ kind: "answer", answer: korean }, { feedbackKey: "key-5" });
    checkLimits(message);
    expect(message.text).not.toMatch(/[`*]/);
    await expect(json(message)).toMatchFileSnapshot("../golden/slack/answer-korean.json");
  });

  it("a diagram on its own: narrow, preformatted, with Wide view", async () => {
    const shareValue = encodeShareValue("diagram new", "en");
    const message = replyMessage(
      { kind: "diagram", lang: "en", diagram },
      shareValue ? { shareValue } : {},
    );
    await expect(json(message)).toMatchFileSnapshot("../golden/slack/diagram.json");
  });

  it("more blocks than Slack allows are trimmed with a note, buttons kept", () => {
    const text = Array.from({ length: 800 }, (_, i) => `- ${i} ${"x".repeat(290)}`).join("\n");
    const message = replyMessage(
      { kind: "answer", answer: answer({ text }) },
      { feedbackKey: "k" },
    );
    expect(message.blocks).toHaveLength(50);
    expect(message.blocks.at(-2)?.block_id).toBe("trimmed");
    expect(message.blocks.at(-1)?.block_id).toBe("feedback");
  });
});
