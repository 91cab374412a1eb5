import type { Kysely, Migration } from "kysely";

/**
 * Versioned schema changes, applied in name order by Kysely's Migrator and
 * recorded in its kysely_migration table. Written with the schema builder and
 * portable column types only, so Postgres runs the same list. Never edit a
 * migration that has shipped: add the next one.
 */
export const migrations: Record<string, Migration> = {
  "0001-initial": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("tutor_progress")
        .addColumn("user_id", "text", (c) => c.primaryKey())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("user_preferences")
        .addColumn("user_id", "text", (c) => c.primaryKey())
        .addColumn("lang", "text")
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("feedback_votes")
        .addColumn("user_id", "text", (c) => c.notNull())
        .addColumn("answer_key", "text", (c) => c.notNull())
        .addColumn("vote", "text", (c) => c.notNull())
        .addColumn("question", "text", (c) => c.notNull())
        .addColumn("answer", "text", (c) => c.notNull())
        .addColumn("entry_ids", "text", (c) => c.notNull())
        .addColumn("at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("feedback_votes_pk", ["user_id", "answer_key"])
        .execute();
      await db.schema.createIndex("feedback_votes_at").on("feedback_votes").column("at").execute();
      await db.schema
        .createTable("event_ledger")
        .addColumn("event_key", "text", (c) => c.primaryKey())
        .addColumn("claimed_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("event_ledger_claimed_at")
        .on("event_ledger")
        .column("claimed_at")
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ["event_ledger", "feedback_votes", "user_preferences", "tutor_progress"])
        await db.schema.dropTable(table).execute();
    },
  },
  // Rate limits shared by every replica: one row per user, the recent uses as
  // JSON, updated compare-and-set on `version` like tutoring progress.
  "0002-rate-windows": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("rate_windows")
        .addColumn("rate_key", "text", (c) => c.primaryKey())
        .addColumn("hits", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("rate_windows_updated_at")
        .on("rate_windows")
        .column("updated_at")
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("rate_windows").execute();
    },
  },
  // What a replica needs to redraw a message another replica sent (the answer
  // behind its feedback buttons): kept a week, then pruned.
  "0003-memos": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("memos")
        .addColumn("memo_key", "text", (c) => c.primaryKey())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("memos_created_at").on("memos").column("created_at").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("memos").execute();
    },
  },
  // Refusals in a row per rate window, so every replica agrees whether a
  // refused question gets a public notice, a private one or none at all.
  "0004-rate-window-refusals": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("rate_windows")
        .addColumn("refusals", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("rate_windows").dropColumn("refusals").execute();
    },
  },
};
