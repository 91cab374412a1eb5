import type { App } from "@slack/bolt";
import { detectLang } from "../../../core/text/lang.ts";
import type { ListenerDeps } from "../deps.ts";
import { textMessage, thankedMessage } from "../format/answer-blocks.ts";
import { ActionId, decodeFeedbackValue } from "../format/button-values.ts";
import { asArgs } from "../format/send.ts";
import { word } from "../format/wording.ts";
import { readButtonClick } from "../ignored.ts";

/**
 * 👍 / 👎 on an answer: record the vote, then swap the buttons for a thank-you
 * (chat.update in channels and DMs; response_url for ephemeral replies, which
 * chat.update cannot reach).
 */
export function register(app: App, deps: ListenerDeps): void {
  app.action(/^feedback_/, async ({ ack, body, client }) => {
    await ack();
    await deps.answerTurn();
    const vote = readButtonClick(deps.logger, body, "feedback", decodeFeedbackValue);
    if (!vote) return;
    const { action, value } = vote;
    const respond = deps.respondVia(action.response_url);
    const recent = await deps.recent.get(value.k);
    await deps.feedback.recordVote({
      userId: action.user.id,
      answerKey: value.k,
      vote: vote.actionId === ActionId.Helpful ? "helpful" : "not_helpful",
      question: recent?.question ?? value.q,
      answer: recent?.answer ?? "",
      entryIds: recent?.entryIds ?? value.e,
      at: deps.clock.now(),
    });
    const lang = recent?.lang ?? detectLang(value.q);
    if (!recent) {
      // Forgotten (older than a week, or the store failed): the vote still counts; thank the voter alone.
      const thanks = textMessage(word("thanks", lang), lang);
      await respond({ response_type: "ephemeral", replace_original: false, ...asArgs(thanks) });
      return;
    }
    const thanked = asArgs(thankedMessage(recent.message, lang));
    const channel = action.container.channel_id ?? action.channel?.id;
    const ts = action.container.message_ts ?? action.message?.ts;
    if (action.container.is_ephemeral || !channel || !ts)
      await respond({ replace_original: true, ...thanked });
    else await client.chat.update({ channel, ts, ...thanked });
  });
}
