import { exampleQuestions, scopeSentence } from "../../core/answer/messages.ts";
import type { Command } from "../../core/commands/parse-command.ts";
import { parseCommand } from "../../core/commands/parse-command.ts";
import type { Reply } from "../../core/commands/run-command.ts";
import type { Lang } from "../../core/knowledge/schema.ts";
import { detectLang } from "../../core/text/lang.ts";
import { type ListenerDeps, SLASH_COMMAND } from "./deps.ts";
import { replyMessage, textMessage } from "./format/answer-blocks.ts";
import type { SlackMessage } from "./format/blocks.ts";
import { encodeShareValue } from "./format/button-values.ts";
import { rateLimitedText, shortHelpText } from "./format/wording.ts";
import type { Notice } from "./reliability/rate-limiter.ts";

/** Where the text came from; decides prefixes, sharing and rate limiting. */
export type Surface = "mention" | "dm" | "slash" | "share";

export interface Asked {
  readonly userId: string;
  /** Already cleaned by incomingText. */
  readonly text: string;
  readonly surface: Surface;
  /** The language of the message being re-created (share button). */
  readonly lang?: Lang;
}

/** The language for someone's replies when the reply itself does not say. */
export async function userLang(deps: ListenerDeps, userId: string, text: string): Promise<Lang> {
  return (await deps.preferences.getLang(userId)) ?? detectLang(text);
}

function shareValueFor(asked: Asked, command: Command, reply: Reply): string | undefined {
  if (asked.surface !== "slash") return undefined;
  if (command.type !== "ask" && command.type !== "diagram") return undefined;
  const lang = reply.kind === "answer" ? reply.answer.lang : reply.lang;
  return encodeShareValue(asked.text, lang);
}

/** Where a reply goes: as usual, privately to the asker (ephemeral), or nowhere. */
export type Delivery = "reply" | "private" | "none";

/**
 * Text in, Slack message out, the same for mentions, DMs and the slash command:
 * parse, remember `lang`, rate-limit questions, run the core, format.
 */
export async function answerFor(deps: ListenerDeps, asked: Asked): Promise<SlackMessage> {
  return (await replyFor(deps, asked)).message;
}

const DELIVERY: Record<Notice, Delivery> = { public: "reply", private: "private", none: "none" };

/**
 * answerFor plus where to deliver it: a rate-limit notice goes out in public
 * once per person per spell, then privately once, then not at all. Surfaces
 * that are already private (slash command, DM) may ignore it.
 */
export async function replyFor(
  deps: ListenerDeps,
  asked: Asked,
): Promise<{ readonly message: SlackMessage; readonly delivery: Delivery }> {
  const reply = (message: SlackMessage) => ({ message, delivery: "reply" as const });
  const command = parseCommand(asked.text);
  const saved = await deps.preferences.getLang(asked.userId);
  const fallbackLang = asked.lang ?? saved ?? detectLang(asked.text);
  if (command.type === "empty" && asked.surface !== "slash") {
    const lang = fallbackLang;
    const example = exampleQuestions(lang)[0] ?? "";
    return reply(
      textMessage(shortHelpText(lang, scopeSentence(lang), example, SLASH_COMMAND), lang),
    );
  }
  if (command.type === "lang" && command.lang)
    await deps.preferences.setLang(asked.userId, command.lang);
  if (command.type === "ask" && asked.surface !== "share") {
    const decision = deps.rateLimiter.take(asked.userId);
    if (!decision.allowed)
      return {
        message: textMessage(
          rateLimitedText(fallbackLang, decision.retryInMs, deps.rateLimiter.perMinute),
          fallbackLang,
        ),
        delivery: DELIVERY[decision.notice],
      };
  }
  const fixed = asked.lang ?? saved;
  const ran = await deps.run(command, {
    ...(fixed ? { lang: fixed } : {}),
    fallbackLang,
    commandPrefix: asked.surface === "slash" || asked.surface === "share" ? SLASH_COMMAND : "",
  });
  const shareValue = shareValueFor(asked, command, ran);
  const options = {
    ...(shareValue ? { shareValue } : {}),
    ...(asked.surface === "share" ? { sharedBy: asked.userId } : {}),
  };
  if (ran.kind !== "answer" || ran.answer.kind === "invalid")
    return reply(replyMessage(ran, options));
  const { answer } = ran;
  const remembered = deps.recent.remember(
    {
      question: answer.question,
      answer: answer.text,
      entryIds: answer.entryIds,
      lang: answer.lang,
    },
    (feedbackKey) => replyMessage(ran, { ...options, feedbackKey }),
  );
  return reply(remembered);
}
