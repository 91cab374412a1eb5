export interface InFlight {
  /** Runs `work` and remembers it until it settles, so shutdown can wait for it. */
  track<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves when nothing is in flight, or after `timeoutMs` with what is left. */
  drain(timeoutMs: number): Promise<{ readonly unfinished: number }>;
  readonly count: number;
}

/**
 * Counts replies being worked on. Events are acknowledged before listeners run,
 * so closing the HTTP server alone would cut replies off mid-way on SIGTERM.
 */
export function createInFlight(): InFlight {
  const running = new Set<Promise<unknown>>();
  return {
    async track(work) {
      const promise = work();
      running.add(promise);
      try {
        return await promise;
      } finally {
        running.delete(promise);
      }
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      let expired = false;
      void timedOut.then(() => {
        expired = true;
      });
      // Loop because a reply may start follow-up work (e.g. an apology) while we wait.
      while (running.size > 0 && !expired) {
        await Promise.race([Promise.allSettled([...running]), timedOut]);
      }
      clearTimeout(timer);
      return { unfinished: running.size };
    },
    get count() {
      return running.size;
    },
  };
}
