import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  type PostgresTarget,
  poolConfig,
  postgresStartError,
} from "../../src/adapters/store/postgres/pg-pool.ts";
import { AppError } from "../../src/errors.ts";

const target = (url: string, poolSize = 5): PostgresTarget => ({
  kind: "postgres",
  url,
  poolSize,
  ssl: undefined,
  sslCaFile: undefined,
});

const URL_WITH_TLS = "postgres://bot:pw@db:5432/bot?sslmode=verify-full&sslrootcert=/x.pem";

describe("pg pool settings", () => {
  it("passes the URL through untouched when DATABASE_SSL is not set, with the pool size", () => {
    const config = poolConfig(target(URL_WITH_TLS, 7));
    expect(config).toMatchObject({ connectionString: URL_WITH_TLS, max: 7 });
    expect(config.ssl).toBeUndefined();
  });

  it("lets DATABASE_SSL decide, dropping TLS parameters from the URL", () => {
    const required = poolConfig({ ...target(URL_WITH_TLS), ssl: "require" });
    expect(required.connectionString).toBe("postgres://bot:pw@db:5432/bot");
    expect(required.ssl).toEqual({ rejectUnauthorized: false });
    expect(poolConfig({ ...target(URL_WITH_TLS), ssl: "disable" }).ssl).toBe(false);
    const dir = mkdtempSync(path.join(tmpdir(), "k8s-runtime-bot-ca-"));
    const ca = path.join(dir, "ca.pem");
    writeFileSync(ca, "-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n");
    expect(poolConfig({ ...target(URL_WITH_TLS), ssl: "verify-full", sslCaFile: ca }).ssl).toEqual({
      rejectUnauthorized: true,
      ca: expect.stringContaining("BEGIN CERTIFICATE"),
    });
  });

  it("names DATABASE_SSL_CA when the CA file cannot be read", () => {
    const missing = {
      ...target(URL_WITH_TLS),
      ssl: "verify-full" as const,
      sslCaFile: "/no/ca.pem",
    };
    expect(() => poolConfig(missing)).toThrow(
      /^DATABASE_SSL_CA cannot be read \(\/no\/ca\.pem: ENOENT\)/,
    );
  });

  it("turns TLS failures into one line with the setting to change", () => {
    const noTls = postgresStartError(
      "postgres://bot:secret@db/bot",
      "connecting",
      new Error("The server does not support SSL connections"),
    );
    expect(noTls).toBeInstanceOf(AppError);
    expect(noTls.message).toBe(
      "DATABASE_URL: connecting at db:5432/bot failed: The server does not support SSL connections: set DATABASE_SSL=disable (or sslmode=disable in DATABASE_URL) for a server without TLS",
    );
    const selfSigned = postgresStartError(
      "postgres://bot:secret@db/bot",
      "connecting",
      Object.assign(new Error("self-signed certificate in certificate chain"), {
        code: "SELF_SIGNED_CERT_IN_CHAIN",
      }),
    );
    expect(selfSigned.message).toMatch(
      /: set DATABASE_SSL_CA to the CA file .* or DATABASE_SSL=require/,
    );
    expect(selfSigned.message).not.toContain("secret");
  });
});
