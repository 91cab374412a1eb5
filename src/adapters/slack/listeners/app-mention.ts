import type { App } from "@slack/bolt";
import type { ListenerDeps } from "../deps.ts";
import { asArgs } from "../format/send.ts";
import { logIgnored } from "../ignored.ts";
import { incomingText } from "../incoming-text.ts";
import { replyFor } from "../reply-service.ts";
import { MentionEventSchema } from "../schemas.ts";

/** @bot in a channel: answer in the mention's thread (a repeated rate-limit notice only to the asker). */
export function register(app: App, deps: ListenerDeps): void {
  app.event("app_mention", async ({ event, context, client }) => {
    const mention = MentionEventSchema.safeParse(event);
    if (!mention.success) {
      logIgnored(deps.logger, "app_mention", mention.error);
      return;
    }
    const { user, text, channel, ts, thread_ts: threadTs } = mention.data;
    const { message, delivery } = await replyFor(deps, {
      userId: user,
      text: incomingText(text, context.botUserId),
      surface: "mention",
    });
    const thread = threadTs ?? ts;
    if (delivery === "none") {
      deps.logger.debug({ user }, "rate-limited mention: already told, not posting again");
      return;
    }
    if (delivery === "private")
      await client.chat.postEphemeral({ channel, user, thread_ts: thread, ...asArgs(message) });
    else await client.chat.postMessage({ channel, thread_ts: thread, ...asArgs(message) });
  });
}
