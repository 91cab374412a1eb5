import type { App } from "@slack/bolt";
import { type ListenerDeps, SLASH_COMMAND } from "../deps.ts";
import { asArgs } from "../format/send.ts";
import { incomingText } from "../incoming-text.ts";
import { yieldToPendingRequests } from "../reliability/yield.ts";
import { answerFor } from "../reply-service.ts";
import { SlashCommandSchema } from "../schemas.ts";

/** /k8s-runtime: ack at once (Slack's 3 s limit), then answer only the asker. */
export function register(app: App, deps: ListenerDeps): void {
  app.command(SLASH_COMMAND, async ({ ack, command, respond }) => {
    await ack();
    await yieldToPendingRequests();
    const slash = SlashCommandSchema.safeParse(command);
    if (!slash.success) return;
    const message = await answerFor(deps, {
      userId: slash.data.user_id,
      text: incomingText(slash.data.text),
      surface: "slash",
    });
    await respond({ response_type: "ephemeral", ...asArgs(message) });
  });
}
