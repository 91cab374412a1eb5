import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Entry } from "../knowledge/schema.ts";
import type { Intent } from "../retrieval/intent.ts";
import type { SearchHit } from "../retrieval/search-index.ts";
import { escapeRegExp } from "../text/escape-reg-exp.ts";
import { answersKind } from "./entry-intent.ts";

/** How far down the hits an entry for the release (or product) asked about is looked for. */
const GIVE_WAY_DEPTH = 5;

const VERSION = String.raw`v?(\d+)(?:\.(?:\d+|x))*`;
/** "1.7 -> 2.x", "1.7에서 2.0으로", "1.7 to 2.0": the release an upgrade goes to. */
const TO = String.raw`(?:\s*(?:->|→|~|\bto\b|에서)\s*${VERSION})?`;

/** The major releases of `tool` a question names: "containerd 1.7" → 1, "containerd 1.7 → 2.0" → 1, 2. */
function majorsNamed(question: string, tool: string): number[] {
  const named = new RegExp(String.raw`\b${escapeRegExp(tool)}\s*${VERSION}${TO}`, "gi");
  return [...question.matchAll(named)].flatMap((m) =>
    [m[1], m[2]].filter((v) => v !== undefined).map(Number),
  );
}

/**
 * True when the question names releases of the entry's tool, none of them the entry's
 * ("2.x format" or "2.0" anywhere counts as naming it).
 */
export function asksOtherRelease(entry: Entry, question: string): boolean {
  if (!entry.release) return false;
  const { of, major } = entry.release;
  const majors = majorsNamed(question, of);
  if (majors.length === 0 || majors.includes(major)) return false;
  return !new RegExp(String.raw`\b${major}\.(?:x|0)\b`, "i").test(question);
}

/**
 * "registry mirror on containerd 1.7, walk me thru it": the containerd 2.x entry matches the
 * version and the config words, but the asker runs 1.7. The next entry that answers the asked
 * kind and is not about another release answers instead.
 */
export function preferAskedRelease(
  chosen: Entry,
  hits: readonly SearchHit[],
  question: string,
  intent: Intent,
  byId: KnowledgeBase["byId"],
): Entry {
  if (!asksOtherRelease(chosen, question)) return chosen;
  const others = hitsBelow(chosen, hits, byId, (entry) => asksOtherRelease(entry, question));
  return others.find((entry) => answersKind(entry, intent, question)) ?? chosen;
}

/**
 * The entries among the first hits an entry that gives way may give way to: not itself, and not
 * `excluded` for the same reason (another release, another product).
 */
export function hitsBelow(
  chosen: Entry,
  hits: readonly SearchHit[],
  byId: KnowledgeBase["byId"],
  excluded: (entry: Entry) => boolean,
): Entry[] {
  return hits
    .slice(0, GIVE_WAY_DEPTH)
    .map((h) => byId.get(h.id))
    .filter((e): e is Entry => e !== undefined && e !== chosen && !excluded(e));
}
