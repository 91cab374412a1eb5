import { beforeAll, describe, expect, it } from "vitest";
import { opensYesNo } from "../../src/core/answer/yes-no.ts";
import type { BotCore } from "../../src/core/bot-core.ts";
import { firstSentence } from "../../src/core/text/sentences.ts";
import { loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});
const lead = (q: string) => firstSentence(core.answerer.answerOffline(q).text);

describe("a yes/no question whose entry has no yes or no to give", () => {
  it("is answered for the version it asks about", () => {
    const answer = core.answerer.answerOffline("1.23이 dockershim 들어간 마지막 버전 맞지?");
    expect(answer.intent).toBe("yesno");
    expect(firstSentence(answer.text)).toMatch(/마지막 마이너 버전은 1\.23/);
  });

  it("is answered for the impact it asks about", () => {
    expect(lead("런타임 바꾸면 노드 보안 에이전트도 영향 있어?")).toMatch(/docker\.sock/);
  });

  it("keeps an entry's own yes or no when it has one", () => {
    expect(lead("docker build로 만든 이미지 containerd에서 돌아가?")).toMatch(/^네,/);
  });
});

describe("opensYesNo", () => {
  it.each([
    ["Yes; it runs.", "en", true],
    ["Not necessarily: it depends.", "en", true],
    ["The kubelet talks CRI.", "en", false],
    ["꼭 그렇지는 않고, cri-dockerd일 수도 있습니다.", "ko", true],
    ["아니요, 그대로 실행됩니다.", "ko", true],
    ["dockershim은 1.24에서 제거됐습니다.", "ko", false],
  ] as const)("%s → %s", (text, lang, opens) => {
    expect(opensYesNo(text, lang)).toBe(opens);
  });
});

describe("confirming that something was removed (round 15)", () => {
  it("is answered with when it was removed", () => {
    expect(lead("도커심 없어졌다던데 진짜야?")).toMatch(/1\.24/);
    expect(lead("was dockershim really removed?")).toMatch(/removed from the kubelet in 1\.24/);
  });
});
