import { access } from "node:fs/promises";
import path from "node:path";
import {
  checkNearMissPatterns,
  createKnowledgeBase,
  crossCheckEntries,
  crossCheckTopics,
  type KnowledgeBase,
  type SourcedEntry,
} from "../../core/knowledge/knowledge-base.ts";
import {
  EntrySchema,
  GlossarySchema,
  type NearMisses,
  NearMissesSchema,
  TopicsSchema,
} from "../../core/knowledge/schema.ts";
import { KnowledgeError, type KnowledgeProblem } from "../../errors.ts";
import { readYamlFile, shownPath, yamlFilesIn } from "./yaml-file.ts";

/**
 * Reads `knowledge/` (entries/*.yaml, glossary.yaml, topics.yaml), validates every
 * file and the references between them, and throws one KnowledgeError listing
 * every problem. File names in problems are relative to the working directory.
 */
export async function loadKnowledge(root: string): Promise<KnowledgeBase> {
  const rel = shownPath;
  const problems: KnowledgeProblem[] = [];
  const files = await yamlFilesIn(path.join(root, "entries"));
  if (files.length === 0) {
    problems.push({
      file: rel(path.join(root, "entries")),
      field: "(folder)",
      message: "no entry files found",
    });
  }
  const nearMissFile = path.join(root, "near-misses.yaml");
  const [parsed, glossary, topics, nearMisses] = await Promise.all([
    Promise.all(files.map(async (f) => [rel(f), await readYamlFile(f, EntrySchema)] as const)),
    readYamlFile(path.join(root, "glossary.yaml"), GlossarySchema),
    readYamlFile(path.join(root, "topics.yaml"), TopicsSchema),
    // Optional: a knowledge folder without near misses only loses their one-line declines.
    access(nearMissFile).then(
      () => readYamlFile(nearMissFile, NearMissesSchema),
      () => ({ ok: true as const, value: { keep: [], topics: [] } as NearMisses }),
    ),
  ]);
  const sourced: SourcedEntry[] = [];
  for (const [file, result] of parsed) {
    if (result.ok) sourced.push({ file, entry: result.value });
    else problems.push(...result.problems);
  }
  problems.push(...crossCheckEntries(sourced));
  const entries = sourced.map((s) => s.entry);
  if (!glossary.ok) problems.push(...glossary.problems);
  if (topics.ok)
    problems.push(
      ...crossCheckTopics(rel(path.join(root, "topics.yaml")), entries, topics.value.groups),
    );
  else problems.push(...topics.problems);
  if (!nearMisses.ok) problems.push(...nearMisses.problems);
  else problems.push(...checkNearMissPatterns(rel(nearMissFile), nearMisses.value));
  if (problems.length > 0 || !glossary.ok || !topics.ok || !nearMisses.ok)
    throw new KnowledgeError(problems);
  return createKnowledgeBase(entries, glossary.value, topics.value.groups, nearMisses.value);
}
