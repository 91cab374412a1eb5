import { beforeAll, describe, expect, it } from "vitest";
import { createMemoryProgressStore } from "../../src/adapters/store/memory-progress-store.ts";
import type { StoredProgress, TutorProgressStore } from "../../src/core/ports.ts";
import { silentLogger } from "../../src/core/ports.ts";
import type { Tokenizer } from "../../src/core/retrieval/tokenize.ts";
import { createTutor } from "../../src/core/tutor/engine.ts";
import type { TutorEvent } from "../../src/core/tutor/events.ts";
import { createTutorService, type TutorService } from "../../src/core/tutor/tutor-service.ts";
import { realTutoring, SMALL } from "../helpers/tutor-fixture.ts";

let tokenize: Tokenizer;
beforeAll(async () => {
  ({ tokenize } = await realTutoring());
});

/** A store that records saves, standing in for one shared database. */
function recording(store: TutorProgressStore) {
  const saves: number[] = [];
  return {
    saves,
    store: {
      load: (userId: string) => store.load(userId),
      async save(...args: Parameters<TutorProgressStore["save"]>) {
        const version = await store.save(...args);
        saves.push(version ?? -1);
        return version;
      },
    } satisfies TutorProgressStore,
  };
}

const service = (store: TutorProgressStore): TutorService =>
  createTutorService({
    tutor: createTutor(SMALL, tokenize),
    store,
    clock: { now: () => 0 },
    logger: silentLogger,
  });

const current = (s: StoredProgress | undefined) => s?.state.session?.instance ?? 0;

describe("tutor service", () => {
  it("two replicas pressing the same button at once advance once; the loser re-reads and finds it stale", async () => {
    const shared = recording(createMemoryProgressStore());
    const a = service(shared.store);
    const b = service(shared.store);
    await a.handle("U1", { type: "start" }, "en");
    const press: TutorEvent = {
      type: "answer",
      instance: current(await shared.store.load("U1")),
      value: "y",
    };
    const [one, two] = await Promise.all([
      a.handle("U1", press, "en"),
      b.handle("U1", press, "en"),
    ]);
    const results = [one, two].map((t) => t?.outputs[0]?.kind);
    expect(results.sort()).toEqual(["notice", "result"]);
    const saved = await shared.store.load("U1");
    expect(saved?.state.lessons.one?.mastered).toEqual(["c1"]);
    expect(saved?.version).toBe(2);
    // The loser's first save lost (-1), then it stepped again and saved nothing.
    expect(shared.saves.filter((v) => v === -1).length).toBeLessThanOrEqual(1);
  });

  it("one process serialises a user's turns: a double click is one answer and one stale notice", async () => {
    const shared = recording(createMemoryProgressStore());
    const a = service(shared.store);
    await a.handle("U1", { type: "start" }, "ko");
    const instance = current(await shared.store.load("U1"));
    const press: TutorEvent = { type: "answer", instance, value: "x" };
    const turns = await Promise.all([a.handle("U1", press, "ko"), a.handle("U1", press, "ko")]);
    expect(turns.map((t) => t?.outputs[0]?.kind)).toEqual(["result", "notice"]);
    expect(shared.saves).toEqual([1, 2]);
  });

  it("text that is no tutoring input leaves the store alone", async () => {
    const shared = recording(createMemoryProgressStore());
    const turn = await service(shared.store).handle("U1", () => undefined, "en");
    expect(turn).toBeUndefined();
    expect(shared.saves).toEqual([]);
  });

  it("a question that names an option is still a question", async () => {
    const a = service(createMemoryProgressStore());
    await a.handle("U1", { type: "goto", lesson: 2 }, "en");
    const turn = await a.handle(
      "U1",
      { type: "typed", text: "is containerd the same as CRI?" },
      "en",
    );
    expect(turn?.outputs.map((o) => o.kind)).toEqual(["question", "notice"]);
  });
});
