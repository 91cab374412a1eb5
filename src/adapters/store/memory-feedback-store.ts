import type { FeedbackStore, FeedbackVote } from "../../core/ports.ts";

export interface MemoryFeedbackStore extends FeedbackStore {
  /** Votes kept so far, oldest first (tests read them synchronously). */
  votes(): readonly FeedbackVote[];
}

/**
 * Keeps the most recent votes in memory, one per user per answer (a second
 * vote replaces the first). Bounded so a long-running process cannot grow
 * without limit; the SQLite store is the persistent one.
 */
export function createMemoryFeedbackStore(maxVotes = 10_000): MemoryFeedbackStore {
  // Insertion order is age order: a replaced vote moves to the end.
  const kept = new Map<string, FeedbackVote>();
  const all = () => [...kept.values()];
  return {
    async recordVote(vote) {
      const key = JSON.stringify([vote.userId, vote.answerKey]);
      kept.delete(key);
      kept.set(key, vote);
      const oldest = kept.keys().next();
      if (kept.size > maxVotes && !oldest.done) kept.delete(oldest.value);
    },
    async listVotes(query = {}) {
      const matching = all().filter(
        (v) => query.answerKey === undefined || v.answerKey === query.answerKey,
      );
      return matching.slice(-(query.limit ?? 1000));
    },
    votes: all,
  };
}
