import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Entry } from "../knowledge/schema.ts";
import type { SearchHit } from "../retrieval/search-index.ts";
import { leadFit } from "./compose.ts";
import { answersKind } from "./entry-intent.ts";

/** Scores this close (a share of the chosen entry's) are a tie. */
const TIE_SHARE = 0.02;

export type FitInput = Omit<Parameters<typeof leadFit>[0], "entry">;

/**
 * Two entries scoring within a hair of each other ("where is the containerd socket?"
 * on the socket-paths and kubeadm-socket entries) are a coin toss for BM25: the one
 * whose lead carries more of what was asked answers.
 */
export function breakTie(
  primary: Entry,
  hits: readonly SearchHit[],
  fit: FitInput,
  byId: KnowledgeBase["byId"],
): Entry {
  const own = hits.find((h) => h.id === primary.id);
  if (!own) return primary;
  // Only an entry that answers the asked kind exactly when the chosen one does may take its place.
  // A facet whose task the question does not name (`asks`) answers nothing here.
  const asked = fit.asksIn ?? fit.question ?? "";
  const answers = answersKind(primary, fit.intent, asked);
  let best = primary;
  let bestFit = leadFit({ ...fit, entry: primary });
  for (const hit of hits) {
    if (hit.id === primary.id || Math.abs(hit.score - own.score) > own.score * TIE_SHARE) continue;
    const entry = byId.get(hit.id);
    if (!entry || answersKind(entry, fit.intent, asked) !== answers) continue;
    const f = leadFit({ ...fit, entry });
    if (f > bestFit) [best, bestFit] = [entry, f];
  }
  return best;
}
