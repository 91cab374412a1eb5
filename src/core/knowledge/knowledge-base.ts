import type { KnowledgeProblem } from "../../errors.ts";
import type { Entry, Glossary } from "./schema.ts";

export interface KnowledgeBase {
  readonly entries: readonly Entry[];
  readonly byId: ReadonlyMap<string, Entry>;
  readonly glossary: Glossary;
}

/** An entry together with the file it came from, so problems can name the file. */
export interface SourcedEntry {
  readonly file: string;
  readonly entry: Entry;
}

/**
 * Checks that only make sense across files: unique ids, ids that match file
 * names, related ids that exist. Returns every problem rather than the first.
 */
export function crossCheckEntries(sourced: readonly SourcedEntry[]): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const firstFile = new Map<string, string>();
  for (const { file, entry } of sourced) {
    const seen = firstFile.get(entry.id);
    if (seen)
      problems.push({ file, field: "id", message: `duplicate id "${entry.id}" (also in ${seen})` });
    else firstFile.set(entry.id, file);
    const base = file
      .split("/")
      .pop()
      ?.replace(/\.ya?ml$/, "");
    if (base !== entry.id)
      problems.push({
        file,
        field: "id",
        message: `id "${entry.id}" must match the file name "${base}"`,
      });
  }
  for (const { file, entry } of sourced) {
    entry.related.forEach((id, i) => {
      if (!firstFile.has(id))
        problems.push({ file, field: `related[${i}]`, message: `unknown entry id "${id}"` });
      if (id === entry.id)
        problems.push({
          file,
          field: `related[${i}]`,
          message: "an entry cannot relate to itself",
        });
    });
  }
  return problems;
}

export function createKnowledgeBase(entries: readonly Entry[], glossary: Glossary): KnowledgeBase {
  return { entries, byId: new Map(entries.map((e) => [e.id, e])), glossary };
}
