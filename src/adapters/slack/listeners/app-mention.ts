import type { App } from "@slack/bolt";
import { answerMessage } from "../answer-in-thread.ts";
import type { ListenerDeps } from "../deps.ts";
import { logIgnored } from "../ignored.ts";
import { incomingText } from "../incoming-text.ts";
import { threadTools } from "../live-reply.ts";
import { MentionEventSchema } from "../schemas.ts";

/** @bot in a channel: answer in the mention's thread, in that thread's context if we answered there. */
export function register(app: App, deps: ListenerDeps): void {
  app.event("app_mention", async (args) => {
    const { event, context, client } = args;
    const mention = MentionEventSchema.safeParse(event);
    if (!mention.success) {
      logIgnored(deps.logger, "app_mention", mention.error);
      return;
    }
    const { user, text, channel, ts, thread_ts: threadTs } = mention.data;
    const question = incomingText(text, context.botUserId);
    await answerMessage(
      deps,
      client,
      { user, channel, ts, threadTs, text: question, surface: "mention" },
      context,
      threadTools(args),
    );
  });
}
