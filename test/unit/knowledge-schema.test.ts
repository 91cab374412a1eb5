import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/adapters/knowledge/load-knowledge.ts";
import { EntrySchema } from "../../src/core/knowledge/schema.ts";
import { KnowledgeError } from "../../src/errors.ts";

async function problemsIn(root: string) {
  const error = await loadKnowledge(root).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KnowledgeError);
  return (error as KnowledgeError).problems;
}

describe("loading a bad knowledge folder", () => {
  it("lists every problem with its file and field, not just the first", async () => {
    const problems = await problemsIn("test/fixtures/knowledge-bad");
    const where = problems.map((p) => `${p.file.split("/").pop()}|${p.field}`);
    expect(where).toEqual(
      expect.arrayContaining([
        "missing-english.yaml|en",
        "bad-url.yaml|sources.0.url",
        "wrong-name.yaml|id",
        "broken-yaml.yaml|(file)",
      ]),
    );
  });

  it("names unknown related ids", async () => {
    const problems = await problemsIn("test/fixtures/knowledge-bad");
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: "related[0]",
        message: expect.stringContaining("does-not-exist"),
      }),
    );
  });

  it("fails on a folder with no entries", async () => {
    const problems = await problemsIn("test/fixtures/does-not-exist");
    expect(problems.map((p) => p.field)).toContain("(folder)");
  });
});

describe("the real knowledge base", () => {
  it("loads with at least 60 entries, all bilingual", async () => {
    const kb = await loadKnowledge("knowledge");
    expect(kb.entries.length).toBeGreaterThanOrEqual(60);
    for (const e of kb.entries) {
      expect(e.ko.lead.length).toBeGreaterThan(0);
      expect(e.en.lead.length).toBeGreaterThan(0);
    }
  });

  it("rejects ids that are not kebab-case", () => {
    const result = EntrySchema.safeParse({ id: "Bad_Id" });
    expect(result.success).toBe(false);
  });
});
