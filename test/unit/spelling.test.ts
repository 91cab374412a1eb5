import { describe, expect, it } from "vitest";
import { createSpeller, wordsOf } from "../../src/core/text/spelling.ts";
import { loadRealCore } from "../helpers/real-core.ts";

const spell = createSpeller(
  wordsOf(["version replaced cri-dockerd containerd minikube windows shims schedule installs"]),
);

describe("the speller", () => {
  it("puts back two swapped letters, a dropped inner letter and a doubled one", () => {
    expect(spell("which verison")).toBe("which version");
    expect(spell("what repalced cri-docekrd")).toBe("what replaced cri-dockerd");
    expect(spell("minkiube on winodws")).toBe("minikube on windows");
    expect(spell("containrd and containerrd")).toBe("containerd and containerd");
  });

  it("never turns a real word into another", () => {
    // One substitution apart ("ships"/"shims") or one ending apart ("scheduled"/"schedule",
    // "install"/"installs"): grammar and other words, not typos.
    expect(spell("it still ships")).toBe("it still ships");
    expect(spell("pods get scheduled there")).toBe("pods get scheduled there");
    expect(spell("how to install it")).toBe("how to install it");
    // Short words are left as typed.
    expect(spell("teh pod")).toBe("teh pod");
  });

  it("lets a question with a slip get the answer the question without it gets", async () => {
    const core = await loadRealCore();
    const first = (q: string) => core.answerer.answerOffline(q).text.split("\n")[0];
    expect(first("which k8s verison removed dockershim?")).toBe(
      first("which k8s version removed dockershim?"),
    );
    expect(first("what repalced dockershim?")).toBe(first("what replaced dockershim?"));
  });
});
