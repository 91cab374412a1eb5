import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/adapters/knowledge/load-knowledge.ts";
import { crossCheckTopics } from "../../src/core/knowledge/knowledge-base.ts";
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
        "bad-url.yaml|sources[0].url",
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

describe("topic groups", () => {
  it("reports unknown ids, entries in two groups and entries in none", async () => {
    const kb = await loadKnowledge("knowledge");
    const [first, second] = kb.entries;
    if (!first || !second) throw new Error("knowledge base too small");
    const problems = crossCheckTopics(
      "topics.yaml",
      [first, second],
      [
        { id: "a", ko: "가", en: "A", entries: [first.id, "nope"] },
        { id: "b", ko: "나", en: "B", entries: [first.id] },
      ],
    );
    expect(problems.map((p) => p.message)).toEqual([
      'unknown entry id "nope"',
      `"${first.id}" is already in group "a"`,
      `entry "${second.id}" is in no group`,
    ]);
  });

  it("covers every entry of the real knowledge base exactly once", async () => {
    const kb = await loadKnowledge("knowledge");
    expect(kb.topics.flatMap((g) => g.entries).sort()).toEqual(kb.entries.map((e) => e.id).sort());
  });
});
