import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/adapters/knowledge/load-knowledge.ts";
import { createOpenAiWriter } from "../../src/adapters/openai/openai-writer.ts";
import { type BotCore, createBotCore } from "../../src/core/bot-core.ts";
import type { Logger } from "../../src/core/ports.ts";
import { startFakeOpenAi } from "../fakes/fake-openai-server.ts";

function recordingLogger() {
  const warnings: string[] = [];
  const logger: Logger = {
    debug: () => {},
    info: () => {},
    warn: (_obj, msg) => warnings.push(msg ?? ""),
    error: (_obj, msg) => warnings.push(msg ?? ""),
  };
  return { logger, warnings };
}

let fake: Awaited<ReturnType<typeof startFakeOpenAi>>;
let core: BotCore;
const log = recordingLogger();

beforeAll(async () => {
  fake = await startFakeOpenAi({ kind: "status", status: 500 });
  const writer = createOpenAiWriter({
    apiKey: "sk-test",
    baseURL: fake.baseURL,
    model: "fake-model",
    timeoutMs: 300,
  });
  core = createBotCore(await loadKnowledge("knowledge"), { logger: log.logger, writer });
});
afterAll(async () => {
  await fake.close();
});

const QUESTION = "why was dockershim removed?";

describe("grounded answers through the real openai SDK against a fake server", () => {
  it("uses the model's answer and only the entries it cited", async () => {
    fake.set({
      kind: "answer",
      content: JSON.stringify({
        answer: "Because it was a burden.",
        cited: ["why-dockershim-removed", "made-up-id"],
      }),
    });
    const answer = await core.answerer.ask(QUESTION);
    expect(answer.via).toBe("model");
    expect(answer.text).toBe("Because it was a burden.");
    expect(answer.sources.map((s) => s.id)).toEqual(["why-dockershim-removed"]);
    const last = fake.calls.at(-1);
    expect(last?.path).toBe("/v1/chat/completions");
    expect(last?.body.model).toBe("fake-model");
    expect(last?.body.messages?.[0]?.content).toContain("[why-dockershim-removed]");
    expect(last?.body.messages?.[1]?.content).toContain(QUESTION);
  });

  it.each([
    ["a server error", { kind: "status", status: 500 } as const],
    ["malformed JSON", { kind: "answer", content: "not json" } as const],
    [
      "citations of entries it was not given",
      { kind: "answer", content: JSON.stringify({ answer: "x", cited: ["nope"] }) } as const,
    ],
    ["a model that never answers", { kind: "hang" } as const],
  ])("falls back to the offline answer on %s", async (_name, behaviour) => {
    fake.set(behaviour);
    const answer = await core.answerer.ask(QUESTION);
    expect(answer.via).toBe("offline");
    expect(answer.kind).toBe("answer");
    expect(answer.entryIds[0]).toBe("why-dockershim-removed");
    expect(log.warnings.at(-1)).toContain("offline");
  });

  it("never calls the model for a question it declines", async () => {
    const before = fake.calls.length;
    const answer = await core.answerer.ask("오늘 점심 메뉴 추천해줘");
    expect(answer.kind).toBe("decline");
    expect(fake.calls.length).toBe(before);
  });
});
