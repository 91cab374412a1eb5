import type { Lang } from "../../core/knowledge/schema.ts";
import type { Clock } from "../../core/ports.ts";
import type { SlackMessage } from "./format/blocks.ts";

export interface RecentAnswer {
  readonly question: string;
  readonly answer: string;
  readonly entryIds: readonly string[];
  readonly lang: Lang;
  /** The message as sent, so a vote on an ephemeral reply can redraw it. */
  readonly message: SlackMessage;
}

export interface RecentAnswers {
  /** Stores an answer and returns the short key its feedback buttons carry. */
  remember(
    answer: Omit<RecentAnswer, "message">,
    render: (key: string) => SlackMessage,
  ): SlackMessage;
  get(key: string): RecentAnswer | undefined;
}

/**
 * Answers recently sent, by key, for feedback votes: a button value (2,000
 * characters) cannot hold the question, the answer and the message. Bounded
 * and aged out; a vote after a restart still records question and entry ids
 * from the button value.
 */
export function createRecentAnswers(
  clock: Clock,
  newId: () => string,
  options: { maxAnswers?: number; ttlMs?: number } = {},
): RecentAnswers {
  const maxAnswers = options.maxAnswers ?? 5_000;
  const ttlMs = options.ttlMs ?? 7 * 24 * 60 * 60 * 1000;
  const answers = new Map<string, { at: number; value: RecentAnswer }>();

  function evict(now: number): void {
    for (const [key, { at }] of answers) {
      if (now - at < ttlMs && answers.size <= maxAnswers) break;
      answers.delete(key);
    }
  }

  return {
    remember(answer, render) {
      const key = newId();
      const message = render(key);
      const now = clock.now();
      answers.set(key, { at: now, value: { ...answer, message } });
      evict(now);
      return message;
    },
    get(key) {
      const found = answers.get(key);
      if (!found || clock.now() - found.at >= ttlMs) return undefined;
      return found.value;
    },
  };
}
