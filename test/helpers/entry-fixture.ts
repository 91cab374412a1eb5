import { type Entry, EntrySchema } from "../../src/core/knowledge/schema.ts";

interface Side {
  readonly title: string;
  readonly lead: string;
  readonly points: readonly string[];
}

/**
 * A small, valid entry for compose tests: both languages, the two example questions
 * the schema asks for, one source. Facets are passed as written in YAML.
 */
export function entryFixture(
  id: string,
  sides: { readonly ko: Side; readonly en: Side },
  facets: readonly unknown[],
): Entry {
  const side = (s: Side, examples: string[]) => ({ ...s, points: [...s.points], examples });
  return EntrySchema.parse({
    id,
    tags: [id],
    ko: side(sides.ko, [`${id} 뭐임`, `${id} 설정`]),
    en: side(sides.en, [`what is ${id}`, `${id} config`]),
    facets,
    sources: [{ title: id, url: "https://kubernetes.io/docs/" }],
  });
}

const PLAIN_SIDE: Side = { title: "t", lead: "l.", points: [] };

/** A valid entry with nothing but its id, for tests that add only the field they are about. */
export const plainEntry = (id: string): Entry =>
  entryFixture(id, { ko: PLAIN_SIDE, en: PLAIN_SIDE }, []);
