import type { App } from "@slack/bolt";
import type { ListenerDeps } from "../deps.ts";
import { ActionId, decodeShareValue } from "../format/button-values.ts";
import { asArgs } from "../format/send.ts";
import { logIgnored, logUnreadableButton } from "../ignored.ts";
import { yieldToPendingRequests } from "../reliability/yield.ts";
import { answerFor } from "../reply-service.ts";
import { BlockActionSchema } from "../schemas.ts";

/**
 * "Share in channel" on an ephemeral reply: re-run the command the button
 * carries, post it for everyone, and remove the private copy.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.action(ActionId.Share, async ({ ack, body, client, respond }) => {
    await ack();
    await yieldToPendingRequests();
    const parsed = BlockActionSchema.safeParse(body);
    if (!parsed.success) {
      logIgnored(deps.logger, "block_actions", parsed.error);
      return;
    }
    const value = decodeShareValue(parsed.data.actions[0]?.value);
    const channel = parsed.data.container.channel_id ?? parsed.data.channel?.id;
    if (!value || !channel) {
      logUnreadableButton(deps.logger, ActionId.Share);
      return;
    }
    const message = await answerFor(deps, {
      userId: parsed.data.user.id,
      text: value.c,
      surface: "share",
      lang: value.l,
    });
    await client.chat.postMessage({ channel, ...asArgs(message) });
    await respond({ delete_original: true });
  });
}
