import type { Kysely } from "kysely";
import type { MemoStore } from "../../../core/ports.ts";
import { parseRow } from "./sql-stores.ts";
import { type Database, MemoRowSchema } from "./tables.ts";

/** The MemoStore port over any Kysely dialect: one row per key, upserted. */
export function sqlMemos(db: Kysely<Database>): MemoStore {
  return {
    async put(key, value, at) {
      await db
        .insertInto("memos")
        .values({ memo_key: key, body: value, created_at: at })
        .onConflict((oc) => oc.column("memo_key").doUpdateSet({ body: value, created_at: at }))
        .execute();
    },
    async get(key, notBefore) {
      const row = await db
        .selectFrom("memos")
        .select("body")
        .where("memo_key", "=", key)
        .where("created_at", ">=", notBefore)
        .executeTakeFirst();
      return row ? parseRow(MemoRowSchema, row, "memos").body : undefined;
    },
    async prune(before) {
      await db.deleteFrom("memos").where("created_at", "<", before).execute();
    },
  };
}
