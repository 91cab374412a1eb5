import type { Lang } from "./knowledge/schema.ts";

/**
 * Ports: what the core needs from the outside world. Adapters implement these;
 * tests pass fakes that implement the same interfaces and record calls.
 */

export interface Clock {
  now(): number;
}

export interface Logger {
  debug(obj: Record<string, unknown>, msg?: string): void;
  info(obj: Record<string, unknown>, msg?: string): void;
  warn(obj: Record<string, unknown>, msg?: string): void;
  error(obj: Record<string, unknown>, msg?: string): void;
}

/** A logger that drops everything: for tools whose stdout carries only answers. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
};

export interface FeedbackVote {
  /** The answer voted on (its feedback key); with userId, one vote per person per answer. */
  readonly answerKey: string;
  readonly userId: string;
  readonly vote: "helpful" | "not_helpful";
  readonly question: string;
  readonly answer: string;
  readonly entryIds: readonly string[];
  readonly at: number;
}

export interface FeedbackStore {
  /** Records a vote; a second vote by the same person on the same answer replaces the first. */
  recordVote(vote: FeedbackVote): Promise<void>;
}

/** Per-user settings a surface remembers, e.g. the language fixed with `lang ko`. */
export interface PreferenceStore {
  getLang(userId: string): Promise<Lang | undefined>;
  setLang(userId: string, lang: Lang): Promise<void>;
}

/**
 * Delivery ids already handled (Slack event_id, client_msg_id…), kept outside the
 * process so a retry that arrives after a restart, or on another replica, is
 * still answered once.
 */
export interface EventLedger {
  /** Claims every key and returns true if none was claimed before; false for a repeat. */
  claim(keys: readonly string[], at: number): Promise<boolean>;
  /** Lets `keys` through again, e.g. after the work they guarded failed. */
  release(keys: readonly string[]): Promise<void>;
  /** Forgets claims made before `before` (epoch ms). */
  prune(before: number): Promise<void>;
}
