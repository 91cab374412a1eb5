import { z } from "zod";

/**
 * The few payload fields the listeners rely on, checked at the boundary. Bolt's
 * types describe what Slack may send; these say what we need to act, so a
 * payload missing them is ignored instead of half-handled.
 */

export const MentionEventSchema = z.object({
  type: z.literal("app_mention"),
  user: z.string().min(1),
  text: z.string().default(""),
  channel: z.string().min(1),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
});
export type MentionEvent = z.infer<typeof MentionEventSchema>;

export const DirectMessageEventSchema = z.object({
  type: z.literal("message"),
  channel_type: z.literal("im"),
  user: z.string().min(1),
  text: z.string().default(""),
  channel: z.string().min(1),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
});
export type DirectMessageEvent = z.infer<typeof DirectMessageEventSchema>;

/** A reply in a channel thread (message.channels / message.groups). */
export const ThreadReplyEventSchema = z.object({
  type: z.literal("message"),
  channel_type: z.enum(["channel", "group"]),
  user: z.string().min(1),
  text: z.string().default(""),
  channel: z.string().min(1),
  ts: z.string().min(1),
  thread_ts: z.string().min(1),
});

export const SlashCommandSchema = z.object({
  command: z.string(),
  text: z.string().default(""),
  user_id: z.string().min(1),
  channel_id: z.string().min(1),
  response_url: z.url(),
});
export type SlashCommand = z.infer<typeof SlashCommandSchema>;

export const AppHomeOpenedSchema = z.object({
  type: z.literal("app_home_opened"),
  user: z.string().min(1),
  channel: z.string().optional(),
  tab: z.string().optional(),
});

export const BlockActionSchema = z.object({
  type: z.literal("block_actions"),
  user: z.object({ id: z.string().min(1) }),
  actions: z
    .array(
      z.object({
        action_id: z.string(),
        value: z.string().optional(),
        action_ts: z.string().optional(),
      }),
    )
    .min(1),
  container: z
    .object({
      channel_id: z.string().optional(),
      message_ts: z.string().optional(),
      thread_ts: z.string().optional(),
      is_ephemeral: z.boolean().optional(),
    })
    .default({}),
  channel: z.object({ id: z.string() }).optional(),
  message: z
    .object({
      ts: z.string(),
      thread_ts: z.string().optional(),
      text: z.string().optional(),
      // Our own blocks, echoed back by Slack: redrawn in place (Wide view), never trusted further.
      blocks: z
        .array(z.looseObject({ type: z.string(), block_id: z.string().optional() }))
        .optional(),
    })
    .optional(),
  response_url: z.url().optional(),
});
export type BlockAction = z.infer<typeof BlockActionSchema>;

/** Delivery ids Slack repeats on retries and duplicate deliveries. */
export const DeliveryIdsSchema = z.object({
  event_id: z.string().optional(),
  event: z
    .object({
      client_msg_id: z.string().optional(),
      bot_id: z.string().optional(),
      subtype: z.string().optional(),
      type: z.string().optional(),
    })
    .optional(),
});
