import type { MemoStore } from "../../core/ports.ts";

/** The MemoStore port in memory: one process only, bounded by count (oldest go first). */
export function createMemoryMemos(maxKeys = 5_000): MemoStore {
  const memos = new Map<string, { value: string; at: number }>();
  return {
    async put(key, value, at) {
      memos.delete(key);
      memos.set(key, { value, at });
      const oldest = memos.keys().next();
      if (memos.size > maxKeys && !oldest.done) memos.delete(oldest.value);
    },
    async get(key, notBefore) {
      const found = memos.get(key);
      return found && found.at >= notBefore ? found.value : undefined;
    },
    async prune(before) {
      for (const [key, { at }] of memos) if (at < before) memos.delete(key);
    },
  };
}
