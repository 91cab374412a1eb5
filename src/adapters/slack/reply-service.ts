import { exampleQuestions, scopeSentence } from "../../core/answer/messages.ts";
import type { Answer, TurnContext } from "../../core/answer/types.ts";
import type { Command } from "../../core/commands/parse-command.ts";
import { parseCommand } from "../../core/commands/parse-command.ts";
import type { Reply } from "../../core/commands/run-command.ts";
import { redactSecrets } from "../../core/diagnose/redact.ts";
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
  /** The last answer in this thread or DM, for follow-ups. */
  readonly previous?: TurnContext;
  /** Receives a model answer's text while it is written (streaming). */
  readonly onText?: (textSoFar: string) => void;
}

/** The message to send and, for answers, what it answered (metadata, thread memory). */
export interface Answered {
  readonly message: SlackMessage;
  readonly answer?: Answer;
  /** The feedback key the message's buttons carry. */
  readonly key?: string;
  /** Set for a rate-limit notice: where it may go (see Delivery). Answers always go as usual. */
  readonly delivery?: Delivery;
}

/**
 * Where a rate-limit notice goes: as a reply the first time in a spell, then
 * privately to the asker (ephemeral), then nowhere, so a flood of mentions
 * never turns into a flood of notices in the channel.
 */
export type Delivery = "reply" | "private" | "none";

const DELIVERY: Record<Notice, Delivery> = { public: "reply", private: "private", none: "none" };

/** The language for someone's replies when the reply itself does not say. */
export async function userLang(deps: ListenerDeps, userId: string, text: string): Promise<Lang> {
  return (await deps.preferences.getLang(userId)) ?? detectLang(text);
}

function shareValueFor(asked: Asked, command: Command, reply: Reply): string | undefined {
  if (asked.surface !== "slash") return undefined;
  if (command.type !== "ask" && command.type !== "diagram") return undefined;
  const lang = reply.kind === "answer" ? reply.answer.lang : reply.lang;
  // The button value is posted back to Slack: a pasted token must not ride along in it.
  return encodeShareValue(redactSecrets(asked.text).text, lang);
}

/**
 * Text in, Slack message out, the same for mentions, DMs and the slash command:
 * parse, remember `lang`, rate-limit questions, run the core, format.
 */
export async function answerFor(deps: ListenerDeps, asked: Asked): Promise<Answered> {
  const command = parseCommand(asked.text);
  const saved = await deps.preferences.getLang(asked.userId);
  const fallbackLang = asked.lang ?? saved ?? detectLang(asked.text);
  if (command.type === "empty" && asked.surface !== "slash") {
    const lang = fallbackLang;
    const example = exampleQuestions(lang)[0] ?? "";
    return {
      message: textMessage(shortHelpText(lang, scopeSentence(lang), example, SLASH_COMMAND), lang),
    };
  }
  if (command.type === "lang" && command.lang)
    await deps.preferences.setLang(asked.userId, command.lang);
  if (command.type === "ask" && asked.surface !== "share") {
    const decision = await deps.rateLimiter.take(asked.userId);
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
  const reply = await deps.run(command, {
    ...(fixed ? { lang: fixed } : {}),
    fallbackLang,
    commandPrefix: asked.surface === "slash" || asked.surface === "share" ? SLASH_COMMAND : "",
    // Phones first: diagrams start narrow (≤ 40 columns); "Wide view" redraws them.
    narrow: true,
    ...(asked.previous ? { previous: asked.previous } : {}),
    ...(asked.onText ? { onText: asked.onText } : {}),
  });
  const shareValue = shareValueFor(asked, command, reply);
  const options = {
    ...(shareValue ? { shareValue } : {}),
    ...(asked.surface === "share" ? { sharedBy: asked.userId } : {}),
  };
  if (reply.kind !== "answer" || reply.answer.kind === "invalid")
    return { message: replyMessage(reply, options) };
  const { answer } = reply;
  let key: string | undefined;
  const message = await deps.recent.remember(
    {
      question: answer.question,
      answer: answer.text,
      entryIds: answer.entryIds,
      lang: answer.lang,
    },
    (feedbackKey) => {
      key = feedbackKey;
      return replyMessage(reply, { ...options, feedbackKey });
    },
  );
  return { message, answer, ...(key ? { key } : {}) };
}
