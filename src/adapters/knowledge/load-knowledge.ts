import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import {
  createKnowledgeBase,
  crossCheckEntries,
  crossCheckTopics,
  type KnowledgeBase,
  type SourcedEntry,
} from "../../core/knowledge/knowledge-base.ts";
import { EntrySchema, GlossarySchema, TopicsSchema } from "../../core/knowledge/schema.ts";
import { KnowledgeError, type KnowledgeProblem } from "../../errors.ts";

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: KnowledgeProblem[] };

function zodProblems(file: string, error: z.ZodError): KnowledgeProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length > 0 ? issue.path.join(".") : "(file)",
    // zod says "expected object, received undefined"; an author needs "is missing".
    message:
      issue.code === "invalid_type" && issue.message.endsWith("received undefined")
        ? "is missing"
        : issue.message,
  }));
}

async function parseFile<T>(
  fullPath: string,
  file: string,
  schema: z.ZodType<T>,
): Promise<Parsed<T>> {
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(fullPath, "utf8"));
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
 * Reads `knowledge/` (entries/*.yaml, glossary.yaml, topics.yaml), validates every
 * file and the references between them, and throws one KnowledgeError listing
 * every problem. File names in problems are relative to the working directory.
 */
export async function loadKnowledge(root: string): Promise<KnowledgeBase> {
  const rel = (f: string) => path.relative(process.cwd(), f) || f;
  const problems: KnowledgeProblem[] = [];
  const files = await yamlFilesIn(path.join(root, "entries"));
  if (files.length === 0) {
    problems.push({
      file: rel(path.join(root, "entries")),
      field: "(folder)",
      message: "no entry files found",
    });
  }
  const [parsed, glossary, topics] = await Promise.all([
    Promise.all(files.map(async (f) => [rel(f), await parseFile(f, rel(f), EntrySchema)] as const)),
    parseFile(
      path.join(root, "glossary.yaml"),
      rel(path.join(root, "glossary.yaml")),
      GlossarySchema,
    ),
    parseFile(path.join(root, "topics.yaml"), rel(path.join(root, "topics.yaml")), TopicsSchema),
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
  if (problems.length > 0 || !glossary.ok || !topics.ok) throw new KnowledgeError(problems);
  return createKnowledgeBase(entries, glossary.value, topics.value.groups);
}
