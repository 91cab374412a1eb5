import type {
  EventLedger,
  FeedbackStore,
  MemoStore,
  PreferenceStore,
  RateWindowStore,
  TutorProgressStore,
} from "../../core/ports.ts";

/** Every persistent port the app needs, from one backing store. */
export interface Stores {
  readonly progress: TutorProgressStore;
  readonly preferences: PreferenceStore;
  readonly feedback: FeedbackStore;
  readonly ledger: EventLedger;
  /** Rate-limit counters; shared when the database is. */
  readonly rates: RateWindowStore;
  /** Answers behind feedback buttons, readable by every replica. */
  readonly memos: MemoStore;
}

/** Stores plus the connection behind them. */
export interface OpenStores extends Stores {
  /** Closes the connection; the stores must not be used afterwards. */
  close(): Promise<void>;
}
