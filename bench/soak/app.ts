import { readFile } from "node:fs/promises";
import { childPids, type MainProcess, spawnNpmStart } from "../../test/fakes/spawn-main.ts";

/**
 * The app as the soak runs it: `npm start` in a child process, its node PID for
 * memory samples, and a SIGTERM to the npm PID (what a container runtime sends
 * to PID 1) followed by a restart.
 */

export interface RunningApp {
  readonly main: MainProcess;
  readonly nodePid: number;
}

export async function startApp(env: Record<string, string>): Promise<RunningApp> {
  const main = await spawnNpmStart(env);
  await main.waitHealthy(60_000).catch(async (error: unknown) => {
    process.stderr.write(main.output());
    await main.dispose();
    throw error;
  });
  const [nodePid] = await childPids(main.child.pid ?? 0);
  return { main, nodePid: nodePid ?? 0 };
}

/** SIGTERM to npm; resolves with the exit code and how long the drain took. */
export async function stopApp(app: RunningApp): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  app.main.child.kill("SIGTERM");
  const code = await app.main.exited;
  return { code, ms: Date.now() - started };
}

/** SIGTERM the app and start a new one: how the old one drained and how long the new one took. */
export async function restartApp(
  app: RunningApp,
  env: Record<string, string>,
): Promise<{
  app: RunningApp;
  sigterm: { code: number | null; drainMs: number };
  restartMs: number;
}> {
  const { code, ms } = await stopApp(app);
  const started = Date.now();
  const next = await startApp(env);
  return { app: next, sigterm: { code, drainMs: ms }, restartMs: Date.now() - started };
}

export async function rssMb(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kb ? Math.round(Number(kb) / 1024) : undefined;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
