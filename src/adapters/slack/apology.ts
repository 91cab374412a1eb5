import { z } from "zod";

/**
 * Where to say sorry when a reply failed, read from the incoming payload: in the
 * mention's thread or the DM for events, through response_url for the slash
 * command and buttons. The Home tab has no place for it.
 */
export type ApologyTarget =
  | {
      readonly via: "post";
      readonly channel: string;
      readonly threadTs?: string;
      readonly userId: string;
      readonly text: string;
    }
  | {
      readonly via: "respond";
      readonly responseUrl: string;
      readonly userId: string;
      readonly text: string;
    };

const EventBodySchema = z.object({
  event: z.object({
    type: z.enum(["app_mention", "message"]),
    user: z.string(),
    channel: z.string(),
    ts: z.string(),
    thread_ts: z.string().optional(),
    channel_type: z.string().optional(),
    text: z.string().default(""),
  }),
});

const RespondBodySchema = z.object({
  response_url: z.url(),
  user_id: z.string().optional(),
  user: z.object({ id: z.string() }).optional(),
  text: z.string().default(""),
});

export function apologyTarget(body: unknown): ApologyTarget | undefined {
  const event = EventBodySchema.safeParse(body);
  if (event.success) {
    const e = event.data.event;
    const threadTs = e.type === "app_mention" ? (e.thread_ts ?? e.ts) : e.thread_ts;
    return {
      via: "post",
      channel: e.channel,
      userId: e.user,
      text: e.text,
      ...(threadTs ? { threadTs } : {}),
    };
  }
  const interactive = RespondBodySchema.safeParse(body);
  if (interactive.success) {
    const userId = interactive.data.user_id ?? interactive.data.user?.id;
    if (userId)
      return {
        via: "respond",
        responseUrl: interactive.data.response_url,
        userId,
        text: interactive.data.text,
      };
  }
  return undefined;
}
