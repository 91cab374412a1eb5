/** Runs `work` for a user after that user's previous work has settled. */
export type UserTurns = <T>(userId: string, work: () => Promise<T>) => Promise<T>;

/**
 * One queue per user, so a double click or two devices pressing at once are
 * handled one after the other (the second then finds its exercise answered).
 * Queues are dropped when they empty, so memory follows active users only.
 */
export function createUserTurns(): UserTurns {
  const tails = new Map<string, Promise<void>>();
  return (userId, work) => {
    const previous = tails.get(userId) ?? Promise.resolve();
    const result = previous.then(work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    tails.set(userId, tail);
    void tail.then(() => {
      if (tails.get(userId) === tail) tails.delete(userId);
    });
    return result;
  };
}
