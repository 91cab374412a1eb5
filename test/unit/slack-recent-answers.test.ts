import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/adapters/logger/create-logger.ts";
import { textMessage } from "../../src/adapters/slack/format/answer-blocks.ts";
import { createRecentAnswers } from "../../src/adapters/slack/recent-answers.ts";
import { createMemoryMemos } from "../../src/adapters/store/memory-memos.ts";
import { type MemoStore, silentLogger } from "../../src/core/ports.ts";
import { createFakeClock } from "../fakes/fake-clock.ts";
import { createMemoryLog } from "../fakes/memory-log.ts";
import { sequentialIds } from "../fakes/sequential-ids.ts";

const answer = (question: string) => ({
  question,
  answer: `about ${question}`,
  entryIds: ["what-is-cri"],
  lang: "en" as const,
});

describe("recent answers", () => {
  it("key each answer with the injected id generator and render the message with that key", async () => {
    const recent = createRecentAnswers(
      createFakeClock(),
      sequentialIds(),
      createMemoryMemos(),
      silentLogger,
    );
    const first = await recent.remember(answer("q1"), (key) => textMessage(`key ${key}`, "en"));
    const second = await recent.remember(answer("q2"), (key) => textMessage(`key ${key}`, "en"));
    expect(first.text).toBe("key answer-1");
    expect(second.text).toBe("key answer-2");
    expect(await recent.get("answer-1")).toMatchObject({ question: "q1", message: first });
    expect((await recent.get("answer-2"))?.question).toBe("q2");
  });

  it("are found by another process sharing the memo store, until the TTL", async () => {
    const clock = createFakeClock();
    const shared = createMemoryMemos();
    const here = createRecentAnswers(clock, sequentialIds(), shared, silentLogger, { ttlMs: 1000 });
    const there = createRecentAnswers(clock, () => "unused", shared, silentLogger, { ttlMs: 1000 });
    const sent = await here.remember(answer("q1"), (key) => textMessage(key, "en"));
    clock.advance(999);
    expect(await there.get("answer-1")).toEqual({ ...answer("q1"), message: sent });
    clock.advance(1);
    expect(await there.get("answer-1")).toBeUndefined();
  });

  it("still sends the answer when the store fails, and logs why the redraw will be missing", async () => {
    const broken: MemoStore = {
      put: async () => {
        throw new Error("connection terminated");
      },
      get: async () => {
        throw new Error("connection terminated");
      },
      prune: async () => {},
    };
    const log = createMemoryLog();
    const recent = createRecentAnswers(
      createFakeClock(),
      sequentialIds(),
      broken,
      createLogger({ level: "warn", destination: log }),
    );
    const sent = await recent.remember(answer("q1"), (key) => textMessage(key, "en"));
    expect(sent.text).toBe("answer-1");
    expect(await recent.get("answer-1")).toBeUndefined();
    expect(log.entries().map((e) => e.msg)).toEqual([
      "could not remember the answer for its feedback buttons",
      "could not read a remembered answer",
    ]);
  });
});
