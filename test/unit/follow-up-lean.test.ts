import { describe, expect, it } from "vitest";
import { type LeanInput, leansOnPrevious } from "../../src/core/answer/follow-up.ts";

const input = (question: string, overrides: Partial<LeanInput> = {}): LeanInput => ({
  question,
  inConversation: true,
  namesEntity: true,
  knownWords: 3,
  namedBefore: () => true,
  swapsPeer: () => false,
  ...overrides,
});

describe("whether a question leans on the previous turn", () => {
  it("reads a pronoun, a bare subject or another side only in a conversation", () => {
    for (const q of [
      "우리 containerd 노드에 그거 어떻게 적용해요?",
      "CRI-O는요? 문서가 다르던데",
      "CRI-O면 어디에 넣어?",
      // A space before the case ending, as people type it.
      "k3s 면?",
      // A place's case ending after a space.
      "minikube 에선?",
      "containerd 쪽엔 그런 거 없어?",
      // "쪽에도" asks the other side too; "그런 거" points at what was just described.
      "containerd 쪽에도 있어요?",
      "그런 거 containerd에도 있음?",
      // The case can be a kind of node or cluster ("CRI-O 노드면", "k3s 클러스터에선").
      "CRI-O 노드면 어디서 해?",
      "k3s 클러스터에선 어디 있어?",
      // Whoever uses the other runtime is another case too ("crio 쓰는 고객사는 …").
      "crio 쓰는 팀은 뭘로 해요?",
      // "그럼 <runtime>는 <question word>…": the same question for another runtime.
      "그럼 CRI-O는 어디서 해?",
      "그럼 kubelet은 어디서 설정해?",
      "그럼 containerd 노드는 어디에 넣어요?",
    ]) {
      expect(leansOnPrevious(input(q))).toBe(true);
      expect(leansOnPrevious(input(q, { inConversation: false }))).toBe(false);
    }
  });

  it("reads 'where does that go in <file>?' as the thing just answered, the file being the place", () => {
    for (const q of [
      "so where does that go in config.toml?",
      "그 설정 어느 파일에 넣어요? config.toml?",
    ]) {
      expect(leansOnPrevious(input(q, { namedBefore: () => false }))).toBe(true);
      expect(leansOnPrevious(input(q, { inConversation: false, namedBefore: () => false }))).toBe(
        false,
      );
    }
  });

  it("reads '그럼 X는 …' about a new thing, not a runtime, as a question of its own", () => {
    expect(leansOnPrevious(input("그럼 conmon은 어디 끼는 거야?"))).toBe(false);
  });

  it("reads 'it' as the previous subject only when every subject named was named before", () => {
    const q = "which path does containerd read it from?";
    expect(leansOnPrevious(input(q))).toBe(true);
    expect(leansOnPrevious(input(q, { namedBefore: () => false }))).toBe(false);
  });

  it("reads 'that … on the cri-o nodes' as the previous question asked for another kind of node", () => {
    const q = "and where does that live on the cri-o nodes?";
    expect(leansOnPrevious(input(q, { namedBefore: () => false }))).toBe(true);
    // "on a node" or "on our nodes" names no other kind of node.
    const same = "after doing that on a node, how do i confirm it came back?";
    expect(leansOnPrevious(input(same, { namedBefore: () => false }))).toBe(false);
  });

  it("reads 'which file' asked of no subject as the previous answer's file", () => {
    for (const q of ["ok which file do i touch and what do i change", "어느 파일 고쳐요?"]) {
      expect(leansOnPrevious(input(q, { namesEntity: false }))).toBe(true);
      expect(leansOnPrevious(input(q, { namesEntity: false, inConversation: false }))).toBe(false);
    }
  });

  it("reads 'their' like 'its': the previous answer's things", () => {
    const q = "so should their count match the containers or the pods?";
    expect(leansOnPrevious(input(q))).toBe(true);
    expect(leansOnPrevious(input(q, { namedBefore: () => false }))).toBe(false);
  });

  it("reads 'the file goes where?' as the previous answer's file when its subjects were named before", () => {
    const q = "and the file goes where exactly? we're on containerd 1.7";
    expect(leansOnPrevious(input(q))).toBe(true);
    expect(leansOnPrevious(input(q, { namedBefore: () => false }))).toBe(false);
  });

  it("leans on the previous steps when asked about 'that list'", () => {
    expect(
      leansOnPrevious(input("if some pools go cri-o instead, what changes in that list?")),
    ).toBe(true);
  });

  it("reads a closing 'X는?' as a second ask, not a follow-up, after a question of its own", () => {
    const q = "containerd로 바꾸면 로그 수집은 그대로 돼? fluent-bit 설정은?";
    expect(leansOnPrevious(input(q, { inConversation: false, namesEntity: false }))).toBe(false);
    expect(leansOnPrevious(input("fluent-bit 설정은?", { namesEntity: false }))).toBe(true);
  });

  it("reads 'ok and…' and 'still had it' as leaning on the previous turn", () => {
    const alone = { namesEntity: false, inConversation: false };
    expect(leansOnPrevious(input("same thing but for cri-o nodes?", alone))).toBe(true);
    expect(leansOnPrevious(input("same thing but k3s?", alone))).toBe(true);
    expect(leansOnPrevious(input("ok and what about on windows?", alone))).toBe(true);
    const it = "which release was the first that no longer shipped it?";
    expect(leansOnPrevious(input(it, { namesEntity: false }))).toBe(true);
  });

  it("reads 'same q for X' as the previous question asked for X", () => {
    expect(
      leansOnPrevious(input("same q for k3s", { namesEntity: true, inConversation: false })),
    ).toBe(true);
  });

  it("reads 'which of the two' as the two things just answered", () => {
    const q = "so which of the two should our staging nodes run?";
    expect(leansOnPrevious(input(q, { namesEntity: false }))).toBe(true);
    expect(leansOnPrevious(input(q, { namesEntity: false, inConversation: false }))).toBe(false);
  });

  it("does not look at the previous question for a question that stands alone", () => {
    let looked = false;
    const alone = input("where is the containerd config file?", {
      namedBefore: () => {
        looked = true;
        return true;
      },
    });
    expect(leansOnPrevious(alone)).toBe(false);
    expect(looked).toBe(false);
  });

  it("reads a question that asks the same of a peer as leaning, only when that holds", () => {
    expect(leansOnPrevious(input("CRI-O는 몇 버전?", { swapsPeer: () => true }))).toBe(true);
    expect(leansOnPrevious(input("CRI-O는 몇 버전?"))).toBe(false);
  });

  it("reads 'how do I check that?' as pointing back, only in a conversation", () => {
    expect(
      leansOnPrevious(input("how do I check that?", { namesEntity: false, knownWords: 1 })),
    ).toBe(true);
    expect(leansOnPrevious(input("how do I fix it?", { namesEntity: false, knownWords: 1 }))).toBe(
      true,
    );
    expect(
      leansOnPrevious(input("how do I check that?", { inConversation: false, namesEntity: false })),
    ).toBe(false);
  });
});

describe("a short ask with no word of the field (round 15)", () => {
  it("asks its kind of thing of the previous answer", () => {
    const bare = { namesEntity: false, knownWords: 0 };
    // "X도 돼?" asks the previous thing for another case, whatever X is.
    expect(leansOnPrevious(input("CRI-O도 돼?"))).toBe(true);
    expect(leansOnPrevious(input("k3s도 마찬가지?"))).toBe(true);
    for (const q of ["ㅇㅇ 어케 고침", "그래서 왜?", "how do i fix?"])
      expect(leansOnPrevious(input(q, bare))).toBe(true);
    // Thanks ask nothing, and a question with words of its own stands alone.
    expect(leansOnPrevious(input("thanks!", bare))).toBe(false);
    expect(leansOnPrevious(input("노드 어노테이션도 바꿔야 됨?", { namesEntity: false }))).toBe(
      false,
    );
  });
});
