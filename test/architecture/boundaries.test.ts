import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The architecture, enforced: the core is plain TypeScript that any surface can
 * reuse (no SDKs, no Node APIs), and only composition roots read the
 * environment, so configuration has one way in (config.ts, given env).
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const SRC = path.join(ROOT, "src");

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

/** Source without comments, so prose that mentions process.env does not count. */
function code(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

function importsOf(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/\bimport\s+(?:type\s+)?[^"'`;]*?from\s*["']([^"']+)["']/g),
    ...source.matchAll(/\bimport\s*["']([^"']+)["']/g),
    ...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ...source.matchAll(/\bexport\s+[^"'`;]*?from\s*["']([^"']+)["']/g),
    ...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g),
  ];
  return specifiers.map((m) => m[1] ?? "");
}

const FORBIDDEN_IN_CORE = [
  /^@slack\//,
  /^openai(\/|$)/,
  /^better-sqlite3$/,
  /^pino(\/|$)/,
  /^dotenv(\/|$)/,
  /^node:/,
];
const BUILTINS = new Set(builtinModules);

const ENV_READERS = new Set([
  "src/main.ts",
  ...["ask.ts", "chat.ts", "kb-check.ts", "eval.ts"].map((name) => `src/adapters/cli/${name}`),
]);
const READS_ENV =
  /\bprocess\s*(?:\.\s*env\b|\[\s*["'`]env["'`]\s*\])|\{[^}]*\benv\b[^}]*\}\s*=\s*process\b|from\s*["'](?:node:)?process["']/;

describe("src/core", () => {
  const files = tsFiles(path.join(SRC, "core"));

  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map(rel))("%s imports no SDK, logger, env loader or Node module", (file) => {
    const bad = importsOf(code(path.join(ROOT, file))).filter(
      (spec) => FORBIDDEN_IN_CORE.some((re) => re.test(spec)) || BUILTINS.has(spec),
    );
    expect(bad).toEqual([]);
  });
});

describe("src/adapters/slack", () => {
  const dir = path.join(SRC, "adapters/slack");
  const files = tsFiles(dir);

  /** Where a relative import lands, as a path under src/. */
  const target = (file: string, spec: string) =>
    path
      .relative(SRC, path.resolve(path.dirname(file), spec))
      .split(path.sep)
      .join("/");

  it.each(files.map(rel))(
    "%s depends on the core's ports, not on another adapter (other adapters plug in at main.ts)",
    (file) => {
      const full = path.join(ROOT, file);
      const other = importsOf(code(full))
        .filter((spec) => spec.startsWith("."))
        .map((spec) => target(full, spec))
        .filter((to) => to.startsWith("adapters/") && !to.startsWith("adapters/slack/"));
      expect(other).toEqual([]);
    },
  );
});

describe("process.env", () => {
  it("is read only by src/main.ts and the CLI entry files", () => {
    const readers = tsFiles(SRC)
      .filter((file) => READS_ENV.test(code(file)))
      .map(rel);
    expect(readers.filter((file) => !ENV_READERS.has(file))).toEqual([]);
  });

  it("the checks catch what they should", () => {
    expect(READS_ENV.test("const x = process.env.FOO;")).toBe(true);
    expect(READS_ENV.test('const x = process["env"];')).toBe(true);
    expect(READS_ENV.test("const { env } = process;")).toBe(true);
    expect(READS_ENV.test('import { env } from "node:process";')).toBe(true);
    expect(READS_ENV.test("loadConfig(env)")).toBe(false);
    expect(importsOf('import type { App } from "@slack/bolt";\nimport "dotenv/config";')).toEqual([
      "@slack/bolt",
      "dotenv/config",
    ]);
  });
});
