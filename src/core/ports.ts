import type { Lang } from "./knowledge/schema.ts";
import type { RateDecision } from "./limits/rate-window.ts";
import type { TutorState } from "./tutor/state.ts";

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
  readonly userId: string;
  /** The answer voted on (the key its feedback buttons carry): one vote per user per answer. */
  readonly answerKey: string;
  readonly vote: "helpful" | "not_helpful";
  readonly question: string;
  readonly answer: string;
  readonly entryIds: readonly string[];
  readonly at: number;
}

export interface FeedbackStore {
  /** Records a vote; a later vote by the same user on the same answer replaces the first. */
  recordVote(vote: FeedbackVote): Promise<void>;
  /** Votes kept, oldest first, optionally for one answer; at most `limit` (default 1,000), newest kept. */
  listVotes(query?: {
    readonly answerKey?: string;
    readonly limit?: number;
  }): Promise<readonly FeedbackVote[]>;
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

/** A learner's tutoring state as stored, with the version a save must match. */
export interface StoredProgress {
  readonly state: TutorState;
  /** 1 after the first save, +1 on every save. */
  readonly version: number;
}

/**
 * Tutoring progress per user. Saves are compare-and-set on `version`, so two
 * presses handled at once (two devices, two replicas) can never both advance.
 */
export interface TutorProgressStore {
  load(userId: string): Promise<StoredProgress | undefined>;
  /**
   * Saves `state` if the stored version is still `expectedVersion` (0: nothing
   * stored yet). Returns the new version, or undefined if another writer won.
   */
  save(
    userId: string,
    state: TutorState,
    expectedVersion: number,
    at: number,
  ): Promise<number | undefined>;
}

/**
 * Per-key use counters over a sliding window (questions per user per minute),
 * kept where every replica sees them, so a user cannot multiply their limit by
 * the number of replicas.
 */
export interface RateWindowStore {
  /**
   * Counts one use of `key` at `at` if fewer than `limit` uses fall within the
   * `windowMs` before it; atomic, also between processes sharing the store.
   */
  take(key: string, at: number, limit: number, windowMs: number): Promise<RateDecision>;
  /** Forgets the uses counted for `key`, e.g. after the work they stood for failed. */
  forget(key: string): Promise<void>;
}

/**
 * Short-lived records by key that any replica may need to read back, such as
 * the answer behind a message's feedback buttons. Values are opaque text; the
 * adapter that writes them validates them when it reads them back.
 */
export interface MemoStore {
  /** Stores `value` under `key` (a new key each time; a repeat replaces). */
  put(key: string, value: string, at: number): Promise<void>;
  /** The value stored under `key` at or after `notBefore` (epoch ms). */
  get(key: string, notBefore: number): Promise<string | undefined>;
  /** Forgets values stored before `before`. */
  prune(before: number): Promise<void>;
}
