import { beforeAll, describe, expect, it } from "vitest";
import type { Tokenizer } from "../../src/core/retrieval/tokenize.ts";
import { loadRealCore } from "../helpers/real-core.ts";

let tokenize: Tokenizer;
beforeAll(async () => {
  tokenize = (await loadRealCore()).index.tokenize;
});

describe("tokenizer", () => {
  it.each([
    ["도커심이란 뭐야?", "dockershim"],
    ["도커 심은 왜 없어졌어", "dockershim"],
    ["docker-shim removed?", "dockershim"],
    ["dockerhim", "dockershim"],
    ["도커shim", "dockershim"],
    ["kublet", "kubelet"],
    ["큐블릿이 하는 일", "kubelet"],
    ["cri-o 설정", "crio"],
    ["cri-docker 소켓", "cridockerd"],
    // The runc v2 shim is its own term, so a question naming it meets its own entry first.
    ["containerd-shim-runc-v2", "shimruncv2"],
    ["containerd-shim 역할", "containerdshim"],
    ["컨테이너런타임이 뭔가요", "containerruntime"],
    ["컨테이너 런타임", "containerruntime"],
    ["runC랑 crun", "runc"],
    // However a worry is conjugated, "do my containers die" meets the entries that answer it.
    ["재시작하면 파드 다 죽어요?", "die"],
    ["컨테이너 안죽는 이유", "die"],
    ["will running pods get killed", "die"],
  ])("%s contains %s", (text, token) => {
    expect(tokenize(text)).toContain(token);
  });

  it("reads 'linux' as no topic: nodes are Linux unless a question says Windows", () => {
    expect(tokenize("where's the containerd socket on linux nodes")).not.toContain("linux");
    expect(tokenize("windows 노드 소켓")).toContain("windows");
  });

  it("drops how short the answer should be: 'in one line' is not about log lines", () => {
    expect(tokenize("what is containerd, like in one line")).not.toContain("line");
    expect(tokenize("containerd 한 줄로 설명해줘")).not.toContain("줄로");
    expect(tokenize("why are long log lines split")).toContain("line");
  });

  it("drops a number with a Korean counter: '2시간' is a quantity, '2로' may be a version", () => {
    expect(tokenize("작업시간 2시간, 노드 30대")).not.toContain("2");
    expect(tokenize("작업시간 2시간, 노드 30대")).not.toContain("30");
    expect(tokenize("containerd 2로 올리면")).toContain("2");
  });

  it("drops a timestamp pasted from a log line: it says when, never what", () => {
    const tokens = tokenize("lines like 2024-05-02T10:00:00Z stdout F hello");
    // "stdout F" is the CRI log line's own mark (a glossary term), kept as one word.
    expect(tokens).toContain("crilogline");
    expect(tokens.some((t) => /^\d|^0/.test(t))).toBe(false);
  });

  it("reads a Korean alias only at the start of a word ('로그', not the 로그 in 블로그)", () => {
    expect(tokenize("컨테이너 로그 보는 법")).toContain("logs");
    expect(tokenize("Don't Panic 블로그 언제 올라왔지")).not.toContain("logs");
    expect(tokenize("프로그램 설치")).not.toContain("logs");
  });

  it("finds a Korean alias of three syllables or more inside a word typed without spaces", () => {
    expect(tokenize("원래도커심1.22에뺀다고하지않았음")).toContain("dockershim");
    expect(tokenize("우리노드컨테이너디소켓어디")).toContain("containerd");
  });

  it("finds the field's two-syllable words inside a glued run, and no other short alias", () => {
    expect(tokenize("도커왜빠짐")).toEqual(expect.arrayContaining(["docker", "removal"]));
    expect(tokenize("파드로그파일어디쌓임")).toContain("pod");
    // "로그" (logs) is not one of the field's words: inside "블로그" it stays unread.
    expect(tokenize("블로그언제올라왔는지")).not.toContain("logs");
  });

  it("reads an English count as a quantity, not a version ('all 40 of them', '200 nodes')", () => {
    expect(tokenize("check all 40 of them")).not.toContain("40");
    expect(tokenize("we run 200 nodes")).not.toContain("200");
    expect(tokenize("containerd 2 on 1.24")).toEqual(expect.arrayContaining(["2", "1.24"]));
  });

  it("keeps cri, cri-o, crictl and cri-dockerd apart", () => {
    expect(tokenize("cri crio crictl cri-dockerd")).toEqual([
      "cri",
      "crio",
      "crictl",
      "cridockerd",
    ]);
  });

  it("strips Korean particles and drops question words", () => {
    const tokens = tokenize("containerd가 뭐야");
    expect(tokens).toEqual(["containerd"]);
  });

  it("stems English words and drops stop words", () => {
    expect(tokenize("What are the runtimes")).toEqual(["runtim"]);
    // "a quick way to tell" says how the asker wants it, not what it is about.
    expect(tokenize("quick way to tell the runtimes")).toEqual(["runtim"]);
    // Filler adverbs: "even" matched an entry's "even when…".
    expect(tokenize("what is basically even containerd anyway")).toEqual(["containerd"]);
  });

  it("keeps question intent: why and when, in both languages", () => {
    expect(tokenize("도커심은 왜 제거됐어?")).toEqual(["dockershim", "why", "removal"]);
    expect(tokenize("dockershim 언제 빠졌어")).toEqual(["dockershim", "when", "removal"]);
  });

  it("drops how long the answer should be in both languages, and contraction debris", () => {
    expect(tokenize("CRI 가 뭔지 3줄 요약 plz")).toEqual(["cri", "뭔지"]);
    expect(tokenize("containerd in 3 lines, summarize")).toEqual(["containerd"]);
    expect(tokenize("without ssh'ing, we're quickest")).toEqual(["without", "ssh"]);
  });

  it("drops 괜찮음 and its forms: they ask yes or no, not about a topic", () => {
    const tokens = tokenize("kaniko는 아직 써도 괜찮음?");
    expect(tokens).toContain("kaniko");
    expect(tokens.some((t) => t.includes("괜찮") || t.includes("찮"))).toBe(false);
  });

  it("drops 뭐였지 and its forms: the asker forgot what it was, which says nothing of the topic", () => {
    for (const q of [
      "crio 설정 파일 뭐였지",
      "crio 설정 파일 뭐였더라",
      "crio 설정 파일 뭐였어?",
      "crio 설정 파일이 뭐에요?",
    ]) {
      expect(tokenize(q).some((t) => /였|더라|뭐에/.test(t))).toBe(false);
    }
  });

  it("drops polite endings and greetings", () => {
    expect(tokenize("안녕하세요")).toEqual([]);
  });

  it("keeps the k8s.io namespace apart from the word Kubernetes", () => {
    expect(tokenize("containerd k8s.io namespace")).toEqual(["containerd", "k8sio", "namespace"]);
  });

  it("keeps short CLI flags, which tell commands apart ('logs -f', 'exec -it')", () => {
    expect(tokenize("docker logs -f, ctr -n k8s.io, exec -it")).toEqual(
      expect.arrayContaining(["-f", "-n", "-it"]),
    );
    // A hyphen inside a word or a long flag is not a short flag, even after the glossary
    // rewrite spaces a term apart ("docker-ce").
    expect(tokenize("x-ray --tail")).not.toEqual(expect.arrayContaining(["-ray", "-t"]));
    expect(tokenize("apt purge docker-ce")).not.toContain("-ce");
  });

  it("keeps versions whole", () => {
    expect(tokenize("removed in 1.24?")).toContain("1.24");
  });

  it("makes spacing variants of Korean words share bigrams", () => {
    const joined = new Set(tokenize("런타임교체절차"));
    const spaced = tokenize("런타임 교체 절차");
    expect(spaced.filter((t) => t.length === 2).every((t) => joined.has(t))).toBe(true);
  });
});
