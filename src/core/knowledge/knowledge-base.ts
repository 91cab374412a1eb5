import type { KnowledgeProblem } from "../../errors.ts";
import type { Entry, Glossary, NearMisses, TopicGroup } from "./schema.ts";

export interface KnowledgeBase {
  readonly entries: readonly Entry[];
  readonly byId: ReadonlyMap<string, Entry>;
  readonly glossary: Glossary;
  /** Entries grouped by theme, in reading order; every entry is in exactly one group. */
  readonly topics: readonly TopicGroup[];
  /** Neighbouring topics declined with a one-line reason. */
  readonly nearMisses: NearMisses;
}

/** The entries with these ids, in order; an unknown id is skipped. */
export function entriesFor(kb: Pick<KnowledgeBase, "byId">, ids: readonly string[]): Entry[] {
  return ids.flatMap((id) => kb.byId.get(id) ?? []);
}

/** An entry together with the file it came from, so problems can name the file. */
export interface SourcedEntry {
  readonly file: string;
  readonly entry: Entry;
}

/** The file name is how people find an item, so it must agree with the id inside. */
export function fileNameProblem(file: string, id: string): KnowledgeProblem[] {
  const base = file
    .split(/[\\/]/)
    .pop()
    ?.replace(/\.ya?ml$/, "");
  return base === id
    ? []
    : [{ file, field: "id", message: `id "${id}" must match the file name "${base}"` }];
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
    problems.push(...fileNameProblem(file, entry.id));
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

/** Every entry in exactly one topic group, and no group naming an unknown entry. */
export function crossCheckTopics(
  file: string,
  entries: readonly Entry[],
  topics: readonly TopicGroup[],
): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const known = new Set(entries.map((e) => e.id));
  const groupOf = new Map<string, string>();
  topics.forEach((group, g) => {
    group.entries.forEach((id, i) => {
      const field = `groups.${g}.entries.${i}`;
      if (!known.has(id)) problems.push({ file, field, message: `unknown entry id "${id}"` });
      const first = groupOf.get(id);
      if (first) problems.push({ file, field, message: `"${id}" is already in group "${first}"` });
      else groupOf.set(id, group.id);
    });
  });
  for (const id of known) {
    if (!groupOf.has(id))
      problems.push({ file, field: "groups", message: `entry "${id}" is in no group` });
  }
  return problems;
}

/** Every near-miss pattern must compile, or the decline silently never fires. */
export function checkNearMissPatterns(file: string, nearMisses: NearMisses): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const check = (pattern: string, field: string) => {
    try {
      new RegExp(pattern, "i");
    } catch (error) {
      problems.push({ file, field, message: `bad pattern: ${(error as Error).message}` });
    }
  };
  for (const [i, p] of nearMisses.keep.entries()) check(p, `keep[${i}]`);
  for (const [i, t] of nearMisses.topics.entries())
    for (const [j, p] of t.patterns.entries()) check(p, `topics[${i}].patterns[${j}]`);
  return problems;
}

export function createKnowledgeBase(
  entries: readonly Entry[],
  glossary: Glossary,
  topics: readonly TopicGroup[] = [],
  nearMisses: NearMisses = { keep: [], topics: [] },
): KnowledgeBase {
  return { entries, byId: new Map(entries.map((e) => [e.id, e])), glossary, topics, nearMisses };
}
