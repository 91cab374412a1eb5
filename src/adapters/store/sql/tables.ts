import { z } from "zod";

/**
 * The tables, as Kysely sees them and as zod checks them on the way out. Types
 * are portable (text, integer, bigint), so the same queries and migrations run
 * on SQLite and on Postgres; Postgres returns bigint columns as strings, hence
 * the coercion in the row schemas.
 */
export interface Database {
  tutor_progress: {
    user_id: string;
    /** TutorState as JSON. */
    state: string;
    version: number;
    updated_at: number;
  };
  user_preferences: {
    user_id: string;
    lang: string | null;
    updated_at: number;
  };
  feedback_votes: {
    user_id: string;
    answer_key: string;
    vote: string;
    question: string;
    answer: string;
    /** JSON array of entry ids. */
    entry_ids: string;
    at: number;
  };
  event_ledger: {
    event_key: string;
    claimed_at: number;
  };
  memos: {
    memo_key: string;
    body: string;
    created_at: number;
  };
  rate_windows: {
    rate_key: string;
    /** JSON array of epoch ms, oldest first. */
    hits: string;
    /** Questions refused in a row since the last allowed one (capped); 0 by default. */
    refusals: number;
    version: number;
    updated_at: number;
  };
}

const epochMs = z.coerce.number().int().nonnegative();

export const ProgressRowSchema = z.object({
  state: z.string(),
  version: z.coerce.number().int().positive(),
});

export const PreferenceRowSchema = z.object({
  lang: z.enum(["ko", "en"]).nullable(),
});

export const VoteRowSchema = z.object({
  user_id: z.string().min(1),
  answer_key: z.string().min(1),
  vote: z.enum(["helpful", "not_helpful"]),
  question: z.string(),
  answer: z.string(),
  entry_ids: z.string(),
  at: epochMs,
});

export const EntryIdsSchema = z.array(z.string());

export const RateWindowRowSchema = z.object({
  hits: z.string(),
  refusals: z.coerce.number().int().nonnegative(),
  version: z.coerce.number().int().positive(),
});

export const HitsSchema = z.array(epochMs);

export const MemoRowSchema = z.object({ body: z.string() });
