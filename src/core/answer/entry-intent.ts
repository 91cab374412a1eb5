import type { Entry } from "../knowledge/schema.ts";
import type { Intent } from "../retrieval/intent.ts";
import { YES_NO_OPENER } from "./yes-no.ts";

const STEP = /^\s*\d+[).]\s/;

/** The kind of question an entry's main lead answers; numbered points make a procedure. */
export function entryIntent(entry: Entry): Intent {
  if (entry.intent) return entry.intent;
  if (entry.en.points.length > 1 && entry.en.points.every((p) => STEP.test(p))) return "procedure";
  return YES_NO_OPENER.en.test(entry.en.lead) ? "yesno" : "definition";
}

/** Every intent an entry answers: its main lead's and its facets'. */
export function entryIntents(entry: Entry): Intent[] {
  return [entryIntent(entry), ...(entry.facets ?? []).map((f) => f.intent)];
}
