import { afterAll, beforeAll } from "vitest";
import {
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from "../../scripts/throwaway-postgres.ts";
import type { PostgresTarget } from "../../src/adapters/store/postgres/pg-pool.ts";

/**
 * A real Postgres for this test file: started once in beforeAll from the npm
 * package's binaries (nothing pre-installed), stopped and deleted in afterAll.
 * Each `freshDatabase()` is a new empty database on it, so tests never share rows.
 */
export interface PostgresFixture {
  readonly server: () => ThrowawayPostgres;
  freshDatabase(): Promise<PostgresTarget>;
}

export function target(url: string, poolSize = 5): PostgresTarget {
  return { kind: "postgres", url, poolSize, ssl: undefined, sslCaFile: undefined };
}

export function usePostgres(): PostgresFixture {
  let pg: ThrowawayPostgres | undefined;
  let count = 0;
  beforeAll(async () => {
    pg = await startThrowawayPostgres();
  }, 120_000);
  afterAll(async () => {
    await pg?.stop();
  }, 60_000);
  const server = () => {
    if (!pg) throw new Error("Postgres is not started: call usePostgres() at the top of the file");
    return pg;
  };
  return {
    server,
    async freshDatabase() {
      count++;
      return target(await server().createDatabase(`test_${process.pid}_${count}`));
    },
  };
}
