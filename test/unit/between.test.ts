import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/core/bot-core.ts";
import { loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});
const first = (q: string) => core.answerer.answerOffline(q).entryIds[0];

describe("what sits between two things", () => {
  it("is the thing in the middle, not either end", () => {
    expect(first("which process sits between containerd and runc on a node?")).toMatch(
      /^containerd-shim/,
    );
    expect(first("containerd 와 runc 사이에는 뭐가 있어요?")).toMatch(/^containerd-shim/);
    expect(first("on a cri-o node, what sits between crio and runc?")).toBe("conmon");
  });

  it("leaves a comparison of the two ends to the comparison", () => {
    expect(first("what's the difference between CRI and OCI?")).toBe("cri-vs-oci");
  });
});

describe("a lookup followed by the asker's situation", () => {
  it("is answered by the lookup, not by the sentence matching the situation", () => {
    const a = core.answerer.answerOffline(
      "Where is a node's CRI socket recorded by kubeadm? We must update it after switching that node over to cri-dockerd.",
    );
    expect(a.text).toMatch(/^Up to v1\.33 kubeadm kept a node's CRI socket in the Node annotation/);
  });
});
