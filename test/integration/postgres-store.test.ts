import pg from "pg";
import { describe, expect, it } from "vitest";
import { openPostgresStores } from "../../src/adapters/store/postgres/open-postgres.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { initialState } from "../../src/core/tutor/state.ts";
import { AppError } from "../../src/errors.ts";
import { describeStoreContract } from "../contracts/store-contract.ts";
import { target, usePostgres } from "../helpers/postgres.ts";

/**
 * The store contract on a real Postgres (started by the test itself), and what
 * a replica sees when the database is unreachable, refuses it, or cannot be
 * migrated: one line that names DATABASE_URL and the fix, never the password.
 */

const postgres = usePostgres();
const open = async () =>
  openPostgresStores(await postgres.freshDatabase(), { logger: silentLogger });

describeStoreContract("postgres", open);

async function openError(url: string): Promise<AppError> {
  const error = await openPostgresStores(target(url), { logger: silentLogger }).then(
    (stores) => stores.close().then(() => undefined),
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** Runs SQL as the superuser on the throwaway server's main database. */
async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgres.server().url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe("Postgres store", { timeout: 60_000 }, () => {
  it("lets replicas that start together migrate one fresh database", async () => {
    const db = await postgres.freshDatabase();
    const replicas = await Promise.all(
      [1, 2, 3].map(() => openPostgresStores(db, { logger: silentLogger })),
    );
    const claims = await Promise.all(replicas.map((r) => r.ledger.claim(["event:E1"], 1)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await Promise.all(replicas.map((r) => r.close()));
  });

  it("keeps two replicas' stores on one database consistent under racing writes", async () => {
    const db = await postgres.freshDatabase();
    const [a, b] = await Promise.all(
      [1, 2].map(() => openPostgresStores(db, { logger: silentLogger })),
    );
    if (!a || !b) throw new Error("two stores expected");
    try {
      // 50 deliveries, each arriving at both replicas at once (message + app_mention keys).
      const claims = await Promise.all(
        Array.from({ length: 50 }, (_, i) => {
          const keys = [`event:E${i}`, `msg:M${i}`];
          return Promise.all([a.ledger.claim(keys, i), b.ledger.claim([...keys].reverse(), i)]);
        }),
      );
      for (const pair of claims) expect(pair.filter(Boolean)).toHaveLength(1);

      const state = { ...initialState("en"), seq: 1 };
      await a.progress.save("U1", state, 0, 1);
      const saves = await Promise.all([
        a.progress.save("U1", { ...state, seq: 2 }, 1, 2),
        b.progress.save("U1", { ...state, seq: 3 }, 1, 2),
      ]);
      expect(saves.filter((v) => v === 2)).toHaveLength(1);

      const takes = await Promise.all(
        Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).rates.take("q:U1", 1_000, 5, 60_000)),
      );
      expect(takes.filter((d) => d.allowed)).toHaveLength(5);

      await b.preferences.setLang("U1", "ko");
      expect(await a.preferences.getLang("U1")).toBe("ko");
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("names DATABASE_URL and the fix when nothing listens on the port", async () => {
    const url = new URL(postgres.server().url);
    url.port = "1";
    const error = await openError(url.toString());
    expect(error.code).toBe("STORE_FAILED");
    expect(error.message).toMatch(
      /^DATABASE_URL: connecting at 127\.0\.0\.1:1\/k8s_runtime_bot failed: .*ECONNREFUSED.*: start the database or fix the host and port/,
    );
    expect(error.message).not.toContain(url.password);
    expect(error.message).not.toContain("\n");
  });

  it("names the fix for a wrong password or a missing database, without the password", async () => {
    const wrong = new URL(postgres.server().url);
    wrong.password = "not-the-password";
    const denied = await openError(wrong.toString());
    expect(denied.message).toMatch(/^DATABASE_URL: connecting .*: fix the user name or password/);
    expect(denied.message).not.toContain("not-the-password");

    const missing = new URL(postgres.server().url);
    missing.pathname = "/no_such_db";
    expect((await openError(missing.toString())).message).toMatch(
      /no_such_db failed: .*does not exist.*: create the database/,
    );
  });

  it("names the failed step and the fix when the user may not create tables", async () => {
    const db = await postgres.freshDatabase();
    const name = new URL(db.url).pathname.slice(1);
    const role = `reader_${process.pid}`;
    await admin(`CREATE ROLE ${role} LOGIN PASSWORD 'reader-pw'`);
    await admin(`GRANT CONNECT ON DATABASE ${name} TO ${role}`);
    const url = new URL(db.url);
    url.username = role;
    url.password = "reader-pw";
    const error = await openError(url.toString());
    expect(error.message).toMatch(
      /^DATABASE_URL: migrat.* at .* failed: permission denied.*: grant the user .*\(GRANT CREATE ON SCHEMA public\)/,
    );
  });
});
