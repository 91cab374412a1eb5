import type { SlackMessage } from "./blocks.ts";

/** Bolt's argument types want mutable arrays; our messages are read-only values. */
export function asArgs(message: SlackMessage): {
  text: string;
  blocks: SlackMessage["blocks"][number][];
} {
  return { text: message.text, blocks: [...message.blocks] };
}
