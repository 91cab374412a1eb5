import type { Entry, Equivalent } from "../knowledge/schema.ts";
import type { Intent } from "../retrieval/intent.ts";
import { escapeRegExp } from "../text/escape-reg-exp.ts";
import type { NamedRow } from "./types.ts";

// "what do I run instead of `docker pull` on a containerd node?": the docker command named
// decides the answer, however much a long story around it ("our bootstrap script pre-warms
// images…") pulls search toward other entries. Each command's counterpart is one row of the
// mapping entry that declares it (`equivalents`), so the first sentence is that row.

/** Kinds of question a command's counterpart answers: the command to run, or what replaces one. */
const ASKS_COUNTERPART: ReadonlySet<Intent> = new Set(["command", "replacement"]);
/** A question naming more docker commands than this is asking for the whole mapping. */
const MAX_ROWS = 2;

/** "docker image prune" however it is spaced, as whole words: `docker rm` is not `docker rmi`. */
const formPattern = (form: string) =>
  new RegExp(`(?<![\\w-])${form.split(" ").map(escapeRegExp).join("\\s+")}(?![\\w-])`, "i");

interface Row {
  readonly entry: Entry;
  readonly equivalent: Equivalent;
  readonly patterns: readonly RegExp[];
}

/** The counterparts of the docker commands a question asks to replace, first named first. */
export type Counterparts = (question: string, intent: Intent) => readonly NamedRow[];

/** Reads every entry's `equivalents` once. */
export function createCounterparts(entries: readonly Entry[]): Counterparts {
  const rows: Row[] = entries.flatMap((entry) =>
    (entry.equivalents ?? []).map((equivalent) => ({
      entry,
      equivalent,
      patterns: equivalent.docker.map(formPattern),
    })),
  );
  return (question, intent) => {
    if (!ASKS_COUNTERPART.has(intent) || rows.length === 0) return [];
    // Backticks around a command (`docker pull`) are Slack formatting, not part of it.
    const text = question.replace(/`/g, " ");
    const found = rows
      .map((row) => ({ row, at: firstIndex(text, row.patterns) }))
      .filter((m) => m.at >= 0)
      .sort((a, b) => a.at - b.at);
    return found.length > MAX_ROWS
      ? []
      : found.map(({ row }) => ({ entry: row.entry, text: row.equivalent }));
  };
}

function firstIndex(text: string, patterns: readonly RegExp[]): number {
  const found = patterns.map((p) => text.search(p)).filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}
