import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/adapters/knowledge/load-knowledge.ts";
import { createOpenAiWriter } from "../../src/adapters/openai/openai-writer.ts";
import { type BotCore, createBotCore } from "../../src/core/bot-core.ts";
import { type Logger, silentLogger } from "../../src/core/ports.ts";
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
    // No waiting between attempts, and a breaker this file never trips by accident.
    retry: { sleep: async () => {}, random: () => 0 },
    breaker: { failures: 1_000 },
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

  it("retries a 429 and a 503, then uses the answer", async () => {
    const before = fake.calls.length;
    fake.once({ kind: "status", status: 429 }, { kind: "status", status: 503 });
    fake.set({
      kind: "answer",
      content: JSON.stringify({ answer: "Third time.", cited: ["why-dockershim-removed"] }),
    });
    fake.once({ kind: "status", status: 429 }, { kind: "status", status: 503 });
    const answer = await core.answerer.ask(QUESTION);
    expect(answer.via).toBe("model");
    expect(answer.text).toBe("Third time.");
    expect(fake.calls.length - before).toBe(3);
  });

  it("does not retry a 400: the same request would fail again", async () => {
    const before = fake.calls.length;
    fake.set({ kind: "status", status: 400 });
    const answer = await core.answerer.ask(QUESTION);
    expect(answer.via).toBe("offline");
    expect(fake.calls.length - before).toBe(1);
  });

  it("streams the answer text as it arrives, then validates the whole object", async () => {
    fake.set({
      kind: "answer",
      content: JSON.stringify({
        answer: 'Because "dockershim" was a burden.',
        cited: ["why-dockershim-removed"],
      }),
    });
    const seen: string[] = [];
    const answer = await core.answerer.ask(QUESTION, { onText: (t) => seen.push(t) });
    expect(fake.calls.at(-1)?.body.stream).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(answer.text);
    expect(answer.via).toBe("model");
  });

  it("falls back offline when a streamed object fails validation at the end", async () => {
    fake.set({ kind: "answer", content: JSON.stringify({ answer: "Half an answer" }) });
    const seen: string[] = [];
    const answer = await core.answerer.ask(QUESTION, { onText: (t) => seen.push(t) });
    expect(seen.at(-1)).toBe("Half an answer");
    expect(answer.via).toBe("offline");
  });

  it("never calls the model for a question it declines", async () => {
    const before = fake.calls.length;
    const answer = await core.answerer.ask("오늘 점심 메뉴 추천해줘");
    expect(answer.kind).toBe("decline");
    expect(fake.calls.length).toBe(before);
  });
});

describe("the model request", () => {
  it("asks for strict structured output (json_schema), not json_object", async () => {
    fake.set({
      kind: "answer",
      content: JSON.stringify({ answer: "ok", cited: ["why-dockershim-removed"] }),
    });
    await core.answerer.ask(QUESTION);
    const format = fake.calls.at(-1)?.body.response_format;
    expect(format?.type).toBe("json_schema");
    expect(format?.json_schema?.strict).toBe(true);
    expect(format?.json_schema?.name).toBe("grounded_answer");
  });
});

describe("the circuit breaker", () => {
  it("answers offline without calling the model after N failures in a row, logged once", async () => {
    const breakerLog = recordingLogger();
    let now = 0;
    const writer = createOpenAiWriter({
      apiKey: "sk-test",
      baseURL: fake.baseURL,
      model: "fake-model",
      timeoutMs: 300,
      retry: { attempts: 1 },
      breaker: { failures: 2, coolDownMs: 60_000 },
      clock: { now: () => now },
      logger: breakerLog.logger,
    });
    const tripped = createBotCore(await loadKnowledge("knowledge"), {
      logger: silentLogger,
      writer,
    });
    fake.set({ kind: "status", status: 500 });
    const before = fake.calls.length;
    for (let i = 0; i < 5; i++) expect((await tripped.answerer.ask(QUESTION)).via).toBe("offline");
    expect(fake.calls.length - before).toBe(2);
    expect(breakerLog.warnings.filter((w) => w.includes("cool-down"))).toHaveLength(1);
    // After the cool-down one request tries again, and a good answer closes the circuit.
    now += 60_000;
    fake.set({
      kind: "answer",
      content: JSON.stringify({ answer: "Back.", cited: ["why-dockershim-removed"] }),
    });
    expect((await tripped.answerer.ask(QUESTION)).via).toBe("model");
  });
});
