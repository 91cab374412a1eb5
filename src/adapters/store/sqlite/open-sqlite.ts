import { mkdirSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { migrations } from "../sql/migrations.ts";
import { sqlStores } from "../sql/sql-stores.ts";
import type { Database } from "../sql/tables.ts";
import type { OpenStores } from "../stores.ts";
import { storeOpenError } from "./store-errors.ts";

export interface SqliteOptions {
  /** A file path, or ":memory:" for a private database that lives as long as the process. */
  readonly path: string;
  /** How long a statement waits for another process's write lock before failing. */
  readonly busyTimeoutMs?: number;
  readonly now?: () => number;
}

/**
 * Migrations run in one transaction, but Kysely takes no lock across processes
 * on SQLite: a second process starting at the same moment can read "nothing
 * applied", then fail on the first process's tables or columns ("already
 * exists", "duplicate column name") or stale snapshot. Its transaction rolls
 * back, and the next go sees the migrations already applied.
 */
const MIGRATION_ATTEMPTS = 8;
/**
 * A lost race is retried after a growing pause: retrying at once could spend every attempt while
 * the other process is still inside its migration transaction, as a loaded CI machine showed
 * (SQLite fails a deferred transaction's upgrade to a write lock at once, without the busy timeout).
 */
const MIGRATION_RETRY_MS = 25;

function lostMigrationRace(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? "");
  const message = error instanceof Error ? error.message : "";
  return code.startsWith("SQLITE_BUSY") || /already exists|duplicate column name/.test(message);
}

function openFile(file: string, busyTimeoutMs: number): BetterSqlite3.Database {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new BetterSqlite3(file, { timeout: busyTimeoutMs });
  try {
    // WAL: readers never block the writer, and a crash mid-write loses nothing committed.
    if (file !== ":memory:") sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    // Reading the schema fails at once on a file that is not a database.
    sqlite.prepare("select count(*) from sqlite_master").get();
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (!error) return;
    if (!lostMigrationRace(error) || attempt >= MIGRATION_ATTEMPTS) throw error;
    await new Promise((resolve) => setTimeout(resolve, MIGRATION_RETRY_MS * attempt));
  }
}

/**
 * Opens (creating file and folder on first run) the SQLite database, brings its
 * schema up to date and returns the stores over it. Any failure becomes one
 * AppError that names the path and the fix; the file is never deleted or
 * rewritten, so nothing saved is lost.
 */
export async function openSqliteStores(options: SqliteOptions): Promise<OpenStores> {
  const file = options.path;
  let db: Kysely<Database> | undefined;
  try {
    const sqlite = openFile(file, options.busyTimeoutMs ?? 5000);
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(db);
  } catch (error) {
    await db?.destroy().catch(() => undefined);
    throw storeOpenError(file, error);
  }
  const opened = db;
  const stores = sqlStores(opened, options.now ?? Date.now);
  return {
    ...stores,
    async close() {
      await opened.destroy();
    },
  };
}
