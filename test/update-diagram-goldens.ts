/**
 * `npm run golden:update`: rewrites test/golden/diagrams/*.txt from knowledge/paths.
 * Run it after an intended change to the paths or the renderer, then read the diff:
 * the golden test fails on any byte that differs.
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadPaths } from "../src/adapters/knowledge/load-paths.ts";
import { GOLDEN_DIR, goldenCases, goldenText, KNOWLEDGE_ROOT } from "./diagram-golden-cases.ts";

const paths = await loadPaths(KNOWLEDGE_ROOT);
await mkdir(GOLDEN_DIR, { recursive: true });
const cases = goldenCases();
const wanted = new Set(cases.map((c) => c.file));
// Goldens of renamed or dropped diagrams would otherwise linger and confuse reviews.
for (const file of await readdir(GOLDEN_DIR))
  if (file.endsWith(".txt") && !wanted.has(file)) await rm(path.join(GOLDEN_DIR, file));
for (const c of cases) await writeFile(path.join(GOLDEN_DIR, c.file), goldenText(paths, c), "utf8");
process.stdout.write(
  `wrote ${cases.length} goldens to ${path.relative(process.cwd(), GOLDEN_DIR)}\n`,
);
