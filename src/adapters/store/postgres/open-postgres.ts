import { Kysely, Migrator, PostgresDialect, sql } from "kysely";
import type { Logger } from "../../../core/ports.ts";
import { migrations } from "../sql/migrations.ts";
import { sqlStores } from "../sql/sql-stores.ts";
import type { Database } from "../sql/tables.ts";
import type { OpenStores } from "../stores.ts";
import { createPool, type PostgresTarget, postgresStartError } from "./pg-pool.ts";

export interface PostgresStoreOptions {
  readonly logger: Logger;
  readonly now?: () => number;
}

/**
 * Runs the same migrations as SQLite. Replicas starting together are safe:
 * Kysely's migrator takes a Postgres advisory lock, so one migrates and the
 * others then find the schema up to date.
 */
async function migrate(db: Kysely<Database>, url: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (!error) return;
  const failed = results?.find((r) => r.status === "Error")?.migrationName;
  throw postgresStartError(url, failed ? `migration ${failed}` : "migrating the schema", error);
}

/**
 * Connects to Postgres at DATABASE_URL, brings the schema up to date and
 * returns the stores over a connection pool shared by every request of this
 * replica. A database that cannot be reached, refuses the login or cannot be
 * migrated becomes one AppError naming DATABASE_URL (never its password) and the fix.
 */
export async function openPostgresStores(
  target: PostgresTarget,
  options: PostgresStoreOptions,
): Promise<OpenStores> {
  const pool = createPool(target, options.logger);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db).catch((error: unknown) => {
      throw postgresStartError(target.url, "connecting", error);
    });
    await migrate(db, target.url);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
  return {
    ...sqlStores(db, options.now ?? Date.now),
    async close() {
      await db.destroy();
    },
  };
}
