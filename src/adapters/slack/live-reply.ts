import type { SayStreamFn, SetStatusFn, types, webApi } from "@slack/bolt";
import type { Lang } from "../../core/knowledge/schema.ts";
import type { Logger } from "../../core/ports.ts";
import { errorInfo } from "./error-info.ts";
import { textMessage } from "./format/answer-blocks.ts";
import type { SlackMessage } from "./format/blocks.ts";
import { asArgs } from "./format/send.ts";
import { loadingMessages, word } from "./format/wording.ts";

type WebClient = webApi.WebClient;
type Metadata = types.MessageMetadata;

export interface ThreadTarget {
  readonly channel: string;
  /** The thread the answer goes in: the mention, the thread replied in, the DM message. */
  readonly threadTs: string;
  readonly userId: string;
  readonly teamId?: string;
}

/**
 * Bolt's own listener arguments for the event's thread, when it gave them:
 * `setStatus` (assistant.threads.setStatus) and `sayStream` (client.chatStream
 * with the recipient filled in). Without them the same calls go through the client.
 */
export interface BoltThreadTools {
  readonly setStatus?: SetStatusFn;
  readonly sayStream?: SayStreamFn;
}

/** Picks `setStatus` / `sayStream` out of a listener's arguments, where Bolt set them. */
export function threadTools(args: object): BoltThreadTools {
  const { setStatus, sayStream } = args as Partial<Record<"setStatus" | "sayStream", unknown>>;
  return {
    ...(typeof setStatus === "function" ? { setStatus: setStatus as SetStatusFn } : {}),
    ...(typeof sayStream === "function" ? { sayStream: sayStream as SayStreamFn } : {}),
  };
}

export interface LiveReply {
  /** Shows a sign of life: the assistant status, or a placeholder message where that fails. */
  begin(lang: Lang): Promise<void>;
  /** The model's answer so far; streamed to Slack, buffered. */
  onText(textSoFar: string): void;
  /** Sends the final message (sources, feedback, metadata) in place of whatever was shown. */
  finish(message: SlackMessage, options: { streamed: boolean; metadata?: Metadata }): Promise<void>;
}

/** Characters collected before each chat.appendStream: a few calls per answer, far under the limit. */
const STREAM_BUFFER_CHARS = 256;

/** Streamed text is markdown: entity-escape so `<!channel>` in model text is shown, not acted on. */
function markdownSafe(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The blocks that follow a streamed answer: diagram, sources, feedback (the text is streamed). */
function blocksAfterText(message: SlackMessage) {
  return [...message.blocks].filter(
    (b) => b.block_id !== "question" && !b.block_id?.startsWith("answer-"),
  );
}

/**
 * One answer delivered live in a thread. The status (assistant.threads.setStatus
 * with loading messages) shows at once; where Slack refuses it (no agent
 * feature, an older workspace) a placeholder is posted and later replaced in
 * place. Model text streams through chat.startStream/appendStream/stopStream;
 * the stop carries the diagram, sources and feedback. If streaming fails the
 * whole message goes out once with chat.postMessage; if the model's answer
 * fails validation at the end, the streamed message is replaced by the offline one.
 */
export function createLiveReply(
  client: WebClient,
  target: ThreadTarget,
  logger: Logger,
  tools: BoltThreadTools = {},
): LiveReply {
  let placeholderTs: string | undefined;
  let streamer: ReturnType<WebClient["chatStream"]> | undefined;
  let streamFailed = false;
  let sent = "";
  let appending: Promise<void> = Promise.resolve();

  const base = { channel: target.channel, thread_ts: target.threadTs };

  async function post(message: SlackMessage, metadata: Metadata | undefined): Promise<void> {
    const args = { ...asArgs(message), ...(metadata ? { metadata } : {}) };
    if (placeholderTs)
      await client.chat.update({ channel: target.channel, ts: placeholderTs, ...args });
    else await client.chat.postMessage({ ...base, ...args });
  }

  return {
    async begin(lang) {
      const status = { status: word("thinking", lang), loading_messages: loadingMessages(lang) };
      try {
        if (tools.setStatus) await tools.setStatus(status);
        else
          await client.assistant.threads.setStatus({
            channel_id: target.channel,
            thread_ts: target.threadTs,
            ...status,
          });
      } catch (error) {
        logger.debug({ ...errorInfo(error) }, "no assistant status here; posting a placeholder");
        const placeholder = textMessage(`⏳ ${word("thinking", lang)}`, lang);
        const posted = await client.chat.postMessage({ ...base, ...asArgs(placeholder) });
        placeholderTs = posted.ts;
      }
    },
    onText(textSoFar) {
      // A placeholder is replaced once, at the end: two messages would confuse the thread.
      if (placeholderTs || streamFailed || !textSoFar.startsWith(sent)) return;
      const delta = textSoFar.slice(sent.length);
      if (delta === "") return;
      sent = textSoFar;
      // Bolt's sayStream when it gave one (it fills the same fields); ours stated, so it is this thread and asker.
      const open =
        tools.sayStream ??
        ((args: Parameters<SayStreamFn>[0]) => client.chatStream({ ...base, ...args }));
      streamer ??= open({
        ...base,
        recipient_user_id: target.userId,
        ...(target.teamId ? { recipient_team_id: target.teamId } : {}),
        buffer_size: STREAM_BUFFER_CHARS,
      });
      const stream = streamer;
      appending = appending
        .then(async () => {
          if (!streamFailed) await stream.append({ markdown_text: markdownSafe(delta) });
        })
        .catch((error: unknown) => {
          streamFailed = true;
          logger.warn({ ...errorInfo(error) }, "streaming failed; sending the answer whole");
        });
    },
    async finish(message, { streamed, metadata }) {
      await appending;
      // Never started (all text still buffered): nothing of the model's is on screen yet.
      if (!streamer || (!streamed && !streamer.ts)) return post(message, metadata);
      if (streamed && !streamFailed) {
        try {
          await streamer.stop({
            blocks: blocksAfterText(message),
            ...(metadata ? { metadata } : {}),
          });
          return;
        } catch (error) {
          logger.warn(
            { ...errorInfo(error) },
            "could not finish the stream; sending the answer whole",
          );
        }
      } else if (!streamFailed) {
        // The model's answer failed at the end: close the stream, then replace it with the offline one.
        await streamer.stop().catch((error: unknown) => {
          logger.warn({ ...errorInfo(error) }, "could not close the stream");
        });
      }
      const ts = streamer.ts;
      const args = { ...asArgs(message), ...(metadata ? { metadata } : {}) };
      if (ts) await client.chat.update({ channel: target.channel, ts, ...args });
      else await post(message, metadata);
    },
  };
}
