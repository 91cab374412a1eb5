import type { App } from "@slack/bolt";
import { answerInThread, recipientTeam, threadState } from "../answer-in-thread.ts";
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
    const previous = threadTs
      ? (await threadState(deps, client, channel, threadTs, ts))?.turn
      : undefined;
    await answerInThread(
      deps,
      client,
      {
        channel,
        threadTs: threadTs ?? ts,
        userId: user,
        ...recipientTeam(context),
      },
      {
        userId: user,
        text: incomingText(text, context.botUserId),
        surface: "mention",
        ...(previous ? { previous } : {}),
      },
      threadTools(args),
    );
  });
}
