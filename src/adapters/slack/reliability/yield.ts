import { setImmediate } from "node:timers/promises";

/**
 * Called right after an ack: lets requests already waiting on the socket be
 * acknowledged before this one's answer work runs. Slack's 3-second limit is
 * on acks; answers may take longer, so acks go first under load.
 */
export function yieldToPendingRequests(): Promise<void> {
  return setImmediate();
}
