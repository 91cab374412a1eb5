import type { Entry, Facet } from "../knowledge/schema.ts";
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

/** Whether a facet may answer this question: it names the facet's task, if the facet has one. */
export function facetApplies(facet: Facet, question: string): boolean {
  if (!facet.asks) return true;
  const q = question.toLowerCase();
  return facet.asks.some((word) => q.includes(word.toLowerCase()));
}

/** Whether an entry answers this kind of question, asked this way (see facetApplies). */
export function answersKind(entry: Entry, intent: Intent, question: string): boolean {
  if (entryIntent(entry) === intent) return true;
  return (entry.facets ?? []).some((f) => f.intent === intent && facetApplies(f, question));
}
