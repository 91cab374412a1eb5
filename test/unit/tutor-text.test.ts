import { beforeAll, describe, expect, it } from "vitest";
import type { Tokenizer } from "../../src/core/retrieval/tokenize.ts";
import { matchesAccepted } from "../../src/core/tutor/answer-match.ts";
import { parseTutorCommand } from "../../src/core/tutor/commands.ts";
import { checkCurriculum } from "../../src/core/tutor/curriculum.ts";
import { progressBar } from "../../src/core/tutor/progress-bar.ts";
import { pathSoFar } from "../../src/core/tutor/view.ts";
import { realTutoring, SMALL } from "../helpers/tutor-fixture.ts";

let tokenize: Tokenizer;
beforeAll(async () => {
  ({ tokenize } = await realTutoring());
});

describe("free-text answers (retrieval's normalising)", () => {
  it.each([
    ["네임스페이스요", ["namespace", "네임스페이스"]],
    ["네임 스페이스", ["네임스페이스"]],
    ["cgroup이요", ["cgroup"]],
    ["namespaces", ["namespace"]],
    ["runtime service and image service", ["runtime image"]],
    ["런타임서비스랑 이미지서비스", ["런타임 이미지"]],
    ["kubectl get nodes -o wide", ["kubectl get nodes -o wide"]],
    ["kubectl get node -o wide", ["get node wide"]],
    ["contaienrd", ["containerd"]],
    ["1.24 버전", ["1.24"]],
  ])("%s matches %j", (typed, accepted) => {
    expect(matchesAccepted(tokenize, typed, accepted)).toBe(true);
  });

  it.each([
    ["1.20", ["1.24"]],
    ["docker", ["containerd"]],
    ["", ["runc"]],
    ["runtime", ["runtime image"]],
  ])("%s does not match %j", (typed, accepted) => {
    expect(matchesAccepted(tokenize, typed, accepted)).toBe(false);
  });
});

describe("tutoring commands", () => {
  const idle = { active: false, confirmReset: false };
  const active = { active: true, confirmReset: false };

  it("start words work anywhere and fix Korean when typed in Korean", () => {
    expect(parseTutorCommand("tutor", idle)).toEqual({ type: "start", lang: undefined });
    expect(parseTutorCommand("start tutoring", idle)).toEqual({ type: "start", lang: undefined });
    for (const word of ["튜터", "공부", "퀴즈", "튜터링 시작"])
      expect(parseTutorCommand(word, idle)).toEqual({ type: "start", lang: "ko" });
  });

  it("bare commands count only while tutoring; `tutor <command>` always", () => {
    expect(parseTutorCommand("status", idle)).toBeUndefined();
    expect(parseTutorCommand("status", active)).toEqual({ type: "status" });
    expect(parseTutorCommand("tutor status", idle)).toEqual({ type: "status" });
    expect(parseTutorCommand("튜터 복습", idle)).toEqual({ type: "review" });
    expect(parseTutorCommand("계속", active)).toEqual({ type: "resume" });
  });

  it("a lesson number needs a word; a bare number is an answer", () => {
    expect(parseTutorCommand("3", active)).toBeUndefined();
    expect(parseTutorCommand("lesson 3", active)).toEqual({ type: "goto", lesson: 3 });
    expect(parseTutorCommand("3과", active)).toEqual({ type: "goto", lesson: 3 });
    expect(parseTutorCommand("tutor 3", idle)).toEqual({ type: "goto", lesson: 3 });
  });

  it("yes/no answer a pending reset only", () => {
    const pending = { active: true, confirmReset: true };
    expect(parseTutorCommand("네", pending)).toEqual({ type: "reset-confirm" });
    expect(parseTutorCommand("no", pending)).toEqual({ type: "reset-cancel" });
    expect(parseTutorCommand("yes", active)).toBeUndefined();
  });
});

describe("progress bar", () => {
  it.each([
    [0, 3, "▱▱▱▱▱"],
    [1, 3, "▰▰▱▱▱"],
    [2, 3, "▰▰▰▱▱"],
    [3, 3, "▰▰▰▰▰"],
    [1, 100, "▰▱▱▱▱"],
    [99, 100, "▰▰▰▰▱"],
  ])("%i of %i is %s", (done, total, bar) => {
    expect(progressBar(done, total)).toBe(bar);
  });
});

describe("curriculum checks", () => {
  it("the real curriculum has 8–12 lessons and no problems", async () => {
    const { curriculum, entryIds } = await realTutoring();
    expect(checkCurriculum(curriculum, entryIds)).toEqual([]);
  });

  it("catches unknown entries, components, answers and repeated ids", () => {
    const [one, two] = SMALL.lessons;
    const choice = one?.exercises[0];
    if (!one || !two || choice?.kind !== "choice") throw new Error("fixture");
    const broken = {
      components: {},
      lessons: [
        { ...one, entries: ["nope"] },
        { ...two, exercises: [...two.exercises, { ...choice, answer: "z" }] },
      ],
    };
    const messages = checkCurriculum(broken, new Set(["cri"])).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'entries: no knowledge entry "nope"',
        'no component "kubelet" in components.yaml',
        'answer "z" is not an option',
        "exercise id is used twice (ids are global)",
        "there must be 8 to 12 lessons",
      ]),
    );
  });

  it("draws the path built so far with the unknown hops as ?", () => {
    const path = SMALL.lessons[1]?.exercises[0];
    if (path?.kind !== "path") throw new Error("fixture");
    expect(pathSoFar(SMALL, path, [])).toBe("kubelet → ? → ? → runC");
    expect(pathSoFar(SMALL, path, ["cri"])).toBe("kubelet → CRI → ? → runC");
  });
});
