import { describe, expect, it } from "vitest";
import { textMessage } from "../../src/adapters/slack/format/answer-blocks.ts";
import { createRecentAnswers } from "../../src/adapters/slack/recent-answers.ts";
import { createFakeClock } from "../fakes/fake-clock.ts";
import { sequentialIds } from "../fakes/sequential-ids.ts";

const answer = (question: string) => ({
  question,
  answer: `about ${question}`,
  entryIds: ["what-is-cri"],
  lang: "en" as const,
});

describe("recent answers", () => {
  it("key each answer with the injected id generator and render the message with that key", () => {
    const recent = createRecentAnswers(createFakeClock(), sequentialIds());
    const first = recent.remember(answer("q1"), (key) => textMessage(`key ${key}`, "en"));
    const second = recent.remember(answer("q2"), (key) => textMessage(`key ${key}`, "en"));
    expect(first.text).toBe("key answer-1");
    expect(second.text).toBe("key answer-2");
    expect(recent.get("answer-1")).toMatchObject({ question: "q1", message: first });
    expect(recent.get("answer-2")?.question).toBe("q2");
  });

  it("forget answers after the TTL and past the size bound", () => {
    const clock = createFakeClock();
    const recent = createRecentAnswers(clock, sequentialIds(), { ttlMs: 1000, maxAnswers: 2 });
    const render = (key: string) => textMessage(key, "en");
    recent.remember(answer("q1"), render);
    clock.advance(999);
    expect(recent.get("answer-1")).toBeDefined();
    clock.advance(1);
    expect(recent.get("answer-1")).toBeUndefined();
    for (const q of ["q2", "q3", "q4"]) recent.remember(answer(q), render);
    expect(recent.get("answer-2")).toBeUndefined();
    expect(recent.get("answer-4")?.question).toBe("q4");
  });
});
