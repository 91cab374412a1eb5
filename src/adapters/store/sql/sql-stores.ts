import type { Kysely } from "kysely";
import type {
  EventLedger,
  FeedbackStore,
  FeedbackVote,
  PreferenceStore,
  TutorProgressStore,
} from "../../../core/ports.ts";
import { TutorStateSchema } from "../../../core/tutor/state.ts";
import { AppError, ErrorCode } from "../../../errors.ts";
import type { Stores } from "../stores.ts";
import { sqlMemos } from "./sql-memos.ts";
import { sqlRateWindows } from "./sql-rate-windows.ts";
import {
  type Database,
  EntryIdsSchema,
  PreferenceRowSchema,
  ProgressRowSchema,
  VoteRowSchema,
} from "./tables.ts";

/**
 * The store ports over any Kysely dialect: only portable SQL (upserts with
 * ON CONFLICT, compare-and-set updates), one statement per operation so each
 * is atomic on its own. SQLite uses these today; Postgres can reuse them.
 */

/** How long a delivery id is remembered: Slack retries within minutes. */
export const LEDGER_KEEP_MS = 60 * 60 * 1000;
/** Prune the ledger at most this often (from claim), not on every event. */
const LEDGER_PRUNE_EVERY_MS = 5 * 60 * 1000;

export function parseRow<T>(schema: { parse(value: unknown): T }, row: unknown, table: string): T {
  try {
    return schema.parse(row);
  } catch (error) {
    throw new AppError(ErrorCode.StoreFailed, `a row in ${table} is not valid`, { cause: error });
  }
}

export function parseJson(text: string, table: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError(ErrorCode.StoreFailed, `a row in ${table} holds broken JSON`, {
      cause: error,
    });
  }
}

export function sqlProgressStore(db: Kysely<Database>): TutorProgressStore {
  return {
    async load(userId) {
      const row = await db
        .selectFrom("tutor_progress")
        .select(["state", "version"])
        .where("user_id", "=", userId)
        .executeTakeFirst();
      if (!row) return undefined;
      const parsed = parseRow(ProgressRowSchema, row, "tutor_progress");
      const state = parseRow(
        TutorStateSchema,
        parseJson(parsed.state, "tutor_progress"),
        "tutor_progress",
      );
      return { state, version: parsed.version };
    },
    async save(userId, state, expectedVersion, at) {
      const json = JSON.stringify(TutorStateSchema.parse(state));
      const next = expectedVersion + 1;
      const result =
        expectedVersion === 0
          ? await db
              .insertInto("tutor_progress")
              .values({ user_id: userId, state: json, version: next, updated_at: at })
              .onConflict((oc) => oc.column("user_id").doNothing())
              .executeTakeFirst()
              .then((r) => r.numInsertedOrUpdatedRows ?? 0n)
          : await db
              .updateTable("tutor_progress")
              .set({ state: json, version: next, updated_at: at })
              .where("user_id", "=", userId)
              .where("version", "=", expectedVersion)
              .executeTakeFirst()
              .then((r) => r.numUpdatedRows);
      return Number(result) === 1 ? next : undefined;
    },
  };
}

export function sqlPreferenceStore(db: Kysely<Database>, now: () => number): PreferenceStore {
  return {
    async getLang(userId) {
      const row = await db
        .selectFrom("user_preferences")
        .select("lang")
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return row
        ? (parseRow(PreferenceRowSchema, row, "user_preferences").lang ?? undefined)
        : undefined;
    },
    async setLang(userId, lang) {
      const at = now();
      await db
        .insertInto("user_preferences")
        .values({ user_id: userId, lang, updated_at: at })
        .onConflict((oc) => oc.column("user_id").doUpdateSet({ lang, updated_at: at }))
        .execute();
    },
  };
}

export function sqlFeedbackStore(db: Kysely<Database>): FeedbackStore {
  return {
    async recordVote(vote) {
      const row = {
        vote: vote.vote,
        question: vote.question,
        answer: vote.answer,
        entry_ids: JSON.stringify(vote.entryIds),
        at: vote.at,
      };
      await db
        .insertInto("feedback_votes")
        .values({ user_id: vote.userId, answer_key: vote.answerKey, ...row })
        .onConflict((oc) => oc.columns(["user_id", "answer_key"]).doUpdateSet(row))
        .execute();
    },
    async listVotes(query = {}) {
      let select = db.selectFrom("feedback_votes").selectAll();
      if (query.answerKey !== undefined) select = select.where("answer_key", "=", query.answerKey);
      const rows = await select
        .orderBy("at", "desc")
        .orderBy("user_id", "desc")
        .limit(query.limit ?? 1000)
        .execute();
      return rows.reverse().map((raw): FeedbackVote => {
        const row = parseRow(VoteRowSchema, raw, "feedback_votes");
        return {
          userId: row.user_id,
          answerKey: row.answer_key,
          vote: row.vote,
          question: row.question,
          answer: row.answer,
          entryIds: parseRow(
            EntryIdsSchema,
            parseJson(row.entry_ids, "feedback_votes"),
            "feedback_votes",
          ),
          at: row.at,
        };
      });
    },
  };
}

export function sqlEventLedger(db: Kysely<Database>, keepMs = LEDGER_KEEP_MS): EventLedger {
  let prunedAt = Number.NEGATIVE_INFINITY;
  const ledger: EventLedger = {
    async claim(keys, at) {
      // Sorted: two replicas inserting overlapping keys lock rows in the same
      // order, so Postgres never has to break a deadlock between them.
      const unique = [...new Set(keys)].sort();
      if (unique.length === 0) return true;
      if (at - prunedAt >= LEDGER_PRUNE_EVERY_MS) {
        prunedAt = at;
        await ledger.prune(at - keepMs);
      }
      // One statement: either this call inserts every key, or some key was there.
      const result = await db
        .insertInto("event_ledger")
        .values(unique.map((key) => ({ event_key: key, claimed_at: at })))
        .onConflict((oc) => oc.column("event_key").doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === unique.length;
    },
    async release(keys) {
      if (keys.length === 0) return;
      await db
        .deleteFrom("event_ledger")
        .where("event_key", "in", [...keys])
        .execute();
    },
    async prune(before) {
      await db.deleteFrom("event_ledger").where("claimed_at", "<", before).execute();
    },
  };
  return ledger;
}

/** Every store over one database. */
export function sqlStores(db: Kysely<Database>, now: () => number): Stores {
  return {
    progress: sqlProgressStore(db),
    preferences: sqlPreferenceStore(db, now),
    feedback: sqlFeedbackStore(db),
    ledger: sqlEventLedger(db),
    rates: sqlRateWindows(db),
    memos: sqlMemos(db),
  };
}
