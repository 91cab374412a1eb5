import { createMemoryEventLedger } from "./memory-event-ledger.ts";
import { createMemoryFeedbackStore } from "./memory-feedback-store.ts";
import { createMemoryMemos } from "./memory-memos.ts";
import { createMemoryPreferenceStore } from "./memory-preference-store.ts";
import { createMemoryProgressStore } from "./memory-progress-store.ts";
import { createMemoryRateWindows } from "./memory-rate-windows.ts";
import type { OpenStores } from "./stores.ts";

/** Every store in memory: nothing survives the process. */
export function createMemoryStores(): OpenStores {
  return {
    progress: createMemoryProgressStore(),
    preferences: createMemoryPreferenceStore(),
    feedback: createMemoryFeedbackStore(),
    ledger: createMemoryEventLedger(),
    rates: createMemoryRateWindows(),
    memos: createMemoryMemos(),
    close: async () => {},
  };
}
