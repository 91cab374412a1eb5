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
  readonly userId: string;
  readonly vote: "helpful" | "not_helpful";
  readonly question: string;
  readonly answer: string;
  readonly entryIds: readonly string[];
  readonly at: number;
}

export interface FeedbackStore {
  recordVote(vote: FeedbackVote): Promise<void>;
}

/** Per-user settings a surface remembers, e.g. the language fixed with `lang ko`. */
export interface PreferenceStore {
  getLang(userId: string): Promise<Lang | undefined>;
  setLang(userId: string, lang: Lang): Promise<void>;
}
