import type { z } from "zod";
import type { Logger } from "../../core/ports.ts";
import { type BlockAction, BlockActionSchema } from "./schemas.ts";

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

/** A button click we can act on: the validated payload, the clicked button and its decoded value. */
export interface ButtonClick<T> {
  readonly action: BlockAction;
  readonly actionId: string;
  readonly value: T;
}

/**
 * Validates a block_actions payload and decodes the clicked button's value with
 * `decode`; logs and returns undefined when either cannot be read, so every
 * button listener drops bad clicks the same way.
 */
export function readButtonClick<T>(
  logger: Logger,
  body: unknown,
  fallbackActionId: string,
  decode: (value: string | undefined) => T | undefined,
): ButtonClick<T> | undefined {
  const parsed = BlockActionSchema.safeParse(body);
  if (!parsed.success) {
    logIgnored(logger, "block_actions", parsed.error);
    return undefined;
  }
  const [button] = parsed.data.actions;
  const value = decode(button?.value);
  if (!button || value === undefined) {
    logUnreadableButton(logger, button?.action_id ?? fallbackActionId);
    return undefined;
  }
  return { action: parsed.data, actionId: button.action_id, value };
}
