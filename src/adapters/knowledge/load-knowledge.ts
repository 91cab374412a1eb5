import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import {
  createKnowledgeBase,
  crossCheckEntries,
  type KnowledgeBase,
  type SourcedEntry,
} from "../../core/knowledge/knowledge-base.ts";
import { EntrySchema, type Glossary, GlossarySchema } from "../../core/knowledge/schema.ts";
import { KnowledgeError, type KnowledgeProblem } from "../../errors.ts";

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: KnowledgeProblem[] };

function zodProblems(file: string, error: z.ZodError): KnowledgeProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length > 0 ? issue.path.join(".") : "(file)",
    message: issue.message,
  }));
}

async function parseFile<T>(file: string, schema: z.ZodType<T>): Promise<Parsed<T>> {
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(file, "utf8"));
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      ok: false,
      problems: [{ file, field: "(file)", message: `cannot read YAML: ${message}` }],
    };
  }
  const result = schema.safeParse(raw);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: zodProblems(file, result.error) };
}

async function yamlFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => path.join(dir, n));
}

/**
 * Reads `knowledge/` (entries/*.yaml and glossary.yaml), validates every file and
 * the references between them, and throws one KnowledgeError listing every problem.
 * File names in problems are relative to `root` so messages stay readable.
 */
export async function loadKnowledge(root: string): Promise<KnowledgeBase> {
  const rel = (f: string) => path.relative(process.cwd(), f) || f;
  const problems: KnowledgeProblem[] = [];
  const sourced: SourcedEntry[] = [];
  const files = await yamlFilesIn(path.join(root, "entries"));
  if (files.length === 0)
    problems.push({
      file: rel(path.join(root, "entries")),
      field: "(folder)",
      message: "no entry files found",
    });
  const parsed = await Promise.all(
    files.map(async (f) => [rel(f), await parseFile(f, EntrySchema)] as const),
  );
  for (const [file, result] of parsed) {
    if (result.ok) sourced.push({ file, entry: result.value });
    else problems.push(...result.problems);
  }
  problems.push(...crossCheckEntries(sourced));
  const glossaryFile = path.join(root, "glossary.yaml");
  const glossary: Parsed<Glossary> = await parseFile(glossaryFile, GlossarySchema);
  if (!glossary.ok)
    problems.push(...glossary.problems.map((p) => ({ ...p, file: rel(glossaryFile) })));
  if (problems.length > 0 || !glossary.ok) throw new KnowledgeError(problems);
  return createKnowledgeBase(
    sourced.map((s) => s.entry),
    glossary.value,
  );
}
