import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPaths } from "../../src/adapters/knowledge/load-paths.ts";
import type { RuntimePath } from "../../src/core/diagrams/index.ts";
import { GOLDEN_DIR, goldenCases, goldenText, KNOWLEDGE_ROOT } from "../diagram-golden-cases.ts";

let paths: ReadonlyMap<string, RuntimePath>;
beforeAll(async () => {
  paths = await loadPaths(KNOWLEDGE_ROOT);
});

describe("diagram goldens (regenerate with `npm run golden:update`)", () => {
  it("has exactly one golden per name × width × style × language", async () => {
    const files = (await readdir(GOLDEN_DIR)).filter((f) => f.endsWith(".txt")).sort();
    expect(files).toEqual(
      goldenCases()
        .map((c) => c.file)
        .sort(),
    );
    expect(files).toHaveLength(48);
  });

  it.each(goldenCases().map((c) => [c.file, c] as const))(
    "%s matches byte for byte",
    async (_, c) => {
      const golden = await readFile(path.join(GOLDEN_DIR, c.file), "utf8");
      expect(goldenText(paths, c)).toBe(golden);
    },
  );
});
