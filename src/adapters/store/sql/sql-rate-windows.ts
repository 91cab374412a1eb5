import type { Kysely } from "kysely";
import { slideWindow } from "../../../core/limits/rate-window.ts";
import type { RateWindowStore } from "../../../core/ports.ts";
import { parseJson, parseRow } from "./sql-stores.ts";
import { type Database, HitsSchema, RateWindowRowSchema } from "./tables.ts";

/**
 * Tries before giving up on a key that several replicas update at the same
 * moment. Each lost compare-and-set means another take of the same key was
 * written in between, and every take writes at most once, so N concurrent
 * takes of one key always settle within N attempts. 8 let the 12th of 12
 * racing takes through unchecked; one person never has 32 questions in flight.
 */
const ATTEMPTS = 32;
/** Delete windows idle this long (from take), at most this often. */
const PRUNE_EVERY_MS = 5 * 60 * 1000;

/**
 * Shared sliding windows: read the key's recent uses, decide with the same
 * pure slideWindow as in memory, and write back only if nobody else wrote in
 * between (compare-and-set on `version`); a lost race reads again. Portable
 * SQL, so SQLite and Postgres behave alike. A refusal is written too (the
 * count of refusals in a row decides the notice), up to REFUSALS_COUNTED.
 * When the same key loses every attempt the use is allowed: a limit is a
 * courtesy, not a lock.
 */
export function sqlRateWindows(db: Kysely<Database>): RateWindowStore {
  let prunedAt = Number.NEGATIVE_INFINITY;

  async function attempt(key: string, at: number, limit: number, windowMs: number) {
    const row = await db
      .selectFrom("rate_windows")
      .select(["hits", "refusals", "version"])
      .where("rate_key", "=", key)
      .executeTakeFirst();
    const stored = row ? parseRow(RateWindowRowSchema, row, "rate_windows") : undefined;
    const times = stored
      ? parseRow(HitsSchema, parseJson(stored.hits, "rate_windows"), "rate_windows")
      : [];
    const refusals = stored?.refusals ?? 0;
    const next = slideWindow({ times, refusals }, at, limit, windowMs);
    // Past the counted refusals a flood changes nothing, so it writes nothing.
    if (!next.decision.allowed && next.window.refusals === refusals) return next.decision;
    const hits = JSON.stringify(next.window.times);
    const values = { hits, refusals: next.window.refusals, updated_at: at };
    const written = stored
      ? await db
          .updateTable("rate_windows")
          .set({ ...values, version: stored.version + 1 })
          .where("rate_key", "=", key)
          .where("version", "=", stored.version)
          .executeTakeFirst()
          .then((r) => r.numUpdatedRows)
      : await db
          .insertInto("rate_windows")
          .values({ ...values, rate_key: key, version: 1 })
          .onConflict((oc) => oc.column("rate_key").doNothing())
          .executeTakeFirst()
          .then((r) => r.numInsertedOrUpdatedRows ?? 0n);
    return Number(written) === 1 ? next.decision : undefined;
  }

  return {
    async take(key, at, limit, windowMs) {
      if (at - prunedAt >= PRUNE_EVERY_MS) {
        prunedAt = at;
        await db
          .deleteFrom("rate_windows")
          .where("updated_at", "<", at - windowMs)
          .execute();
      }
      for (let i = 0; i < ATTEMPTS; i++) {
        const decision = await attempt(key, at, limit, windowMs);
        if (decision) return decision;
      }
      return { allowed: true };
    },
    async forget(key) {
      await db.deleteFrom("rate_windows").where("rate_key", "=", key).execute();
    },
  };
}
