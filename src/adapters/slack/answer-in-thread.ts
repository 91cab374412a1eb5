import type { webApi } from "@slack/bolt";
import { turnFrom } from "../../core/answer/turn.ts";
import { parseCommand } from "../../core/commands/parse-command.ts";
import { answerMetadata, stateFromReplies } from "./answer-metadata.ts";
import type { ListenerDeps } from "./deps.ts";
import { errorInfo } from "./error-info.ts";
import { type BoltThreadTools, createLiveReply, type ThreadTarget } from "./live-reply.ts";
import { type Asked, answerFor, userLang } from "./reply-service.ts";
import type { ThreadState } from "./thread-turns.ts";

type WebClient = webApi.WebClient;

/** How far back a restarted bot reads a thread to find its last answer. */
const REPLIES_LIMIT = 100;

/**
 * What the bot knows about a thread: from memory, else read back from Slack
 * (the metadata on our answers) after a restart. A thread found without our
 * answers is remembered as such for a while, so chatter in busy channels does
 * not cost a conversations.replies call per message.
 */
export async function threadState(
  deps: ListenerDeps,
  client: WebClient,
  channel: string,
  threadTs: string,
  beforeTs: string,
): Promise<ThreadState | undefined> {
  const known = deps.threads.get(channel, threadTs);
  if (known) return known;
  if (deps.threads.isUnknown(channel, threadTs)) return undefined;
  try {
    const replies = await client.conversations.replies({
      channel,
      ts: threadTs,
      include_all_metadata: true,
      limit: REPLIES_LIMIT,
    });
    const state = stateFromReplies(replies.messages ?? [], beforeTs);
    if (state) deps.threads.restore(channel, threadTs, state);
    else deps.threads.markUnknown(channel, threadTs);
    return state;
  } catch (error) {
    // Without history (scope missing, channel archived) the bot just does not follow up.
    deps.logger.warn({ ...errorInfo(error) }, "could not read the thread back");
    deps.threads.markUnknown(channel, threadTs);
    return undefined;
  }
}

/**
 * Answers in a thread: a sign of life first when a model will write the
 * answer, the answer streamed or posted, with metadata (entry ids, language,
 * intent) so the thread's context survives a restart, and the turn remembered
 * for the next follow-up.
 */
export async function answerInThread(
  deps: ListenerDeps,
  client: WebClient,
  target: ThreadTarget,
  asked: Asked,
  tools: BoltThreadTools = {},
): Promise<void> {
  const live = createLiveReply(client, target, deps.logger, tools);
  const began = deps.live && parseCommand(asked.text).type === "ask";
  if (began) await live.begin(asked.lang ?? (await userLang(deps, asked.userId, asked.text)));
  const answered = await answerFor(deps, {
    ...asked,
    ...(deps.live ? { onText: live.onText } : {}),
  });
  // A repeated rate-limit notice goes only to the asker, or nowhere (a live reply already shown is finished instead).
  if (!began && answered.delivery === "none") {
    deps.logger.debug({ user: asked.userId }, "rate-limited again: already told, not posting");
    return;
  }
  if (!began && answered.delivery === "private") {
    await client.chat.postEphemeral({
      channel: target.channel,
      user: asked.userId,
      thread_ts: target.threadTs,
      text: answered.message.text,
      blocks: [...answered.message.blocks],
    });
    return;
  }
  const answer = answered.answer;
  const metadata = answer ? answerMetadata(answer, asked.userId) : undefined;
  await live.finish(answered.message, {
    streamed: answer?.via === "model",
    ...(metadata ? { metadata } : {}),
  });
  if (answer)
    deps.threads.answered(target.channel, target.threadTs, asked.userId, turnFrom(answer));
}

/** A message addressed to the bot, as the mention and DM listeners read it. */
export interface AddressedMessage {
  readonly user: string;
  readonly channel: string;
  readonly ts: string;
  readonly threadTs?: string | undefined;
  /** Already cleaned by incomingText. */
  readonly text: string;
  readonly surface: Asked["surface"];
}

/**
 * Answers a mention or DM in its thread; inside a thread where the bot already
 * answered, as a follow-up to that answer.
 */
export async function answerMessage(
  deps: ListenerDeps,
  client: WebClient,
  message: AddressedMessage,
  context: Parameters<typeof recipientTeam>[0],
  tools: BoltThreadTools,
): Promise<void> {
  const { user, channel, ts, threadTs } = message;
  const previous = threadTs
    ? (await threadState(deps, client, channel, threadTs, ts))?.turn
    : undefined;
  await answerInThread(
    deps,
    client,
    { channel, threadTs: threadTs ?? ts, userId: user, ...recipientTeam(context) },
    {
      userId: user,
      text: message.text,
      surface: message.surface,
      ...(previous ? { previous } : {}),
    },
    tools,
  );
}

/** The team a stream's recipient belongs to; an org-wide (Enterprise Grid) install may carry only the enterprise. */
export function recipientTeam(context: {
  readonly teamId?: string | undefined;
  readonly enterpriseId?: string | undefined;
}): { teamId?: string } {
  const team = context.teamId ?? context.enterpriseId;
  return team ? { teamId: team } : {};
}
