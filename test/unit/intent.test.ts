import { describe, expect, it } from "vitest";
import { detectIntent, hasExplicitIntent } from "../../src/core/retrieval/intent.ts";

describe("detectIntent", () => {
  it.each([
    ["What took dockershim's place?", "replacement"],
    ["도커심 없어지고 뭘로 바꿨어요?", "replacement"],
    ["How can I tell whether a node goes through dockershim or cri-dockerd?", "check"],
    ["노드가 어떤 런타임 쓰는지 어떻게 알아?", "check"],
    ["After the 1.24 upgrade, what happens to nodes still on Docker?", "impact"],
    ["1.24 올리면 도커 노드 어떻게 되나요", "impact"],
    ["docker build 이미지 1.24에서도 돌아가?", "yesno"],
    ["containerd-shim이랑 dockershim 같은 거임?", "yesno"],
    ["is it the same as dockershim", "yesno"],
    ["docker ps 대신 뭐 써요?", "command"],
    ["what's the crictl equivalent of docker logs", "command"],
    ["containerd vs cri-o", "comparison"],
    ["containerd랑 cri-o 차이", "comparison"],
    ["containerd or CRI-O on EKS?", "comparison"],
    ["how do I migrate a node to containerd", "procedure"],
    ["containerd로 마이그레이션 하는 방법", "procedure"],
    ["where is the containerd config file", "location"],
    ["containerd 소켓 경로 알려줘", "location"],
    ["when was dockershim removed", "time"],
    ["도커심 몇 버전에서 빠졌어", "time"],
    ["why was dockershim removed", "reason"],
    ["도커심 왜 없앴어", "reason"],
    ["kubelet won't start after the upgrade", "reason"],
    ["도커심이 뭐야", "definition"],
    ["what is cri-o", "definition"],
  ])("%s -> %s", (q, intent) => {
    expect(detectIntent(q)).toBe(intent);
  });

  it("tells explicit asks from bare follow-ups", () => {
    expect(hasExplicitIntent("and for CRI-O?")).toBe(false);
    expect(hasExplicitIntent("그럼 롤백은?")).toBe(false);
    expect(hasExplicitIntent("what is CRI-O?")).toBe(true);
  });
});
