import type { App, SlashCommand } from "@slack/bolt";
import { parseCommand } from "../../../core/commands/parse-command.ts";
import { type ListenerDeps, SLASH_COMMAND } from "../deps.ts";
import { textMessage } from "../format/answer-blocks.ts";
import { asArgs } from "../format/send.ts";
import { word } from "../format/wording.ts";
import { logIgnored } from "../ignored.ts";
import { incomingText } from "../incoming-text.ts";
import { answerFor, userLang } from "../reply-service.ts";
import type { Respond } from "../response-url.ts";
import { SlashCommandSchema } from "../schemas.ts";
import { tutorSlash } from "../tutor/tutor-entry.ts";

/** /k8s-runtime: ack at once (Slack's 3 s limit), then answer only the asker. */
export function register(app: App, deps: ListenerDeps): void {
  app.command(SLASH_COMMAND, async ({ ack, command, client }) => {
    await ack();
    await deps.answerTurn();
    const respond = deps.respondVia(command.response_url);
    const slash = SlashCommandSchema.safeParse(command);
    if (!slash.success) {
      logIgnored(deps.logger, "slash_command", slash.error);
      await sayUnreadable(deps, command, respond);
      return;
    }
    const text = incomingText(slash.data.text);
    if (await tutorSlash(deps, client, { userId: slash.data.user_id, text, respond })) return;
    // With a model an answer takes seconds: a private placeholder first, replaced in place.
    const placeholder = deps.live && parseCommand(text).type === "ask";
    if (placeholder) {
      const lang = await userLang(deps, slash.data.user_id, text);
      const waiting = textMessage(`⏳ ${word("thinking", lang)}`, lang);
      await respond({ response_type: "ephemeral", ...asArgs(waiting) });
    }
    const { message } = await answerFor(deps, {
      userId: slash.data.user_id,
      text,
      surface: "slash",
    });
    await respond({
      response_type: "ephemeral",
      ...(placeholder ? { replace_original: true } : {}),
      ...asArgs(message),
    });
  });
}

/** The user typed a command and waits for an answer: say sorry rather than nothing. */
async function sayUnreadable(
  deps: ListenerDeps,
  command: SlashCommand,
  respond: Respond,
): Promise<void> {
  // Bolt's types promise these fields; the payload just failed validation, so check.
  const text = typeof command.text === "string" ? command.text : "";
  const userId = typeof command.user_id === "string" ? command.user_id : "";
  const lang = await userLang(deps, userId, text);
  const message = textMessage(word("unreadable", lang), lang);
  await respond({ response_type: "ephemeral", ...asArgs(message) });
}
