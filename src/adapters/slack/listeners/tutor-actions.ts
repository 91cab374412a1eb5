import type { App, webApi } from "@slack/bolt";
import type { TutorEvent } from "../../../core/tutor/events.ts";
import type { ListenerDeps } from "../deps.ts";
import { asArgs } from "../format/send.ts";
import { decodeAnswerValue, decodeControlValue, TutorActionId } from "../format/tutor-blocks.ts";
import { readButtonClick } from "../ignored.ts";
import { answerFor, userLang } from "../reply-service.ts";
import type { BlockAction } from "../schemas.ts";
import { runTutorTurn, type SlackTutoring } from "../tutor/slack-tutor.ts";

/**
 * Tutoring buttons: answers (`tutor_answer_<n>`, carrying the exercise's
 * instance) and controls (`tutor_ctl_<event>`: continue, hint, skip, next,
 * review, reset yes/no…), from DM messages or the Home tab.
 */
export function register(app: App, deps: ListenerDeps): void {
  const tutoring = deps.tutoring;
  if (!tutoring) return;
  app.action(new RegExp(`^${TutorActionId.Answer}_`), async ({ ack, body, client }) => {
    await ack();
    await deps.answerTurn();
    const click = readButtonClick(deps.logger, body, TutorActionId.Answer, decodeAnswerValue);
    if (!click) return;
    const { i: instance, v: value } = click.value;
    await press(deps, tutoring, client, click.action, { type: "answer", instance, value });
  });
  app.action(new RegExp(`^${TutorActionId.Control}_`), async ({ ack, body, client }) => {
    await ack();
    await deps.answerTurn();
    const click = readButtonClick(deps.logger, body, TutorActionId.Control, decodeControlValue);
    if (!click) return;
    const event = click.value === "start" ? { type: "start" as const } : { type: click.value };
    await press(deps, tutoring, client, click.action, event as TutorEvent);
  });
}

async function press(
  deps: ListenerDeps,
  tutoring: SlackTutoring,
  client: webApi.WebClient,
  action: BlockAction,
  event: TutorEvent,
): Promise<void> {
  const userId = action.user.id;
  // A press in the Home tab has no channel: the lesson goes to the app's DM (the user id).
  const channel = action.container.channel_id ?? action.channel?.id;
  const ts = action.container.message_ts ?? action.message?.ts;
  const respond = action.response_url ? deps.respondVia(action.response_url) : undefined;
  await runTutorTurn(deps, tutoring, client, {
    userId,
    channel: channel ?? userId,
    event,
    lang: await userLang(deps, userId, ""),
    ...(channel && ts ? { pressed: { channel, ts } } : {}),
    ...(respond
      ? {
          whisper: (message) =>
            respond({ response_type: "ephemeral", replace_original: false, ...asArgs(message) }),
        }
      : {}),
    answerQuestion: async (text) =>
      (await answerFor(deps, { userId, text, surface: "dm" })).message,
  });
}
