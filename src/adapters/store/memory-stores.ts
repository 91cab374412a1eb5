import { createMemoryEventLedger } from "./memory-event-ledger.ts";
import { createMemoryFeedbackStore } from "./memory-feedback-store.ts";
import { createMemoryPreferenceStore } from "./memory-preference-store.ts";
import { createMemoryProgressStore } from "./memory-progress-store.ts";
import type { OpenStores } from "./stores.ts";

/** Every store in memory: nothing survives the process. */
export function createMemoryStores(): OpenStores {
  return {
    progress: createMemoryProgressStore(),
    preferences: createMemoryPreferenceStore(),
    feedback: createMemoryFeedbackStore(),
    ledger: createMemoryEventLedger(),
    close: async () => {},
  };
}
