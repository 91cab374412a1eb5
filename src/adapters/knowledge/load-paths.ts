import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { checkPath, missingPathIds } from "../../core/diagrams/path-checks.ts";
import { PathSchema, type RuntimePath } from "../../core/diagrams/path-schema.ts";
import { KnowledgeError, type KnowledgeProblem } from "../../errors.ts";

type Parsed = { ok: true; path: RuntimePath } | { ok: false; problems: KnowledgeProblem[] };

/** "nodes[1].name", the same spelling the chain checks use. */
function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(file)";
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i > 0 ? "." : ""}${String(key)}`))
    .join("");
}

/** Reads and validates one file; every problem names this file. */
async function parsePathFile(file: string, shown: string): Promise<Parsed> {
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(file, "utf8"));
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      ok: false,
      problems: [{ file: shown, field: "(file)", message: `cannot read YAML: ${message}` }],
    };
  }
  const result = PathSchema.safeParse(raw);
  if (!result.success)
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        file: shown,
        field: fieldName(issue.path),
        message: issue.message,
      })),
    };
  const problems = checkPath(result.data).map((p) => ({ file: shown, ...p }));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, path: result.data };
}

/** The file name is how people find a path, so it must agree with the id inside. */
function fileNameProblem(shown: string, p: RuntimePath): KnowledgeProblem[] {
  const base = path.basename(shown).replace(/\.ya?ml$/, "");
  return base === p.id
    ? []
    : [{ file: shown, field: "id", message: `id "${p.id}" must match the file name "${base}"` }];
}

async function yamlFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => path.join(dir, n));
}

/**
 * Reads `<root>/paths/*.yaml`, validates each against PathSchema and the chain rules,
 * and requires all five paths. Throws one KnowledgeError listing every problem in
 * every file, so a broken knowledge folder is fixed in one pass.
 */
export async function loadPaths(root: string): Promise<ReadonlyMap<string, RuntimePath>> {
  const dir = path.join(root, "paths");
  const shown = (f: string) => path.relative(process.cwd(), f) || f;
  const files = await yamlFilesIn(dir);
  const problems: KnowledgeProblem[] = [];
  const byId = new Map<string, RuntimePath>();
  const fileOf = new Map<string, string>();
  for (const file of files) {
    const parsed = await parsePathFile(file, shown(file));
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const { path: p } = parsed;
    problems.push(...fileNameProblem(shown(file), p));
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
