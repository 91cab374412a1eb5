import type { StoredProgress, TutorProgressStore } from "../../core/ports.ts";
import { TutorStateSchema } from "../../core/tutor/state.ts";

/**
 * Tutoring progress in memory, for tests and the terminal's `--memory` runs.
 * Same compare-and-set contract as the SQLite store; states are copied in and
 * out so a caller mutating its copy cannot change what is stored.
 */
export function createMemoryProgressStore(): TutorProgressStore {
  const rows = new Map<string, StoredProgress>();
  return {
    async load(userId) {
      const row = rows.get(userId);
      return row ? { state: structuredClone(row.state), version: row.version } : undefined;
    },
    async save(userId, state, expectedVersion) {
      const current = rows.get(userId)?.version ?? 0;
      if (current !== expectedVersion) return undefined;
      const version = current + 1;
      rows.set(userId, { state: TutorStateSchema.parse(structuredClone(state)), version });
      return version;
    },
  };
}
