import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { AppError, ErrorCode, type KnowledgeProblem } from "../../errors.ts";

/** A validated file, or every problem found in it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: KnowledgeProblem[] };

/** How a file is named in problems: relative to the working directory, as authors type it. */
export function shownPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** "nodes[1].name": the spelling authors see in an editor. */
function fieldName(keys: readonly PropertyKey[]): string {
  if (keys.length === 0) return "(file)";
  return keys
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i > 0 ? "." : ""}${String(key)}`))
    .join("");
}

function zodProblems(file: string, error: z.ZodError): KnowledgeProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: fieldName(issue.path),
    // zod says "expected object, received undefined"; an author needs "is missing".
    message:
      issue.code === "invalid_type" && issue.message.endsWith("received undefined")
        ? "is missing"
        : issue.message,
  }));
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error ? String(error.code) : undefined;
}

/** What is wrong with a file we could not read or parse, with the fix where there is one. */
function readProblem(error: unknown): string {
  const code = errorCode(error);
  if (code === "EACCES")
    return "cannot be read (permission denied): make it readable by the bot's user";
  if (code === "EISDIR") return "is a folder, not a YAML file: move it or rename it";
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return `cannot read YAML: ${message}`;
}

/** Reads one YAML file and validates it; a missing or unparsable file is a problem, not a crash. */
export async function readYamlFile<T>(file: string, schema: z.ZodType<T>): Promise<Parsed<T>> {
  const shown = shownPath(file);
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(file, "utf8"));
  } catch (error) {
    return { ok: false, problems: [{ file: shown, field: "(file)", message: readProblem(error) }] };
  }
  const result = schema.safeParse(raw);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: zodProblems(shown, result.error) };
}

export async function yamlFilesIn(dir: string): Promise<string[]> {
  // A missing folder is reported by the caller as "no files"; anything else (permissions,
  // not a directory) is a real error and must say so.
  const names = await readdir(dir).catch((error: unknown) => {
    const code = errorCode(error);
    if (code === "ENOENT") return [];
    const problem =
      code === "ENOTDIR"
        ? "is a file, not a folder: it must be a folder of .yaml files"
        : code === "EACCES"
          ? "cannot be read (permission denied): make it readable by the bot's user"
          : `cannot be read (${code ?? String(error)})`;
    throw new AppError(ErrorCode.KnowledgeInvalid, `${shownPath(dir)} ${problem}`, {
      cause: error,
    });
  });
  return names
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => path.join(dir, n));
}
