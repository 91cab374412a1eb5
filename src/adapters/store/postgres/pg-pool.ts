import { readFileSync } from "node:fs";
import pg from "pg";
import type { DatabaseTarget } from "../../../config.ts";
import type { Logger } from "../../../core/ports.ts";
import { AppError, ErrorCode } from "../../../errors.ts";

export type PostgresTarget = Extract<DatabaseTarget, { kind: "postgres" }>;

/** URL parameters that decide TLS; dropped when DATABASE_SSL decides instead. */
const SSL_PARAMS = ["sslmode", "sslrootcert", "sslcert", "sslkey", "uselibpqcompat"];

/** How long a new connection may take before start-up reports the database unreachable. */
const CONNECT_TIMEOUT_MS = 5_000;

function tlsOptions(target: PostgresTarget): pg.PoolConfig["ssl"] {
  if (target.ssl === "disable") return false;
  if (target.ssl === "require") return { rejectUnauthorized: false };
  const ca = target.sslCaFile ? readCa(target.sslCaFile) : undefined;
  return { rejectUnauthorized: true, ...(ca ? { ca } : {}) };
}

function readCa(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new AppError(
      ErrorCode.ConfigInvalid,
      `DATABASE_SSL_CA cannot be read (${file}: ${code}): point it at the PEM file of the CA that signed the database's certificate`,
      { cause: error },
    );
  }
}

/**
 * pg's pool settings for the target. Without DATABASE_SSL the URL speaks for
 * itself (sslmode, sslrootcert… as pg reads them); with it, TLS parameters in the
 * URL are dropped, because pg would let them override the explicit setting.
 */
export function poolConfig(target: PostgresTarget): pg.PoolConfig {
  const base: pg.PoolConfig = {
    max: target.poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    application_name: "k8s-runtime-bot",
  };
  if (target.ssl === undefined) return { ...base, connectionString: target.url };
  const url = new URL(target.url);
  for (const name of SSL_PARAMS) url.searchParams.delete(name);
  return { ...base, connectionString: url.toString(), ssl: tlsOptions(target) };
}

/** host:port/database, for messages: never the user or password. */
export function describeTarget(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
}

const FIX_BY_CODE: Record<string, string> = {
  ECONNREFUSED: "start the database or fix the host and port in DATABASE_URL",
  ENOTFOUND: "fix the host name in DATABASE_URL (is the Service name right?)",
  EAI_AGAIN: "fix the host name in DATABASE_URL, or check DNS from this machine",
  ETIMEDOUT: "check that the database accepts connections from here (network policy, firewall)",
  // Postgres SQLSTATEs
  "28P01": "fix the user name or password in DATABASE_URL",
  "28000": "allow this user and host in pg_hba.conf, or fix the user in DATABASE_URL",
  "3D000": "create the database (CREATE DATABASE …) or fix its name in DATABASE_URL",
  "42501":
    "grant the user in DATABASE_URL the right to create tables (GRANT CREATE ON SCHEMA public)",
  "53300": "raise max_connections on the server or lower DATABASE_POOL_SIZE",
};

function fixFor(error: unknown, message: string): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === "string" && FIX_BY_CODE[code]) return FIX_BY_CODE[code];
  if (/does not support SSL/i.test(message))
    return "set DATABASE_SSL=disable (or sslmode=disable in DATABASE_URL) for a server without TLS";
  if (/certificate|self[- ]signed/i.test(message))
    return "set DATABASE_SSL_CA to the CA file that signed the server's certificate, or DATABASE_SSL=require to skip the check";
  if (/timeout/i.test(message))
    return "check that the database is running and reachable from here, and the host and port in DATABASE_URL";
  return "check DATABASE_URL and that the database is running";
}

/**
 * One line for a database that cannot be used at start-up: what failed, where
 * (host, port, database; never credentials) and what to change.
 */
export function postgresStartError(url: string, step: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const raw = error instanceof Error ? error.message || error.name : String(error);
  const code = (error as { code?: unknown } | undefined)?.code;
  const reason = typeof code === "string" && !raw.includes(code) ? `${raw} (${code})` : raw;
  return new AppError(
    ErrorCode.StoreFailed,
    `DATABASE_URL: ${step} at ${describeTarget(url)} failed: ${reason}: ${fixFor(error, raw)}`,
    { cause: error },
  );
}

/**
 * A pool whose idle-connection errors (database restarted, failover) are logged
 * instead of crashing the process; the next query opens a new connection.
 */
export function createPool(target: PostgresTarget, logger: Logger): pg.Pool {
  const pool = new pg.Pool(poolConfig(target));
  pool.on("error", (error) => {
    logger.warn(
      { err: error.message, code: (error as { code?: string }).code },
      "idle database connection failed",
    );
  });
  return pool;
}
