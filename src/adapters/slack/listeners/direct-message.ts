import type { App } from "@slack/bolt";
import type { ListenerDeps } from "../deps.ts";
import { asArgs } from "../format/send.ts";
import { logIgnored } from "../ignored.ts";
import { incomingText } from "../incoming-text.ts";
import { answerFor } from "../reply-service.ts";
import { DirectMessageEventSchema } from "../schemas.ts";
import { tutorDm } from "../tutor/tutor-entry.ts";

/** A DM to the bot: the same commands as the slash command, answered in the DM. */
export function register(app: App, deps: ListenerDeps): void {
  app.message(async ({ message: event, context, client }) => {
    const dm = DirectMessageEventSchema.safeParse(event);
    if (!dm.success) {
      logIgnored(deps.logger, "message", dm.error);
      return;
    }
    const { user, text, channel, thread_ts: threadTs } = dm.data;
    const typed = incomingText(text, context.botUserId);
    if (await tutorDm(deps, client, { userId: user, text: typed, channel })) return;
    const message = await answerFor(deps, {
      userId: user,
      text: typed,
      surface: "dm",
    });
    await client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      ...asArgs(message),
    });
  });
}
