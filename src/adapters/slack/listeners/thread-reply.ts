import type { App } from "@slack/bolt";
import { answerInThread, recipientTeam, threadState } from "../answer-in-thread.ts";
import type { ListenerDeps } from "../deps.ts";
import { incomingText } from "../incoming-text.ts";
import { threadTools } from "../live-reply.ts";
import { ThreadReplyEventSchema } from "../schemas.ts";
import { BOT_SPEAKER, type ThreadState } from "../thread-turns.ts";

/** A mention of a person, a user group or @here/@channel: the reply is for them. */
const OTHER_ADDRESSEE =
  /<@[A-Z0-9]+(\|[^>]*)?>|<!subteam\^[^>]+>|<!(here|channel|everyone)(\|[^>]*)?>/i;

/** Emoji, punctuation and whitespace only ("👍", ":+1:", "ㅋㅋ" has letters): nothing to answer. */
function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(/:[a-z0-9_+'-]+:/gi, ""));
}

/**
 * Whether a reply in a thread we answered is addressed to the bot: from
 * someone who asked it here, right after the bot's answer, naming nobody
 * else, with words in it. A reply between people, one that
 * mentions someone else, or an emoji-only reply is theirs, not ours.
 */
export function addressedToBot(state: ThreadState, user: string, text: string): boolean {
  if (OTHER_ADDRESSEE.test(text) || !hasWords(text)) return false;
  // The bot spoke last: once the asker's own last message was for someone else, the
  // conversation is theirs until they mention the bot again.
  return state.askers.has(user) && state.lastSpeaker === BOT_SPEAKER;
}

/**
 * Replies in channel threads (message.channels, message.groups). In a thread
 * where the bot already answered, a follow-up from the asker is answered
 * without a mention, in that thread's context. Mentions are left to the
 * app_mention listener; everything else stays silent.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.message(async (args) => {
    const { message: event, context, client } = args;
    const parsed = ThreadReplyEventSchema.safeParse(event);
    // Most channel messages are not thread replies; they are not ours to log.
    if (!parsed.success) return;
    const { user, text, channel, ts, thread_ts: threadTs } = parsed.data;
    if (threadTs === ts) return;
    if (context.botUserId && text.includes(`<@${context.botUserId}`)) return;
    const state = await threadState(deps, client, channel, threadTs, ts);
    if (!state) return;
    if (!addressedToBot(state, user, text)) {
      deps.threads.spoke(channel, threadTs, user);
      return;
    }
    await answerInThread(
      deps,
      client,
      {
        channel,
        threadTs,
        userId: user,
        ...recipientTeam(context),
      },
      {
        userId: user,
        text: incomingText(text, context.botUserId),
        surface: "mention",
        previous: state.turn,
      },
      threadTools(args),
    );
  });
}
