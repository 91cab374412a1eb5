import MiniSearch from "minisearch";
import type { Entry } from "../knowledge/schema.ts";

/**
 * Plain MiniSearch with default options over the same fields: the yardstick the
 * README compares our Korean-aware retrieval against. Not used to answer.
 */
export function createBaselineIndex(entries: readonly Entry[]): (query: string) => string[] {
  const mini = new MiniSearch({ fields: ["title", "examples", "tags", "body"] });
  mini.addAll(
    entries.map((e) => ({
      id: e.id,
      title: `${e.ko.title} ${e.en.title}`,
      examples: [...e.ko.examples, ...e.en.examples].join("\n"),
      tags: e.tags.join(" "),
      body: [e.ko.lead, ...e.ko.points, e.en.lead, ...e.en.points].join("\n"),
    })),
  );
  return (query) => mini.search(query).map((r) => String(r.id));
}
