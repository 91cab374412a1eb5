/** A pino destination that keeps lines in memory, so tests can read what was logged. */
export interface MemoryLog {
  write(line: string): void;
  readonly lines: readonly string[];
  entries(): Record<string, unknown>[];
}

export function createMemoryLog(): MemoryLog {
  const lines: string[] = [];
  return {
    write: (line) => void lines.push(line),
    get lines() {
      return lines;
    },
    entries: () =>
      lines.map((line) => {
        const parsed: unknown = JSON.parse(line);
        return typeof parsed === "object" && parsed !== null ? { ...parsed } : {};
      }),
  };
}
