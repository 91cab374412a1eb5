import type { webApi } from "@slack/bolt";
import { parseTutorCommand } from "../../../core/tutor/commands.ts";
import type { ListenerDeps } from "../deps.ts";
import { textMessage } from "../format/answer-blocks.ts";
import { asArgs } from "../format/send.ts";
import { answerFor, userLang } from "../reply-service.ts";
import type { Respond } from "../response-url.ts";
import { runTutorTurn, typedEvent } from "./slack-tutor.ts";

/**
 * A DM as tutoring input, if it is one: "tutor", "튜터", "공부", "퀴즈", a
 * command, or anything typed during a lesson. Returns false for everything
 * else, which is answered as a question, as before.
 */
export async function tutorDm(
  deps: ListenerDeps,
  client: webApi.WebClient,
  dm: { readonly userId: string; readonly text: string; readonly channel: string },
): Promise<boolean> {
  const tutoring = deps.tutoring;
  if (!tutoring || dm.text === "") return false;
  // A language saved with `lang` beats the language of the start word.
  const saved = await deps.preferences.getLang(dm.userId);
  const typed = typedEvent(dm.text);
  return runTutorTurn(deps, tutoring, client, {
    userId: dm.userId,
    channel: dm.channel,
    event: (state, stored) => {
      const event = typed(state, stored);
      return event?.type === "start" && saved ? { ...event, lang: saved } : event;
    },
    lang: saved ?? (await userLang(deps, dm.userId, dm.text)),
    answerQuestion: async (text) =>
      (await answerFor(deps, { userId: dm.userId, text, surface: "dm" })).message,
  });
}

/**
 * `/k8s-runtime tutor [command]`: the lesson goes to the user's DM with the
 * app (an ephemeral reply cannot be updated in place or survive a reload);
 * the slash reply says where.
 */
export async function tutorSlash(
  deps: ListenerDeps,
  client: webApi.WebClient,
  slash: { readonly userId: string; readonly text: string; readonly respond: Respond },
): Promise<boolean> {
  const tutoring = deps.tutoring;
  const event = parseTutorCommand(slash.text, { active: false, confirmReset: false });
  if (!tutoring || !event) return false;
  const lang = await userLang(deps, slash.userId, slash.text);
  const handled = await runTutorTurn(deps, tutoring, client, {
    userId: slash.userId,
    channel: slash.userId,
    event: (state) =>
      parseTutorCommand(slash.text, { active: true, confirmReset: state.confirmReset }) ?? event,
    lang,
    answerQuestion: async (text) =>
      (await answerFor(deps, { userId: slash.userId, text, surface: "dm" })).message,
  });
  const note =
    lang === "ko"
      ? "📬 튜터링은 저와의 DM(앱 메시지 탭)에서 진행합니다."
      : "📬 Tutoring continues in your DM with me (the app's Messages tab).";
  await slash.respond({ response_type: "ephemeral", ...asArgs(textMessage(note, lang)) });
  return handled;
}
