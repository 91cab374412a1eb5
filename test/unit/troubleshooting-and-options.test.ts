import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/core/bot-core.ts";
import { firstSentence } from "../../src/core/eval/evaluate.ts";
import { detectIntent } from "../../src/core/retrieval/intent.ts";
import { askAfter, loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});

describe("where to start looking, when in a sequence, which options (round 24)", () => {
  it.each([
    // Where to start looking at a failure is a check, not a file's place nor a task's steps.
    ["node went NotReady after pointing the kubelet at containerd, where do I look", "check"],
    ["kubelet not ready after the containerd switch, what to check first", "check"],
    ["containerd 로 바꾸고 kubelet 재시작했더니 NotReady 뭐부터 봐", "check"],
    // …but a file's place is still a place, and where the steps start is still steps.
    ["where do I look for the containerd config?", "location"],
    ["containerd 전환 뭐부터 하면 됨?", "procedure"],
    // A moment in a sequence is a time.
    ["at what point in a 1.22 to 1.24 upgrade should we switch the runtime", "time"],
    ["업그레이드 중에 런타임 전환은 어느 시점에 해요?", "time"],
    // The options left once something is gone are its replacements.
    ["도커심 빠지면 쓸 수 있는 선택지 정리해줘", "replacement"],
  ])("%s -> %s", (question, intent) => {
    expect(detectIntent(question)).toBe(intent);
  });
});

describe("answers for those kinds", () => {
  const ask = (q: string) => askAfter(core, q);

  it("lists dockershim's successors when asked for the options, not a kubelet flag", () => {
    const a = ask("도커심 없어지면 대신 쓸 수 있는 선택지가 뭐뭐 있어요? 옵션 정리좀");
    expect(firstSentence(a.text)).toMatch(/cri-dockerd/);
    expect(firstSentence(a.text)).toMatch(/containerd/);
  });

  it("says no to switching runtimes without a drain", () => {
    const a = ask("can I switch a node to containerd without draining it?");
    expect(a.text).toMatch(/^No/);
    expect(firstSentence(a.text)).toMatch(/drain/);
  });

  it("wires BuildKit into CI agents with buildkitd, not the docker.sock search", () => {
    const a = ask(
      "we picked buildkit. how do we wire it into our jenkins agents instead of the host docker.sock?",
    );
    expect(firstSentence(a.text)).toMatch(/buildkitd/);
  });

  it("declines a git question in the asker's language", () => {
    const a = ask("git rebase 했다가 커밋 날아감 ㅠ 복구 방법?");
    expect(a.kind).not.toBe("answer");
    expect(a.text).toMatch(/git/);
    expect(a.text).toMatch(/범위 밖/);
  });
});

describe("a pasted CRI log line", () => {
  it.each([
    "로그에 찍힌 stdout F 에서 F 는 뭐고 가끔 P 도 보이던데 그건 뭐임?",
    'loki shows our pod logs like `2024-05-02T10:11:12Z stdout F {"level":"info"}` since the node pool upgrade. what is that prefix',
  ])("is answered from the CRI log format, whichever log stack shows it: %s", (q) => {
    const a = askAfter(core, q);
    expect(a.kind).toBe("answer");
    expect(a.entryIds[0]).toBe("cri-log-format");
  });

  it("says what a whole line looks like when asked that", () => {
    const a = askAfter(core, "what does a CRI log line look like?");
    expect(firstSentence(a.text)).toMatch(/<time> <stream> <P\|F> <message>/);
  });
});

describe("a point that refers back to its lead", () => {
  it("never answers first: the place is said before 'this value must change too'", () => {
    const a = askAfter(
      core,
      "kubeadm 클러스터에서 노드별 CRI 소켓 경로는 어디에 저장돼있어요? containerd로 바꾸면 거기도 고쳐야 하나",
    );
    expect(firstSentence(a.text)).toMatch(/kubeadm\.alpha\.kubernetes\.io\/cri-socket/);
    expect(firstSentence(a.text)).not.toMatch(/이 값/);
  });
});

describe("a follow-up naming one of the previous answers", () => {
  it.each([
    ["what replaced dockershim?", "and for CRI-O?", /^CRI-O implements the Kubernetes CRI/],
    ["도커심 없어지고 뭘로 바꿨어요?", "그럼 CRI-O는?", /^CRI-O는 Kubernetes만을 위해/],
  ])("asks what that answer is, not what replaced it: %s -> %s", (before, question, lead) => {
    const a = askAfter(core, question, before);
    expect(a.text).toMatch(lead);
    expect(firstSentence(a.text)).not.toMatch(/insecure_registries/);
  });
});
