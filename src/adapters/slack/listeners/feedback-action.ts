import type { App } from "@slack/bolt";
import { detectLang } from "../../../core/text/lang.ts";
import type { ListenerDeps } from "../deps.ts";
import { textMessage } from "../format/answer-blocks.ts";
import { ActionId, decodeFeedbackValue, type FeedbackValue } from "../format/button-values.ts";
import { asArgs } from "../format/send.ts";
import { word } from "../format/wording.ts";
import { readButtonClick } from "../ignored.ts";

function isHelpful(actionId: string, value: FeedbackValue): boolean {
  if (value.v) return value.v === "up";
  return actionId === ActionId.Helpful;
}

/**
 * 👍 / 👎 on an answer (native feedback_buttons, or the buttons of older
 * messages): record the vote, one per person and answer, a change replacing
 * the earlier one; thank only the voter, ephemerally. The message itself is
 * not touched, so everyone else can still vote.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.action(/^feedback_/, async ({ ack, body }) => {
    await ack();
    await deps.answerTurn();
    const vote = readButtonClick(deps.logger, body, "feedback", decodeFeedbackValue);
    if (!vote) return;
    const { action, value } = vote;
    const recent = await deps.recent.get(value.k);
    await deps.feedback.recordVote({
      answerKey: value.k,
      userId: action.user.id,
      vote: isHelpful(vote.actionId, value) ? "helpful" : "not_helpful",
      question: recent?.question ?? value.q,
      answer: recent?.answer ?? "",
      entryIds: recent?.entryIds ?? value.e,
      at: deps.clock.now(),
    });
    const lang = recent?.lang ?? detectLang(value.q);
    const thanks = textMessage(word("thanks", lang), lang);
    await deps.respondVia(action.response_url)({
      response_type: "ephemeral",
      replace_original: false,
      ...asArgs(thanks),
    });
  });
}
