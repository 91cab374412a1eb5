import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/core/bot-core.ts";
import { createSettingReader, withoutSetting } from "../../src/core/retrieval/setting.ts";
import { loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});
const ask = (q: string) => core.answerer.answerOffline(q);

describe("phrases that only say where the asker works", () => {
  it.each([
    ["celery workers on our containerd nodes keep dying", "containerd"],
    ["the billing app is built with docker", "docker"],
    ["CRI-O 클러스터인데 알림 규칙 예시 있어?", "CRI-O"],
    ["containerd 노드고요 메모리가 부족해요", "containerd"],
  ])("takes the runtime out of %j", (question, runtime) => {
    expect(withoutSetting(question)).not.toContain(runtime);
  });

  it("keeps a runtime the question asks about", () => {
    expect(withoutSetting("does containerd read daemon.json?")).toContain("containerd");
  });
});

describe("a neighbour asked on the runtime's nodes", () => {
  it.each([
    "how many prefetch slots per celery worker on our containerd nodes with 4 cpus?",
    "our crio cluster hosts the shop — sidekiq or resque for background jobs in rails?",
    "CRI-O 노드풀에서 돌리는 spring boot 앱 hikari connection pool 크기 몇으로 해요?",
    "what sentry traces_sample_rate should our python services use on the cri-o nodes?",
  ])("declines %j in one line", (question) => {
    const a = ask(question);
    expect(a.kind).toBe("decline");
    expect(a.text.split("\n")).toHaveLength(1);
  });

  it.each([
    "what replaces `docker image prune -a` on our containerd nodes?",
    "on our containerd nodes, which crictl command lists images?",
    "CRI-O 클러스터인데 registries.conf 어디 있어요?",
  ])("answers %j, whose own words are the field's", (question) => {
    expect(ask(question).kind).toBe("answer");
  });
});

describe("few foreign words", () => {
  const known = new Set("default worker count per pod right for when cpu request set".split(" "));
  const read = (outOfField: boolean) =>
    createSettingReader({
      tokenize: (text) => text.toLowerCase().match(/[a-z][\w-]*/g) ?? [],
      knows: (t) => known.has(t),
      isCore: (t) => t === "containerd",
      outOfField: () => outOfField,
    });
  const question =
    "default gunicorn worker count per pod right for django on our containerd nodes when cpu request set";

  it("declines when the rest, read alone, is out of the field", () => {
    expect(read(true)(question)).toBe(true);
  });

  it("answers when the rest still finds the field", () => {
    expect(read(false)(question)).toBe(false);
  });
});
