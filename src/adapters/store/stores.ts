import type {
  EventLedger,
  FeedbackStore,
  PreferenceStore,
  TutorProgressStore,
} from "../../core/ports.ts";

/** Every persistent port the app needs, from one backing store. */
export interface Stores {
  readonly progress: TutorProgressStore;
  readonly preferences: PreferenceStore;
  readonly feedback: FeedbackStore;
  readonly ledger: EventLedger;
}

/** Stores plus the connection behind them. */
export interface OpenStores extends Stores {
  /** Closes the connection; the stores must not be used afterwards. */
  close(): Promise<void>;
}
