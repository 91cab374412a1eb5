import type { DatabaseTarget } from "../../config.ts";
import type { Logger } from "../../core/ports.ts";
import { openSqliteStores } from "./sqlite/open-sqlite.ts";
import type { OpenStores } from "./stores.ts";

/**
 * The stores for the database the settings select: SQLite for one process,
 * Postgres when several replicas share their state. Same ports, same queries.
 */
export async function openStores(
  target: DatabaseTarget,
  options: { readonly logger: Logger; readonly now?: () => number },
): Promise<OpenStores> {
  if (target.kind === "postgres") {
    // Loaded only when used: a single SQLite process (and the terminal) never pays for pg.
    const { openPostgresStores } = await import("./postgres/open-postgres.ts");
    return openPostgresStores(target, options);
  }
  return openSqliteStores({ path: target.path, ...(options.now ? { now: options.now } : {}) });
}

/** Where the state lives, for the start-up log line: never a password. */
export function describeDatabase(target: DatabaseTarget): string {
  if (target.kind === "sqlite") return `sqlite ${target.path}`;
  const url = new URL(target.url);
  return `postgres ${url.hostname}:${url.port || "5432"}${url.pathname}`;
}
