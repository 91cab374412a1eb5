import { beforeAll, describe, expect, it } from "vitest";
import { facetApplies } from "../../src/core/answer/entry-intent.ts";
import { asksOtherRelease } from "../../src/core/answer/release.ts";
import type { BotCore } from "../../src/core/bot-core.ts";
import { firstSentence } from "../../src/core/eval/evaluate.ts";
import type { Entry } from "../../src/core/knowledge/schema.ts";
import { loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});

describe("a question naming another release of the entry's tool", () => {
  const entry = { release: { of: "containerd", major: 2 } } as Entry;

  it("reads the releases named after the tool, and where an upgrade goes", () => {
    expect(asksOtherRelease(entry, "registry mirror on containerd 1.7, walk me through it")).toBe(
      true,
    );
    expect(asksOtherRelease(entry, "containerd 1.7 -> 2.x upgrade order")).toBe(false);
    expect(asksOtherRelease(entry, "containerd 1.7에서 2.0으로 올리는 순서")).toBe(false);
    expect(asksOtherRelease(entry, "convert my containerd 1.7 config to the 2.x format")).toBe(
      false,
    );
    // No release named, or only Kubernetes': the entry may answer.
    expect(asksOtherRelease(entry, "where do containerd mirrors go on kubernetes 1.29?")).toBe(
      false,
    );
    expect(asksOtherRelease({} as Entry, "containerd 1.7 mirrors")).toBe(false);
  });

  it("answers from the entry for the release the asker runs", () => {
    const lead = firstSentence(
      core.answerer.answerOffline("SystemdCgroup goes in which section on containerd 1.7?").text,
    );
    expect(lead).toMatch(/io\.containerd\.grpc\.v1\.cri/);
    const steps = core.answerer.answerOffline(
      "set up a docker hub mirror on containerd 1.6, steps",
    );
    expect(firstSentence(steps.text)).toMatch(/hosts\.toml|certs\.d|config_path/);
  });
});

describe("facetApplies", () => {
  it("lets a facet with a task answer only questions naming it", () => {
    const text = { lead: "x", examples: [] };
    const facet = { intent: "procedure" as const, ko: text, en: text, asks: ["upgrad", "올리"] };
    expect(facetApplies(facet, "how do I Upgrade containerd")).toBe(true);
    expect(facetApplies(facet, "containerd 2.x로 올리는 순서")).toBe(true);
    expect(facetApplies(facet, "steps to add a mirror on containerd 2")).toBe(false);
    expect(facetApplies({ intent: "procedure", ko: text, en: text }, "anything")).toBe(true);
  });
});
