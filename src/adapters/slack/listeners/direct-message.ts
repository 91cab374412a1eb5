import type { App } from "@slack/bolt";
import { answerMessage } from "../answer-in-thread.ts";
import type { ListenerDeps } from "../deps.ts";
import { errorInfo } from "../error-info.ts";
import { logIgnored } from "../ignored.ts";
import { incomingText } from "../incoming-text.ts";
import { threadTools } from "../live-reply.ts";
import { DirectMessageEventSchema } from "../schemas.ts";
import { tutorDm } from "../tutor/tutor-entry.ts";

const TITLE_MAX = 80;

/**
 * A DM to the bot: the same commands as the slash command, answered in the
 * message's thread (Slack's agent view lists DM conversations as threads). A
 * new conversation gets its title from the first question; a reply in a
 * thread is a follow-up to the bot's last answer there.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.message(async (args) => {
    const { message: event, context, client } = args;
    // Channel messages are the thread-reply listener's; only DMs are read here.
    if ((event as { channel_type?: string }).channel_type !== "im") return;
    const dm = DirectMessageEventSchema.safeParse(event);
    if (!dm.success) {
      logIgnored(deps.logger, "message", dm.error);
      return;
    }
    const { user, text, channel, ts, thread_ts: threadTs } = dm.data;
    const question = incomingText(text, context.botUserId);
    // "tutor", "공부"… or anything typed during a lesson: tutoring answers, not the thread.
    if (await tutorDm(deps, client, { userId: user, text: question, channel })) return;
    if (!threadTs) {
      // Only where the agent feature is on; elsewhere Slack refuses and nothing else changes.
      await client.assistant.threads
        .setTitle({
          channel_id: channel,
          thread_ts: ts,
          title: question.slice(0, TITLE_MAX) || "…",
        })
        .catch((error: unknown) => {
          deps.logger.debug({ ...errorInfo(error) }, "no thread title here");
        });
    }
    await answerMessage(
      deps,
      client,
      { user, channel, ts, threadTs, text: question, surface: "dm" },
      context,
      threadTools(args),
    );
  });
}
