import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/adapters/knowledge/load-knowledge.ts";
import { checkExamples, leaveOneOut } from "../../src/core/knowledge/check-examples.ts";
import { createKnowledgeBase } from "../../src/core/knowledge/knowledge-base.ts";
import type { Entry } from "../../src/core/knowledge/schema.ts";
import { createSearchIndex } from "../../src/core/retrieval/search-index.ts";

const text = (title: string, lead: string, examples: string[]) => ({
  title,
  lead,
  points: [],
  examples,
});

function entry(id: string, en: ReturnType<typeof text>): Entry {
  return {
    id,
    tags: [id],
    ko: text("제목", "설명", ["예시 하나", "예시 둘"]),
    en,
    related: [],
    sources: [{ title: "src", url: "https://kubernetes.io/" }],
  };
}

describe("example checks", async () => {
  const { glossary } = await loadKnowledge("knowledge");
  const crictl = entry(
    "crictl",
    text("crictl", "crictl inspects CRI runtimes", ["what is crictl", "zebra giraffe walrus"]),
  );
  const conmon = entry(
    "conmon",
    text("conmon", "conmon watches one container for CRI-O", ["what is conmon", "conmon role"]),
  );
  const entries = [crictl, conmon];
  const kb = createKnowledgeBase(entries, glossary);
  const build = (e: readonly Entry[]) => createSearchIndex(e, glossary);

  it("passes examples that find their own entry", () => {
    expect(checkExamples(kb, build(entries)).filter((p) => p.file.includes("conmon"))).toEqual([]);
  });

  it("flags a facet example that reads as another intent", () => {
    const withFacet: Entry = {
      ...conmon,
      facets: [
        {
          intent: "replacement",
          ko: { lead: "대체", examples: [] },
          en: { lead: "Use X instead.", examples: ["what replaced conmon", "what is conmon"] },
        },
      ],
    };
    const facetKb = createKnowledgeBase([crictl, withFacet], glossary);
    const problems = checkExamples(facetKb, build(facetKb.entries));
    expect(problems.map((p) => p.field)).toEqual(["facets[0].en.examples[1]"]);
    expect(problems[0]?.message).toContain("reads as a definition question, not replacement");
  });

  it("leave-one-out catches an example that only finds itself", () => {
    const result = leaveOneOut(kb, build);
    expect(result.misses.map((m) => m.example)).toContain("zebra giraffe walrus");
    expect(result.misses.map((m) => m.example)).not.toContain("what is conmon");
  });
});
