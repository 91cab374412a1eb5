import path from "node:path";
import { checkPath, missingPathIds } from "../../core/diagrams/path-checks.ts";
import { PathSchema, type RuntimePath } from "../../core/diagrams/path-schema.ts";
import { fileNameProblem } from "../../core/knowledge/knowledge-base.ts";
import { KnowledgeError, type KnowledgeProblem } from "../../errors.ts";
import { type Parsed, readYamlFile, shownPath, yamlFilesIn } from "./yaml-file.ts";

/** Reads and validates one file, then its chain rules; every problem names this file. */
async function parsePathFile(file: string): Promise<Parsed<RuntimePath>> {
  const parsed = await readYamlFile(file, PathSchema);
  if (!parsed.ok) return parsed;
  const problems = checkPath(parsed.value).map((p) => ({ file: shownPath(file), ...p }));
  return problems.length > 0 ? { ok: false, problems } : parsed;
}

/**
 * Reads `<root>/paths/*.yaml`, validates each against PathSchema and the chain rules,
 * and requires all five paths. Throws one KnowledgeError listing every problem in
 * every file, so a broken knowledge folder is fixed in one pass.
 */
export async function loadPaths(root: string): Promise<ReadonlyMap<string, RuntimePath>> {
  const dir = path.join(root, "paths");
  const shown = shownPath;
  const files = await yamlFilesIn(dir);
  const problems: KnowledgeProblem[] = [];
  const byId = new Map<string, RuntimePath>();
  const fileOf = new Map<string, string>();
  for (const file of files) {
    const parsed = await parsePathFile(file);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const p = parsed.value;
    problems.push(...fileNameProblem(shown(file), p.id));
    const seen = fileOf.get(p.id);
    if (seen !== undefined)
      problems.push({
        file: shown(file),
        field: "id",
        message: `duplicate path id "${p.id}" (also in ${seen})`,
      });
    else {
      fileOf.set(p.id, shown(file));
      byId.set(p.id, p);
    }
  }
  // A file that failed validation still "exists": report it, not a missing path too.
  const attempted = files.map((f) => path.basename(f).replace(/\.ya?ml$/, ""));
  for (const id of missingPathIds([...byId.keys(), ...attempted]))
    problems.push({
      file: shown(dir),
      field: "(folder)",
      message: `missing path file "${id}.yaml"`,
    });
  if (problems.length > 0) throw new KnowledgeError(problems);
  return byId;
}
