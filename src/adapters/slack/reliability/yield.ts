/**
 * Resolves when it is this caller's turn to start answer work; awaited right
 * after an ack (and before an event's work, which Bolt has already acked).
 */
export type AnswerTurn = () => Promise<void>;

/**
 * Acks before answers. Slack's 3-second limit is on acks; answers may take
 * longer. Waiting answer work is started one piece per event-loop turn, first
 * come first served, so between any two the loop polls its sockets and every
 * request that has arrived meanwhile is read and acked first. (One shared
 * setImmediate per waiter would run all of them in a single check phase, and a
 * burst's acks would queue behind the whole burst's answers.)
 */
export function createAnswerTurns(): AnswerTurn {
  const waiting: (() => void)[] = [];
  let scheduled = false;

  const startNext = () => {
    const start = waiting.shift();
    // Scheduled from inside the check phase, so it runs after the next poll.
    if (waiting.length > 0) setImmediate(startNext);
    else scheduled = false;
    start?.();
  };

  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!scheduled) {
        scheduled = true;
        setImmediate(startNext);
      }
    });
}
