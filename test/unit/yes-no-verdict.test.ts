import { beforeAll, describe, expect, it } from "vitest";
import { openByVerdict } from "../../src/core/answer/yes-no.ts";
import type { BotCore } from "../../src/core/bot-core.ts";
import { askAfter, loadRealCore } from "../helpers/real-core.ts";

describe("a lead's verdict opening a yes/no answer", () => {
  const holds = "A `docker:dind` sidecar keeps working when nodes move to containerd.";
  const fails = "The kubelet refuses to start on the unknown flag.";

  it("says yes when the thing asked about keeps working, and no when it breaks", () => {
    expect(openByVerdict(holds, "en", "holds", "will our dind sidecar still work?")).toMatch(
      /^Yes, a `docker:dind` sidecar keeps working/,
    );
    expect(openByVerdict(fails, "en", "fails", "is leaving the flag ok?")).toMatch(
      /^No, the kubelet refuses/,
    );
  });

  it("turns round for a question asked the other way", () => {
    expect(openByVerdict(holds, "en", "holds", "does dind break on containerd?")).toMatch(/^No, /);
    expect(openByVerdict(fails, "en", "fails", "그 플래그 남기면 문제 돼?")).toMatch(/^Yes, /);
    expect(
      openByVerdict("사이드카는 그대로 동작합니다.", "ko", "holds", "dind 사이드카 깨짐?"),
    ).toBe("아니요, 사이드카는 그대로 동작합니다.");
  });

  it("keeps the capital of a name", () => {
    expect(openByVerdict("Kubernetes 1.26 rejects it.", "en", "fails", "will it work?")).toBe(
      "No, Kubernetes 1.26 rejects it.",
    );
  });

  it("adds nothing to a question that checks a claim or asks about a need", () => {
    for (const q of [
      "kubelet won't start and the flag is still there. is that the cause?",
      "1.24에서 삭제된 거 맞지? 문제 되는 거",
      "do we need to add the flag back or will it break?",
    ])
      expect(openByVerdict(fails, "en", "fails", q)).toBe(fails);
  });

  it("adds nothing to a question that is not about working or breaking", () => {
    expect(openByVerdict(holds, "en", "holds", "is dind a docker feature?")).toBe(holds);
  });
});

describe("verdicts in the knowledge base", () => {
  let core: BotCore;
  beforeAll(async () => {
    core = await loadRealCore();
  });

  it("answer a yes/no question through an impact facet with its yes or no", () => {
    expect(
      askAfter(
        core,
        "our jenkins agents mount the host /var/run/docker.sock to run docker build. will that keep working on containerd nodes?",
      ).text,
    ).toMatch(/^No, on containerd or CRI-O nodes nothing answers/);
    expect(
      askAfter(
        core,
        "after dockershim removal do resource limits and our log daemonset still work?",
      ).text,
    ).toMatch(/^Yes, moving from Docker/);
  });

  it("answer an impact asked as a yes/no question ('다 깨짐?') with its yes or no", () => {
    expect(
      askAfter(core, "docker:dind 사이드카로 빌드하는 CI 잡들도 containerd 노드 가면 다 깨짐?")
        .text,
    ).toMatch(/^아니요, 노드를 containerd로 옮겨도 `docker:dind` 사이드카는/);
    expect(
      askAfter(core, "what happens to pods that mount docker.sock on containerd nodes?").text,
    ).toMatch(/^On containerd or CRI-O nodes nothing answers/);
  });
});
