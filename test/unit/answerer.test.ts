import { beforeAll, describe, expect, it } from "vitest";
import { declineText, exampleQuestions } from "../../src/core/answer/messages.ts";
import type { BotCore } from "../../src/core/bot-core.ts";
import { loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});

describe("offline answers", () => {
  it("answers in the question's language with sources, related ids and a confidence", () => {
    const ko = core.answerer.answerOffline("containerd 소켓 경로 알려줘");
    expect(ko).toMatchObject({ kind: "answer", lang: "ko", inScope: true, via: "offline" });
    expect(ko.text).toContain("/run/containerd/containerd.sock");
    expect(ko.sources.length).toBeGreaterThan(0);
    expect(ko.sources.length).toBeLessThanOrEqual(3);
    expect(ko.confidence).toBeGreaterThan(0.5);
    const en = core.answerer.answerOffline("where is the containerd socket?");
    expect(en.lang).toBe("en");
    expect(en.entryIds[0]).toBe(ko.entryIds[0]);
  });

  it("puts the point that answers a lookup first", () => {
    const answer = core.answerer.answerOffline("containerd socket path on windows");
    const lines = answer.text.split("\n");
    expect(lines[0]).toContain("npipe://");
    // The entry's own lead follows as a point, so nothing is lost.
    expect(lines[1]).toContain("containerd.sock");
  });

  it("shows points matching the question before the others", () => {
    const answer = core.answerer.answerOffline("what is crictl and can it build images");
    expect(answer.text.split("\n")[1]).toMatch(/build/);
  });

  it("keeps every entry's answer under 1,200 characters in both languages", () => {
    for (const entry of core.kb.entries) {
      for (const lang of ["ko", "en"] as const) {
        const answer = core.answerer.answerOffline(entry[lang].examples[0] ?? entry[lang].title, {
          lang,
        });
        expect(answer.text.length, `${entry.id} ${lang}`).toBeLessThan(1200);
      }
    }
  });

  it("honours a language override", () => {
    expect(core.answerer.answerOffline("도커심이 뭐야", { lang: "en" })).toMatchObject({
      lang: "en",
      kind: "answer",
    });
  });

  it("marks answers that a diagram fits", () => {
    expect(
      core.answerer.answerOffline("dockershim 빠지고 kubelet 경로가 어떻게 바뀌었어?").diagram,
    ).toBe("compare");
    expect(core.answerer.answerOffline("what is crictl").diagram).toBeUndefined();
  });
});

describe("the example questions the bot suggests", () => {
  const expected: Record<string, string> = {
    "도커심은 왜 제거됐어?": "why-dockershim-removed",
    "kubelet에서 runC까지 어떤 경로로 가?": "kubelet-path",
    "docker build로 만든 이미지 1.24에서도 돌아가?": "docker-images-still-run",
    "containerd 소켓 경로 알려줘": "cri-socket-paths",
    "why was dockershim removed?": "why-dockershim-removed",
    "what sits between the kubelet and runc?": "kubelet-path",
    "do images built with docker build still run?": "docker-images-still-run",
    "how do I check which runtime my nodes use?": "check-node-runtime",
  };

  it.each([...exampleQuestions("ko"), ...exampleQuestions("en")])("answers %s well", (q) => {
    const answer = core.answerer.answerOffline(q);
    expect(answer.kind).toBe("answer");
    expect(answer.entryIds[0]).toMatch(new RegExp(`^${expected[q] ?? "missing-expectation"}`));
  });
});

describe("declines and bad input", () => {
  it("declines out-of-scope questions politely in the asker's language, saying what it can do", () => {
    const ko = core.answerer.answerOffline("인그레스 설정 어떻게 해?");
    expect(ko).toMatchObject({ kind: "decline", inScope: false, lang: "ko", sources: [] });
    expect(ko.text).toContain("죄송합니다");
    expect(ko.text).toContain("CRI");
    const en = core.answerer.answerOffline("how do I write a helm chart?");
    expect(en).toMatchObject({ kind: "decline", lang: "en" });
    expect(en.text).toMatch(/^Sorry/);
  });

  it.each([
    ["", "empty"],
    [" \n\t ", "empty"],
    ["x".repeat(2001), "too long"],
  ])("turns %j into a clear message", (raw, words) => {
    const answer = core.answerer.answerOffline(raw);
    expect(answer.kind).toBe("invalid");
    expect(answer.text.toLowerCase()).toContain(words);
  });

  it("suggests entries with one question mark, whatever their titles end with", () => {
    const text = declineText("en", ["Why did dockershim exist?", "When did containerd start?"]);
    expect(text).toMatch(/Were you looking for: .+ \/ When did containerd start\?$/);
    expect(text).not.toContain("??");
    expect(declineText("en", ["CRI endpoints"])).toMatch(/CRI endpoints\?$/);
  });

  it("answers to who is addressed and how politely as to the bare question", () => {
    const first = (q: string) => core.answerer.answerOffline(q).text.split("\n")[0];
    // "hey bot," once hid the verb that opens a command question ("exec into…").
    expect(
      first("<@U07ABCDEF> hey bot, exec into a pod's container on a node without docker?"),
    ).toBe(first("exec into a pod's container on a node without docker?"));
    expect(first("안녕하세요! crio 소켓 어디 있어요? 감사합니다")).toBe(
      first("crio 소켓 어디 있어요?"),
    );
  });

  it("answers a Korean over-long question in Korean", () => {
    expect(core.answerer.answerOffline("가".repeat(2001)).text).toContain("너무 깁니다");
  });
});
