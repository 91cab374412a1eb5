import { describe, expect, it } from "vitest";
import { breakTie } from "../../src/core/answer/tie-break.ts";
import { type Entry, EntrySchema } from "../../src/core/knowledge/schema.ts";

const text = (lead: string) => ({ title: lead, lead, examples: ["one question", "another one"] });
const facet = (lead: string, asks?: string[]) => ({
  intent: "procedure",
  ...(asks ? { asks } : {}),
  ko: { lead },
  en: { lead },
});
const entry = (id: string, lead: string, facets: unknown[]): Entry =>
  EntrySchema.parse({
    id,
    tags: [id],
    ko: text(lead),
    en: text(lead),
    facets,
    sources: [{ title: "s", url: "https://example.com" }],
  });

const general = entry("switch", "Switching a node", [facet("Switch it over.")]);
// The GPU entry's main lead happens to carry the question's words; only its facet is about steps.
const gpu = entry("gpu", "Drain the node, then switch it.", [
  facet("Drain the gpu node, then switch it.", ["gpu"]),
]);
const byId = new Map([general, gpu].map((e) => [e.id, e]));
const hits = [
  { id: "switch", score: 100, matched: ["node", "switch"] },
  { id: "gpu", score: 99.5, matched: ["node", "switch"] },
];
const fitFor = (question: string) => ({
  lang: "en" as const,
  intent: "procedure" as const,
  question,
  queryTokens: new Set(["drain", "node", "switch"]),
  tokenize: (t: string) => t.toLowerCase().match(/[a-z]+/g) ?? [],
});

describe("two entries scoring a hair apart", () => {
  it("does not hand the question to a facet whose task it never names", () => {
    expect(breakTie(general, hits, fitFor("how do i drain and switch a node?"), byId).id).toBe(
      "switch",
    );
  });

  it("lets that facet's entry answer when the question names its task", () => {
    expect(breakTie(general, hits, fitFor("how do i drain and switch a gpu node?"), byId).id).toBe(
      "gpu",
    );
  });
});
