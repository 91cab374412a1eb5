import { poll } from "./poll.ts";

/** A pino destination that keeps lines in memory, so tests can read what was logged. */
export interface MemoryLog {
  write(line: string): void;
  readonly lines: readonly string[];
  entries(): Record<string, unknown>[];
  /** The first entry matching `match`, waiting for it: some lines are written after a reply settles. */
  waitFor(
    match: (entry: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
}

export function createMemoryLog(): MemoryLog {
  const lines: string[] = [];
  const entries = () =>
    lines.map((line) => {
      const parsed: unknown = JSON.parse(line);
      return typeof parsed === "object" && parsed !== null ? { ...parsed } : {};
    });
  return {
    write: (line) => void lines.push(line),
    get lines() {
      return lines;
    },
    entries,
    waitFor: (match, timeoutMs = 10_000) =>
      poll("a matching log line", timeoutMs, async () => entries().find(match)),
  };
}
