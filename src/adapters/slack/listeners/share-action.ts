import type { App } from "@slack/bolt";
import type { ListenerDeps } from "../deps.ts";
import { ActionId, decodeShareValue, type ShareValue } from "../format/button-values.ts";
import { asArgs } from "../format/send.ts";
import { logUnreadableButton, readButtonClick } from "../ignored.ts";
import { answerFor } from "../reply-service.ts";
import type { BlockAction } from "../schemas.ts";

interface Share {
  readonly action: BlockAction;
  readonly value: ShareValue;
  readonly channel: string;
  /** One per user and ephemeral message: a second click on the same button repeats it. */
  readonly key: string;
}

/** The click, its button value and where to post, or undefined (logged) when unreadable. */
function readShare(deps: ListenerDeps, body: unknown): Share | undefined {
  const click = readButtonClick(deps.logger, body, ActionId.Share, decodeShareValue);
  if (!click) return undefined;
  const { action, value } = click;
  const channel = action.container.channel_id ?? action.channel?.id;
  if (!channel) {
    logUnreadableButton(deps.logger, ActionId.Share);
    return undefined;
  }
  const message = action.container.message_ts ?? action.message?.ts ?? action.actions[0]?.action_ts;
  return { action, value, channel, key: `share:${channel}:${message}:${action.user.id}` };
}

/**
 * "Share in channel" on an ephemeral reply: re-run the command the button
 * carries, post it for everyone, and remove the private copy.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.action(ActionId.Share, async ({ ack, body, client }) => {
    await ack();
    await deps.answerTurn();
    const share = readShare(deps, body);
    if (!share) return;
    if (!(await deps.shares.first(share.key))) {
      deps.logger.info({ actionId: ActionId.Share }, "repeated share click ignored");
      return;
    }
    try {
      const message = await answerFor(deps, {
        userId: share.action.user.id,
        text: share.value.c,
        surface: "share",
        lang: share.value.l,
      });
      await client.chat.postMessage({ channel: share.channel, ...asArgs(message) });
    } catch (error) {
      // Not posted (say the bot is not in the channel yet): the same button must work again.
      await deps.shares.forget(share.key);
      throw error;
    }
    await deps.respondVia(share.action.response_url)({ delete_original: true });
  });
}
