import type { types } from "@slack/bolt";
import { ELLIPSIS, MESSAGE_BLOCKS_MAX, SECTION_TEXT_MAX, trimText } from "./split.ts";

export type Block = types.KnownBlock;

/** What every surface posts: Block Kit plus the `text` fallback for notifications. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: readonly Block[];
}

/** Slack's cap on a message's top-level `text` is far higher; this keeps notifications short. */
export const FALLBACK_TEXT_MAX = 3000;

/** A context line of plain text: nothing in it is parsed, so no mark or mention can misfire. */
export function plainContextBlock(text: string, blockId: string): Block {
  return {
    type: "context",
    block_id: blockId,
    elements: [{ type: "plain_text", text: trimText(text, SECTION_TEXT_MAX), emoji: true }],
  };
}

export function contextBlock(mrkdwn: string, blockId: string): Block {
  return {
    type: "context",
    block_id: blockId,
    elements: [{ type: "mrkdwn", text: trimText(mrkdwn, SECTION_TEXT_MAX) }],
  };
}

/**
 * Keeps a message within the block cap: content is cut before the tail
 * (buttons) so feedback and sharing still work, with a note saying so.
 */
export function fitBlocks(
  content: readonly Block[],
  tail: readonly Block[],
  trimmedNote: string,
  max: number = MESSAGE_BLOCKS_MAX,
): Block[] {
  if (content.length + tail.length <= max) return [...content, ...tail];
  const room = Math.max(0, max - tail.length - 1);
  return [...content.slice(0, room), contextBlock(trimmedNote, "trimmed"), ...tail];
}

export function fallbackText(mrkdwn: string): string {
  const text = trimText(mrkdwn, FALLBACK_TEXT_MAX);
  return text === "" ? ELLIPSIS : text;
}
