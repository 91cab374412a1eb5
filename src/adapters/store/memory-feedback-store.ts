import type { FeedbackStore, FeedbackVote } from "../../core/ports.ts";

export interface MemoryFeedbackStore extends FeedbackStore {
  /** Votes kept so far, oldest first (tests and a future export read them). */
  votes(): readonly FeedbackVote[];
}

/**
 * Keeps the most recent votes in memory. Bounded so a long-running bot cannot
 * grow without limit; a persistent store can replace it behind the same port.
 */
export function createMemoryFeedbackStore(maxVotes = 10_000): MemoryFeedbackStore {
  const kept: FeedbackVote[] = [];
  return {
    async recordVote(vote) {
      // One vote per person and answer: a changed mind replaces the earlier vote.
      const earlier = kept.findIndex(
        (v) => v.answerKey === vote.answerKey && v.userId === vote.userId,
      );
      if (earlier >= 0) kept.splice(earlier, 1);
      kept.push(vote);
      if (kept.length > maxVotes) kept.splice(0, kept.length - maxVotes);
    },
    votes: () => [...kept],
  };
}
