import type { z } from "zod";
import type { Logger } from "../../core/ports.ts";

/**
 * A payload a listener cannot act on is dropped, but never silently: one warn
 * line with the payload type and which fields were wrong, so a change on
 * Slack's side shows up in the logs. Field paths only, never values: those are
 * user text and ids.
 */
export function logIgnored(logger: Logger, payloadType: string, error: z.ZodError): void {
  const fields = [...new Set(error.issues.map((issue) => issue.path.join(".") || "(payload)"))];
  logger.warn({ payloadType, fields }, "slack payload ignored: missing or malformed fields");
}

/** A button whose value we did not write (or no longer understand): which button, not what it held. */
export function logUnreadableButton(logger: Logger, actionId: string): void {
  logger.warn(
    { payloadType: "block_actions", actionId },
    "slack payload ignored: unreadable button value",
  );
}
