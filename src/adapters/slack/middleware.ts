import type { AllMiddlewareArgs, AnyMiddlewareArgs, App } from "@slack/bolt";
import { apologyTarget } from "./apology.ts";
import type { ListenerDeps } from "./deps.ts";
import { errorInfo } from "./error-info.ts";
import { textMessage } from "./format/answer-blocks.ts";
import { word } from "./format/wording.ts";
import { userLang } from "./reply-service.ts";
import { DeliveryIdsSchema } from "./schemas.ts";

type Args = AnyMiddlewareArgs & AllMiddlewareArgs;

/**
 * Message subtypes that still carry a person's question: a DM sent with a
 * screenshot, a thread reply also sent to the channel. Every other subtype is
 * an edit, join, delete or bot post, not something to answer.
 */
const ANSWERED_SUBTYPES: ReadonlySet<string> = new Set(["file_share", "thread_broadcast"]);

/** Ids Slack repeats when it retries or delivers twice; whether the message is not a person's question. */
function deliveryKeys(body: unknown): { keys: string[]; notAQuestion: boolean } {
  const parsed = DeliveryIdsSchema.safeParse(body);
  if (!parsed.success) return { keys: [], notAQuestion: false };
  const { event_id: eventId, event } = parsed.data;
  const keys = [
    ...(eventId ? [`event:${eventId}`] : []),
    // Per event type: a mention in a channel arrives as app_mention and as message.channels
    // with the same client_msg_id, and the first must not swallow the second.
    ...(event?.client_msg_id ? [`msg:${event.type ?? ""}:${event.client_msg_id}`] : []),
  ];
  const isMessage = event?.type === "message" || event?.type === "app_mention";
  const subtype = event?.subtype;
  const botOrEdit =
    event?.bot_id !== undefined || (subtype !== undefined && !ANSWERED_SUBTYPES.has(subtype));
  return { keys, notAQuestion: isMessage && botOrEdit };
}

/**
 * Global middleware, in order: let pending acks go first; drop bot messages and edits/joins/deletes (not file
 * shares or thread broadcasts); drop repeats; and turn a failed reply into an
 * apology before the central error handler logs it. (Requests are counted as
 * in flight around all of this, in createSlackApp, so shutdown waits for them.)
 */
export function registerMiddleware(app: App, deps: ListenerDeps): void {
  app.use(async (args) => {
    // Events are acked by Bolt before middleware runs; commands and actions ack in their listener.
    if (!("ack" in args)) await deps.answerTurn();
    await args.next();
  });

  const firstDelivery = createFirstDelivery(deps);
  app.use(async ({ body, context, next }) => {
    const { keys, notAQuestion } = deliveryKeys(body);
    if (notAQuestion) return;
    if (keys.length > 0 && !(await firstDelivery(keys))) {
      deps.logger.info({ keys, retryNum: context.retryNum }, "repeated delivery ignored");
      return;
    }
    await next();
  });

  app.use(async (args) => {
    try {
      await args.next();
    } catch (error) {
      await apologize(args, deps, error).catch((apologyError: unknown) => {
        deps.logger.warn({ ...errorInfo(apologyError) }, "could not send the apology");
      });
      throw error;
    }
  });
}

/** Slack retries for minutes; an hour of ids is plenty, and the ledger is pruned every ten. */
const LEDGER_KEEP_MS = 60 * 60 * 1000;
const PRUNE_EVERY_MS = 10 * 60 * 1000;

/**
 * True the first time any of `keys` is claimed in the ledger. A ledger that
 * fails (a locked or broken store) lets the delivery through: answering a
 * retry twice is better than answering no one.
 */
function createFirstDelivery(deps: ListenerDeps): (keys: readonly string[]) => Promise<boolean> {
  let prunedAt = deps.clock.now();
  return async (keys) => {
    const now = deps.clock.now();
    if (now - prunedAt > PRUNE_EVERY_MS) {
      prunedAt = now;
      deps.ledger.prune(now - LEDGER_KEEP_MS).catch((error: unknown) => {
        deps.logger.warn({ ...errorInfo(error) }, "event ledger prune failed");
      });
    }
    try {
      return await deps.ledger.claim(keys, now);
    } catch (error) {
      deps.logger.warn({ ...errorInfo(error), keys }, "event ledger failed: answering anyway");
      return true;
    }
  };
}

/** Slack errors the user can fix themselves, by inviting the bot. */
const NOT_A_MEMBER = new Set(["not_in_channel", "channel_not_found"]);

async function apologize(args: Args, deps: ListenerDeps, error: unknown): Promise<void> {
  const target = apologyTarget(args.body);
  if (!target) return;
  const lang = await userLang(deps, target.userId, target.text);
  const slackError = errorInfo(error).slackError ?? "";
  const channelFailed = NOT_A_MEMBER.has(slackError);
  const message = textMessage(word(channelFailed ? "notInChannel" : "apology", lang), lang);
  if (target.via === "post" && channelFailed) {
    // The channel just refused the bot: tell the person in a DM (a user id as channel opens it).
    await args.client.chat.postMessage({
      channel: target.userId,
      text: message.text,
      blocks: [...message.blocks],
    });
  } else if (target.via === "post") {
    await args.client.chat.postMessage({
      channel: target.channel,
      ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
      text: message.text,
      blocks: [...message.blocks],
    });
  } else {
    await deps.respondVia(target.responseUrl)({
      response_type: "ephemeral",
      replace_original: false,
      text: message.text,
      blocks: [...message.blocks],
    });
  }
}
