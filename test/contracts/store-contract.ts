import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OpenStores } from "../../src/adapters/store/stores.ts";
import { REFUSALS_COUNTED } from "../../src/core/limits/rate-window.ts";
import type { FeedbackVote } from "../../src/core/ports.ts";
import { initialState, type TutorState } from "../../src/core/tutor/state.ts";

/**
 * What every implementation of the store ports must do, whatever the database.
 * Call it from a test file with a factory that opens a fresh, empty store set
 * (SQLite on :memory:, the memory stores, Postgres on a scratch schema…).
 */
export function describeStoreContract(name: string, open: () => Promise<OpenStores>): void {
  describe(`store contract: ${name}`, () => {
    let stores: OpenStores;
    beforeEach(async () => {
      stores = await open();
    });
    afterEach(async () => {
      await stores.close();
    });

    const vote = (over: Partial<FeedbackVote> = {}): FeedbackVote => ({
      userId: "U1",
      answerKey: "a1",
      vote: "helpful",
      question: "도커심이 뭐예요?",
      answer: "dockershim은…",
      entryIds: ["dockershim"],
      at: 1_000,
      ...over,
    });

    describe("progress", () => {
      const state: TutorState = { ...initialState("ko"), seq: 3 };

      it("is undefined for a user never seen", async () => {
        expect(await stores.progress.load("U-none")).toBeUndefined();
      });

      it("saves a first state at version 0 and reads it back", async () => {
        expect(await stores.progress.save("U1", state, 0, 1)).toBe(1);
        expect(await stores.progress.load("U1")).toEqual({ state, version: 1 });
      });

      it("compare-and-set: a save against an old version loses, and changes nothing", async () => {
        await stores.progress.save("U1", state, 0, 1);
        const next = { ...state, seq: 4 };
        expect(await stores.progress.save("U1", next, 1, 2)).toBe(2);
        expect(await stores.progress.save("U1", { ...state, seq: 99 }, 1, 3)).toBeUndefined();
        expect(await stores.progress.save("U1", { ...state, seq: 99 }, 0, 3)).toBeUndefined();
        expect(await stores.progress.load("U1")).toEqual({ state: next, version: 2 });
      });

      it("of two saves racing from one version, exactly one wins", async () => {
        await stores.progress.save("U1", state, 0, 1);
        const results = await Promise.all([
          stores.progress.save("U1", { ...state, seq: 10 }, 1, 2),
          stores.progress.save("U1", { ...state, seq: 20 }, 1, 2),
        ]);
        expect(results.filter((r) => r === 2)).toHaveLength(1);
        expect(results.filter((r) => r === undefined)).toHaveLength(1);
      });

      it("keeps users apart, Korean text intact", async () => {
        const en = initialState("en");
        await stores.progress.save("U1", state, 0, 1);
        await stores.progress.save("U2", en, 0, 1);
        expect((await stores.progress.load("U1"))?.state.lang).toBe("ko");
        expect((await stores.progress.load("U2"))?.state).toEqual(en);
      });
    });

    describe("preferences", () => {
      it("remembers and replaces a user's language", async () => {
        expect(await stores.preferences.getLang("U1")).toBeUndefined();
        await stores.preferences.setLang("U1", "en");
        await stores.preferences.setLang("U1", "ko");
        await stores.preferences.setLang("U2", "en");
        expect(await stores.preferences.getLang("U1")).toBe("ko");
        expect(await stores.preferences.getLang("U2")).toBe("en");
      });
    });

    describe("feedback", () => {
      it("keeps one vote per user per answer: a second vote replaces the first", async () => {
        await stores.feedback.recordVote(vote());
        await stores.feedback.recordVote(vote({ vote: "not_helpful", at: 2_000 }));
        expect(await stores.feedback.listVotes({ answerKey: "a1" })).toEqual([
          vote({ vote: "not_helpful", at: 2_000 }),
        ]);
      });

      it("keeps votes of other users and other answers, oldest first", async () => {
        await stores.feedback.recordVote(vote());
        await stores.feedback.recordVote(vote({ userId: "U2", at: 2_000 }));
        await stores.feedback.recordVote(vote({ answerKey: "a2", entryIds: [], at: 3_000 }));
        const all = await stores.feedback.listVotes();
        expect(all.map((v) => [v.userId, v.answerKey])).toEqual([
          ["U1", "a1"],
          ["U2", "a1"],
          ["U1", "a2"],
        ]);
        expect(all[2]?.entryIds).toEqual([]);
        expect(await stores.feedback.listVotes({ limit: 1 })).toHaveLength(1);
        expect((await stores.feedback.listVotes({ limit: 1 }))[0]?.answerKey).toBe("a2");
      });
    });

    describe("rate windows", () => {
      it("allows `limit` uses in the window, then says when the oldest expires", async () => {
        expect(await stores.rates.take("q:U1", 1_000, 2, 60_000)).toEqual({ allowed: true });
        expect(await stores.rates.take("q:U1", 11_000, 2, 60_000)).toEqual({ allowed: true });
        expect(await stores.rates.take("q:U2", 11_000, 2, 60_000)).toEqual({ allowed: true });
        expect(await stores.rates.take("q:U1", 12_000, 2, 60_000)).toEqual({
          allowed: false,
          retryInMs: 49_000,
          refusals: 1,
        });
        // A refused use is not counted: the window frees up when the first use ages out.
        expect(await stores.rates.take("q:U1", 61_000, 2, 60_000)).toEqual({ allowed: true });
        expect((await stores.rates.take("q:U1", 61_001, 2, 60_000)).allowed).toBe(false);
      });

      it("counts refusals in a row up to REFUSALS_COUNTED; an allowed use starts over", async () => {
        await stores.rates.take("q:R", 1_000, 1, 60_000);
        const refusals: number[] = [];
        for (let i = 0; i < 5; i++) {
          const d = await stores.rates.take("q:R", 2_000 + i, 1, 60_000);
          refusals.push(d.allowed ? 0 : d.refusals);
        }
        expect(refusals).toEqual([1, 2, REFUSALS_COUNTED, REFUSALS_COUNTED, REFUSALS_COUNTED]);
        expect(await stores.rates.take("q:R", 61_000, 1, 60_000)).toEqual({ allowed: true });
        expect(await stores.rates.take("q:R", 61_001, 1, 60_000)).toMatchObject({ refusals: 1 });
      });

      it("forget clears one key's uses and no other's", async () => {
        await stores.rates.take("share:a", 1_000, 1, 60_000);
        await stores.rates.take("share:b", 1_000, 1, 60_000);
        await stores.rates.forget("share:a");
        expect((await stores.rates.take("share:a", 2_000, 1, 60_000)).allowed).toBe(true);
        expect((await stores.rates.take("share:b", 2_000, 1, 60_000)).allowed).toBe(false);
      });

      it("of many uses racing on one key, exactly `limit` are allowed", async () => {
        const decisions = await Promise.all(
          Array.from({ length: 10 }, () => stores.rates.take("q:race", 5_000, 4, 60_000)),
        );
        expect(decisions.filter((d) => d.allowed)).toHaveLength(4);
      });
    });

    describe("memos", () => {
      it("reads back a value stored at or after the cut-off; prune forgets older ones", async () => {
        await stores.memos.put("k1", '{"q":"도커심"}', 1_000);
        await stores.memos.put("k2", "two", 5_000);
        expect(await stores.memos.get("k1", 1_000)).toBe('{"q":"도커심"}');
        expect(await stores.memos.get("k1", 1_001)).toBeUndefined();
        expect(await stores.memos.get("missing", 0)).toBeUndefined();
        await stores.memos.prune(2_000);
        expect(await stores.memos.get("k1", 0)).toBeUndefined();
        expect(await stores.memos.get("k2", 0)).toBe("two");
      });
    });

    describe("event ledger", () => {
      it("claims new keys once; a repeat of any key is refused", async () => {
        expect(await stores.ledger.claim(["e1", "m1"], 1_000)).toBe(true);
        expect(await stores.ledger.claim(["e1"], 1_001)).toBe(false);
        expect(await stores.ledger.claim(["e2", "m1"], 1_002)).toBe(false);
        expect(await stores.ledger.claim(["e3", "e3"], 1_003)).toBe(true);
      });

      it("of two claims racing for one key, exactly one wins", async () => {
        const results = await Promise.all([
          stores.ledger.claim(["race"], 1),
          stores.ledger.claim(["race"], 1),
        ]);
        expect(results.sort()).toEqual([false, true]);
      });

      it("release lets keys through again", async () => {
        await stores.ledger.claim(["e1"], 1_000);
        await stores.ledger.release(["e1"]);
        expect(await stores.ledger.claim(["e1"], 1_001)).toBe(true);
      });

      it("prune forgets claims made before the cut-off and keeps the rest", async () => {
        await stores.ledger.claim(["old"], 1_000);
        await stores.ledger.claim(["new"], 5_000);
        await stores.ledger.prune(2_000);
        expect(await stores.ledger.claim(["old"], 6_000)).toBe(true);
        expect(await stores.ledger.claim(["new"], 6_000)).toBe(false);
      });
    });
  });
}
