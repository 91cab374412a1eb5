import { z } from "zod";
import { type Lang, LangSchema } from "../../core/knowledge/schema.ts";
import type { Clock, Logger, MemoStore } from "../../core/ports.ts";
import type { Block, SlackMessage } from "./format/blocks.ts";

export interface RecentAnswer {
  readonly question: string;
  readonly answer: string;
  readonly entryIds: readonly string[];
  readonly lang: Lang;
  /** The message as sent, so a vote on an ephemeral reply can redraw it. */
  readonly message: SlackMessage;
}

export interface RecentAnswers {
  /** Stores an answer and returns the message, rendered with the key its feedback buttons carry. */
  remember(
    answer: Omit<RecentAnswer, "message">,
    render: (key: string) => SlackMessage,
  ): Promise<SlackMessage>;
  get(key: string): Promise<RecentAnswer | undefined>;
}

/** Blocks we rendered ourselves: checked for shape, not re-validated against every Block Kit type. */
const BlockSchema = z.custom<Block>(
  (value) =>
    typeof value === "object" && value !== null && typeof Reflect.get(value, "type") === "string",
);

const RecentAnswerSchema = z.object({
  question: z.string(),
  answer: z.string(),
  entryIds: z.array(z.string()),
  lang: LangSchema,
  message: z.object({ text: z.string(), blocks: z.array(BlockSchema) }),
});

const PRUNE_EVERY_MS = 60 * 60 * 1000;

function parse(text: string): RecentAnswer | undefined {
  try {
    const parsed = RecentAnswerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Answers recently sent, by key, for feedback votes: a button value (2,000
 * characters) cannot hold the question, the answer and the message. Kept in
 * the memo store, so a vote that lands on another replica (or after a restart)
 * still finds them; aged out after a week. A store that fails only costs the
 * redraw: the answer is sent, and the vote still records question and entry
 * ids from the button value.
 */
export function createRecentAnswers(
  clock: Clock,
  newId: () => string,
  memos: MemoStore,
  logger: Logger,
  options: { ttlMs?: number } = {},
): RecentAnswers {
  const ttlMs = options.ttlMs ?? 7 * 24 * 60 * 60 * 1000;
  let prunedAt = clock.now();
  const warn = (what: string) => (error: unknown) =>
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, what);

  return {
    async remember(answer, render) {
      const key = newId();
      const message = render(key);
      const now = clock.now();
      await memos
        .put(key, JSON.stringify({ ...answer, message }), now)
        .catch(warn("could not remember the answer for its feedback buttons"));
      if (now - prunedAt >= PRUNE_EVERY_MS) {
        prunedAt = now;
        memos.prune(now - ttlMs).catch(warn("pruning remembered answers failed"));
      }
      return message;
    },
    async get(key) {
      const text = await memos
        .get(key, clock.now() - ttlMs + 1)
        .catch(warn("could not read a remembered answer"));
      return text === undefined ? undefined : parse(text);
    },
  };
}
