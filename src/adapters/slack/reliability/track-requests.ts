import type { App } from "@slack/bolt";
import { z } from "zod";
import type { Logger } from "../../../core/ports.ts";
import type { InFlight } from "./in-flight.ts";

type ReceiverEvent = Parameters<App["processEvent"]>[0];

/** The fields that say what a payload was, for the debug line about an unhandled one. */
const PayloadKindSchema = z.object({
  type: z.string().optional(),
  command: z.string().optional(),
  callback_id: z.string().optional(),
  view: z.object({ callback_id: z.string().optional() }).optional(),
  actions: z.array(z.object({ action_id: z.string().optional() })).optional(),
});

function payloadKind(body: unknown): Record<string, string> {
  const parsed = PayloadKindSchema.safeParse(body);
  if (!parsed.success) return {};
  const { type, command, callback_id: callbackId, view, actions } = parsed.data;
  const actionId = actions?.[0]?.action_id;
  const viewId = view?.callback_id;
  return {
    ...(type ? { payloadType: type } : {}),
    ...(command ? { command } : {}),
    ...(callbackId ? { callbackId } : {}),
    ...(viewId ? { callbackId: viewId } : {}),
    ...(actionId ? { actionId } : {}),
  };
}

/** Bolt reads fields of the body before any middleware runs; anything else must not reach it. */
function routable(body: unknown): boolean {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  return "type" in body || "command" in body;
}

/**
 * Wraps Bolt's processEvent, which both receivers call for every request:
 *
 * - Counts the request as in flight for as long as Bolt works on it, its error
 *   handler included (Bolt calls app.error only after the middleware chain has
 *   settled), so shutdown waits for the last failure's log line.
 * - Acks whatever nobody acked once Bolt is done: a button, view submission,
 *   message action or shortcut no listener handles would otherwise get a 404
 *   after 3 s and an error in Slack's UI. Logged at debug only: it is expected
 *   (e.g. a link button, or a payload of a feature not built yet).
 * - Drops a body Bolt could not read (Socket Mode has no request gate), acked.
 */
export function trackRequests(app: App, inFlight: InFlight, logger: Logger): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event: ReceiverEvent) =>
    inFlight.track(async () => {
      let acked = false;
      const ack: ReceiverEvent["ack"] = (response) => {
        acked = true;
        return event.ack(response);
      };
      const ackUnhandled = async (msg: string) => {
        if (acked) return;
        logger.debug(payloadKind(event.body), msg);
        await ack().catch((error: unknown) => {
          logger.debug(
            { err: error instanceof Error ? error.message : String(error) },
            "late ack failed",
          );
        });
      };
      if (!routable(event.body)) {
        logger.warn({ code: "INPUT_INVALID" }, "payload without a type ignored");
        await ackUnhandled("unreadable payload acked");
        return;
      }
      try {
        await processEvent({ ...event, ack });
      } finally {
        await ackUnhandled("no listener for this payload: acked");
      }
    });
}
