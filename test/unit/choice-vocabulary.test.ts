import { describe, expect, it } from "vitest";
import { choiceVocabulary } from "../../src/core/answer/choose-entry.ts";
import { EntrySchema } from "../../src/core/knowledge/schema.ts";
import { plainEntry } from "../helpers/entry-fixture.ts";

const lower = (text: string) => text.toLowerCase().split(/[\s-]+/);

describe("comparison and migration entries are declared, not read from ids", () => {
  it("keys a migration procedure by the runtime it moves to and a comparison by its two things", () => {
    const moves = { ...plainEntry("steps-a"), intent: "procedure" as const, movesTo: "containerd" };
    const compares = {
      ...plainEntry("weigh-b"),
      compares: ["containerd", "CRI-O"],
    };
    const named = plainEntry("x-vs-y");
    const v = choiceVocabulary([moves, compares, named], lower);
    expect(v.destinations.get("containerd")?.id).toBe("steps-a");
    expect([...(v.compared.get("weigh-b") ?? [])]).toEqual(["containerd", "cri", "o"]);
    // An id that only looks like a comparison is not one.
    expect(v.compared.has("x-vs-y")).toBe(false);
  });

  it("accepts two or three compared things, not one or four", () => {
    const comparing = (compares: string[]) =>
      EntrySchema.safeParse({ ...plainEntry("tools"), intent: "comparison", compares }).success;
    expect(comparing(["ctr", "crictl", "nerdctl"])).toBe(true);
    expect(comparing(["ctr"])).toBe(false);
    expect(comparing(["a", "b", "c", "d"])).toBe(false);
  });

  it("rejects movesTo on an entry that is not a procedure", () => {
    const entry = { ...plainEntry("explains"), movesTo: "containerd" };
    const result = EntrySchema.safeParse(entry);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["movesTo"]);
  });
});
