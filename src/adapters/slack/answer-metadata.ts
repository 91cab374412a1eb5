import type { types } from "@slack/bolt";
import { z } from "zod";
import type { Answer, TurnContext } from "../../core/answer/types.ts";
import { LangSchema } from "../../core/knowledge/schema.ts";
import { BOT_SPEAKER, type ThreadState } from "./thread-turns.ts";

/** The metadata event type on every answer this bot posts. */
export const ANSWER_EVENT_TYPE = "k8s_runtime_answer";

const QUESTION_MAX = 300;

/**
 * What an answer carries as message metadata (entry ids, language, intent, the
 * question and who asked), so a thread's context survives a restart: it is read
 * back with conversations.replies.
 */
export function answerMetadata(answer: Answer, asker: string): types.MessageMetadata {
  return {
    event_type: ANSWER_EVENT_TYPE,
    event_payload: {
      // Comma-joined: metadata arrays hold objects, and entry ids never contain a comma.
      entry_ids: answer.entryIds.join(","),
      lang: answer.lang,
      ...(answer.intent ? { intent: answer.intent } : {}),
      question: answer.question.slice(0, QUESTION_MAX),
      // A follow-up as the bot read it, so the next follow-up after a restart reads it the same.
      ...(answer.readAs ? { read_as: answer.readAs.slice(0, QUESTION_MAX) } : {}),
      asker,
    },
  };
}

const PayloadSchema = z.object({
  entry_ids: z.string().transform((ids) => ids.split(",").filter((id) => id !== "")),
  lang: LangSchema,
  intent: z.string().optional(),
  question: z.string(),
  read_as: z.string().optional(),
  asker: z.string(),
});

const ReplySchema = z.object({
  ts: z.string(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  metadata: z.object({ event_type: z.string(), event_payload: z.unknown() }).optional(),
});

/**
 * A thread's state rebuilt from conversations.replies: the last answer of ours
 * (by its metadata) gives the turn; every answer's asker is an asker; the last
 * message before `beforeTs` gives the last speaker. Undefined when we never
 * answered there.
 */
export function stateFromReplies(
  messages: readonly unknown[],
  beforeTs: string,
): ThreadState | undefined {
  const askers = new Set<string>();
  let turn: TurnContext | undefined;
  let lastSpeaker: string | undefined;
  for (const raw of messages) {
    const message = ReplySchema.safeParse(raw);
    if (!message.success || Number(message.data.ts) >= Number(beforeTs)) continue;
    const meta = message.data.metadata;
    const payload =
      meta?.event_type === ANSWER_EVENT_TYPE
        ? PayloadSchema.safeParse(meta.event_payload)
        : undefined;
    if (payload?.success) {
      const p = payload.data;
      askers.add(p.asker);
      turn = {
        question: p.question,
        ...(p.read_as ? { readAs: p.read_as } : {}),
        entryIds: p.entry_ids,
        lang: p.lang,
        ...(p.intent ? { intent: p.intent } : {}),
      };
      lastSpeaker = BOT_SPEAKER;
    } else if (message.data.user && !message.data.bot_id) {
      lastSpeaker = message.data.user;
    }
  }
  return turn && lastSpeaker ? { turn, askers, lastSpeaker } : undefined;
}
