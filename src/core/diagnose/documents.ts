import { parseAllDocuments } from "yaml";

/**
 * YAML and JSON documents in a paste: each fenced block, or the unfenced run of
 * lines that starts at `apiVersion:`/`kind:`/`{`. The `yaml` package reads both
 * (JSON is YAML), and multi-document files split on `---`.
 */

export interface Documents {
  readonly docs: readonly unknown[];
  /** The first parse error, for "I couldn't read this". */
  readonly error?: string;
  /** Whether any text looked like a manifest or kubectl -o yaml|json output. */
  readonly attempted: boolean;
}

const START = /^(apiVersion|kind|items|metadata|spec|status)\s*:|^\s*[{[]\s*$|^\s*\{\s*"/;
const YAMLISH = /^(\s|-|#|---|\.\.\.|[{}[\]]|$)|^[\w."'/-]+\s*:/;

/** The unfenced YAML/JSON region: from the first start line while lines stay YAML-shaped. */
function unfencedRegion(lines: readonly string[]): string | undefined {
  const start = lines.findIndex((l) => START.test(l));
  if (start < 0) return undefined;
  const region: string[] = [];
  for (const line of lines.slice(start)) {
    if (!YAMLISH.test(line)) break;
    region.push(line);
  }
  return region.join("\n");
}

function parse(text: string): { docs: unknown[]; error?: string } {
  try {
    return parseDocs(text);
  } catch (error) {
    // toJS refuses alias bombs and the like; a bad paste is unreadable, not a crash.
    return { docs: [], error: error instanceof Error ? error.message : String(error) };
  }
}

function parseDocs(text: string): { docs: unknown[]; error?: string } {
  const docs: unknown[] = [];
  for (const doc of parseAllDocuments(text, { uniqueKeys: false })) {
    if (doc.errors.length > 0) {
      const first = doc.errors[0];
      return { docs, error: first ? first.message.split("\n")[0] : "invalid YAML" };
    }
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value !== null && typeof value === "object") docs.push(value);
  }
  return { docs };
}

const looksStructured = (text: string) =>
  /^\s*[{[]/.test(text) || /^(apiVersion|kind|items)\s*:/m.test(text);

export function readDocuments(fences: readonly string[], outside: readonly string[]): Documents {
  const texts = fences.filter(looksStructured);
  const region = unfencedRegion(outside);
  if (region && looksStructured(region)) texts.push(region);
  const docs: unknown[] = [];
  let error: string | undefined;
  for (const text of texts) {
    const parsed = parse(text);
    docs.push(...parsed.docs);
    error ??= parsed.error;
  }
  return { docs, attempted: texts.length > 0, ...(error ? { error } : {}) };
}

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj =>
  v !== null && typeof v === "object" && !Array.isArray(v);
export const obj = (v: unknown): Obj => (isObj(v) ? v : {});
export const str = (v: unknown): string | undefined =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;

/** Documents with `kind: List` (kubectl get … -o yaml) opened into their items. */
export function flatten(docs: readonly unknown[]): Obj[] {
  return docs.flatMap((d) => {
    const o = obj(d);
    const items = o.items;
    if (Array.isArray(items) && (o.kind === undefined || /List$/.test(String(o.kind))))
      return flatten(items);
    return isObj(d) ? [d] : [];
  });
}
