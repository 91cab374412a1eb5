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
