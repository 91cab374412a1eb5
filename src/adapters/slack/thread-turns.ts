import type { TurnContext } from "../../core/answer/types.ts";
import type { Clock } from "../../core/ports.ts";

/** What the bot knows about one thread it answered in. */
export interface ThreadState {
  /** The last answer's turn, handed to the core for a follow-up. */
  readonly turn: TurnContext;
  /** People who asked the bot in this thread: their replies are addressed to it. */
  readonly askers: ReadonlySet<string>;
  /** Who wrote last ("bot" for our answers), so a reply to someone else stays theirs. */
  readonly lastSpeaker: string;
}

export const BOT_SPEAKER = "bot";

export interface ThreadTurns {
  get(channel: string, threadTs: string): ThreadState | undefined;
  /** After an answer: the turn, the asker, the bot as last speaker. */
  answered(channel: string, threadTs: string, asker: string, turn: TurnContext): void;
  /** Restores a thread read back from Slack (after a restart). */
  restore(channel: string, threadTs: string, state: ThreadState): void;
  /** Someone wrote in a known thread without being answered. */
  spoke(channel: string, threadTs: string, user: string): void;
  /** Threads checked in Slack and found without our answers: not checked again for a while. */
  markUnknown(channel: string, threadTs: string): void;
  isUnknown(channel: string, threadTs: string): boolean;
}

/**
 * Threads the bot answered in, in memory, bounded and aged out. Message
 * metadata on every answer lets a restarted process rebuild an entry from
 * conversations.replies, so this is a cache, not the record.
 */
export function createThreadTurns(
  clock: Clock,
  options: { maxThreads?: number; ttlMs?: number; unknownTtlMs?: number } = {},
): ThreadTurns {
  const maxThreads = options.maxThreads ?? 5_000;
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const unknownTtlMs = options.unknownTtlMs ?? 10 * 60 * 1000;
  const known = new Map<string, { at: number; state: ThreadState }>();
  const unknown = new Map<string, number>();
  const key = (channel: string, threadTs: string) => `${channel}:${threadTs}`;

  function put(k: string, state: ThreadState): void {
    known.delete(k);
    known.set(k, { at: clock.now(), state });
    unknown.delete(k);
    for (const [oldest] of known) {
      if (known.size <= maxThreads) break;
      known.delete(oldest);
    }
  }

  function get(channel: string, threadTs: string): ThreadState | undefined {
    const found = known.get(key(channel, threadTs));
    if (!found || clock.now() - found.at >= ttlMs) return undefined;
    return found.state;
  }

  return {
    get,
    answered(channel, threadTs, asker, turn) {
      const askers = new Set(get(channel, threadTs)?.askers ?? []);
      askers.add(asker);
      put(key(channel, threadTs), { turn, askers, lastSpeaker: BOT_SPEAKER });
    },
    restore(channel, threadTs, state) {
      put(key(channel, threadTs), state);
    },
    spoke(channel, threadTs, user) {
      const k = key(channel, threadTs);
      const found = known.get(k);
      if (found) known.set(k, { at: found.at, state: { ...found.state, lastSpeaker: user } });
    },
    markUnknown(channel, threadTs) {
      unknown.set(key(channel, threadTs), clock.now());
      for (const [oldest] of unknown) {
        if (unknown.size <= maxThreads) break;
        unknown.delete(oldest);
      }
    },
    isUnknown(channel, threadTs) {
      const at = unknown.get(key(channel, threadTs));
      return at !== undefined && clock.now() - at < unknownTtlMs;
    },
  };
}
