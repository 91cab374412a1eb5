/**
 * Faults the fake Slack API injects: queued per method (optionally only for
 * one channel), a standing outage of a method, or chaos decided per call.
 */

export interface FaultMatch {
  /** Only calls about this channel (the `channel` field of the call). */
  readonly channel?: string;
}

/** What chaos may inject (the soak's random 500s, 429s, dropped connections and hangs). */
export type ChaosFault =
  | { kind: "ratelimit"; retryAfter: number }
  | { kind: "http"; status: number }
  | { kind: "drop" }
  | { kind: "hang" };

export type Fault = { kind: "fail"; error: string } | ChaosFault;

interface QueuedFault {
  readonly method: string;
  readonly match: FaultMatch;
  readonly fault: Fault;
  remaining: number;
}

export function createFaults() {
  const queued: QueuedFault[] = [];
  const outages = new Map<string, number>();
  return {
    queue(method: string, fault: Fault, times = 1, match: FaultMatch = {}): void {
      queued.push({ method, match, fault, remaining: times });
    },
    outage: (method: string, status: number) => void outages.set(method, status),
    recover: (method: string) => void outages.delete(method),
    /** The fault for this call, if any: an outage, else the first matching queued one (used up by one). */
    take(method: string, body: Record<string, unknown>): Fault | undefined {
      const status = outages.get(method);
      if (status !== undefined) return { kind: "http", status };
      const index = queued.findIndex(
        (f) =>
          f.method === method &&
          (f.match.channel === undefined || f.match.channel === body.channel),
      );
      const found = queued[index];
      if (!found) return undefined;
      found.remaining--;
      if (found.remaining <= 0) queued.splice(index, 1);
      return found.fault;
    },
    clear(): void {
      queued.length = 0;
      outages.clear();
    },
  };
}
