import { beforeAll, describe, expect, it } from "vitest";
import { replyMessage } from "../../src/adapters/slack/format/answer-blocks.ts";
import {
  diagnosisBlocks,
  ITEMS_PER_GROUP,
} from "../../src/adapters/slack/format/diagnosis-blocks.ts";
import type { BotCore } from "../../src/core/bot-core.ts";
import type { Diagnosis } from "../../src/core/diagnose/types.ts";
import { fenced, paste } from "../helpers/pastes.ts";
import { loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe("diagnosis in Slack", () => {
  it("golden: nodes grouped by verdict as rich_text lists, sources and buttons kept", async () => {
    const answer = core.answerer.answerOffline(
      `are we affected?\n${fenced(paste("nodes-wide-1.27.txt"))}`,
    );
    const message = replyMessage({ kind: "answer", answer }, { feedbackKey: "key-d" });
    const types = message.blocks.map((b) => b.type);
    expect(types).toContain("rich_text");
    expect(message.blocks.some((b) => b.block_id === "feedback")).toBe(true);
    expect(message.blocks.some((b) => b.block_id?.startsWith("sources"))).toBe(true);
    await expect(json(message)).toMatchFileSnapshot("../golden/slack/diagnosis-nodes.json");
  });

  it("golden: a Korean manifest diagnosis with a redaction note", async () => {
    const answer = core.answerer.answerOffline(
      `이거 containerd에서 깨지나요?\n${fenced(paste("manifests.yaml"), "yaml")}`,
    );
    const message = replyMessage({ kind: "answer", answer }, { feedbackKey: "key-k" });
    expect(JSON.stringify(message)).not.toContain("glrt-abc123secretvalue");
    await expect(json(message)).toMatchFileSnapshot("../golden/slack/diagnosis-manifests-ko.json");
  });

  it("a Slack-sized paste (260 nodes) fits Slack's limits and still names every node", () => {
    const row = (i: number) =>
      `node-${i}   Ready   <none>   1d   v1.2${3 + (i % 4)}.4   10.0.0.1   <none>   Ubuntu 22.04 LTS   5.15.0   ${["docker://20.10.21", "containerd://1.6.2", "containerd://1.7.2", "cri-o://1.22.1"][i % 4]}`;
    const text = `NAME STATUS ROLES AGE VERSION INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION CONTAINER-RUNTIME\n${Array.from({ length: 260 }, (_, i) => row(i)).join("\n")}`;
    expect(text.length).toBeLessThanOrEqual(40_000);
    const answer = core.answerer.answerOffline(text);
    const message = replyMessage({ kind: "answer", answer }, { feedbackKey: "k" });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    const out = JSON.stringify(message.blocks);
    for (let i = 0; i < 260; i++) expect(out).toMatch(new RegExp(`[" ]node-${i}[",]`));
    expect(out.length).toBeLessThan(40_000);
  });

  it("keeps pasted text literal in rich_text, and says a shared reason once per group", () => {
    const d: Diagnosis = {
      kind: "nodes",
      summary: "<!channel> & friends",
      items: [
        { name: "<@U1>", verdict: "ok", reason: "same", runtime: "containerd" },
        { name: "n2", verdict: "ok", reason: "same", runtime: "containerd" },
      ],
      nextSteps: ["a < b"],
      redacted: 0,
    };
    const blocks = diagnosisBlocks(d, "en");
    // Only rich_text: Slack parses no mentions or entities in its text elements.
    expect(blocks.every((b) => b.type === "rich_text")).toBe(true);
    const out = JSON.stringify(blocks);
    expect(out).toContain('"text":"<!channel> & friends"');
    expect(out).toContain('"text":"a < b"');
    expect(out).not.toContain('"type":"mrkdwn"');
    expect(out.match(/"same"/g)).toHaveLength(1);
  });

  it("names every node even past the per-group list", () => {
    const items = Array.from({ length: ITEMS_PER_GROUP + 230 }, (_, i) => ({
      name: `ip-10-0-${i}-1.us-west-2.compute.internal`,
      verdict: "ok" as const,
      reason: `r${i}`,
    }));
    const d: Diagnosis = { kind: "nodes", summary: "s", items, nextSteps: [], redacted: 0 };
    const out = JSON.stringify(diagnosisBlocks(d, "en"));
    for (const item of items) expect(out).toMatch(new RegExp(`[" ]${item.name}[",]`));
    expect(out).toContain("…and 230 more");
  });
});
