import type { App } from "@slack/bolt";
import type { ListenerDeps } from "../deps.ts";
import { errorInfo } from "../error-info.ts";
import { textMessage } from "../format/answer-blocks.ts";
import { ActionId, decodeShareValue, type ShareValue } from "../format/button-values.ts";
import { asArgs } from "../format/send.ts";
import { word } from "../format/wording.ts";
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
 * carries and post it for everyone through the click's response_url
 * (response_type in_channel), which works in DMs and in channels the bot was
 * never invited to. chat.postMessage is the fallback; if both fail the user is
 * told, privately. The private copy is removed once the shared one is posted.
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
    const answered = await answerFor(deps, {
      userId: share.action.user.id,
      text: share.value.c,
      surface: "share",
      lang: share.value.l,
    });
    const message = asArgs(answered.message);
    const respond = deps.respondVia(share.action.response_url);
    try {
      await respond({ response_type: "in_channel", replace_original: false, ...message });
    } catch (viaUrl) {
      deps.logger.warn({ ...errorInfo(viaUrl) }, "share via response_url failed; posting instead");
      try {
        await client.chat.postMessage({ channel: share.channel, ...message });
      } catch (viaPost) {
        // Not shared: the same button must work again, and the user must know.
        await deps.shares.forget(share.key);
        await respond({
          response_type: "ephemeral",
          replace_original: false,
          ...asArgs(textMessage(word("shareFailed", share.value.l), share.value.l)),
        }).catch((tellError: unknown) => {
          deps.logger.warn({ ...errorInfo(tellError) }, "could not say the share failed");
        });
        // Logged here rather than rethrown: the user has their explanation, not a second apology.
        deps.logger.error(
          { ...errorInfo(viaPost) },
          "share failed: response_url and chat.postMessage",
        );
        return;
      }
    }
    await respond({ delete_original: true });
  });
}
