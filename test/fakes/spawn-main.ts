import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

/**
 * Runs `src/main.ts` the way `npm start` does (node + tsx), as a child process
 * with the environment given, for start-up, health and shutdown checks.
 */
export interface MainProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly origin: string;
  /** stdout and stderr so far. */
  output(): string;
  /** Polls GET /healthz until it answers 200; resolves with the body. */
  waitHealthy(timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Polls until nothing accepts connections on the port any more. */
  waitClosed(timeoutMs?: number): Promise<void>;
  readonly exited: Promise<number | null>;
}

const ROOT = path.resolve(import.meta.dirname, "../..");

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address !== "object") throw new Error("no port");
  return address.port;
}

/** Retries `attempt` every few ms until it yields a value; no fixed sleeps. */
export async function poll<T>(
  what: string,
  timeoutMs: number,
  attempt: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await attempt().catch(() => undefined);
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function spawnMain(env: Record<string, string>): Promise<MainProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  return {
    child,
    port,
    origin,
    output: () => output,
    waitHealthy: (timeoutMs = 20_000) =>
      poll("/healthz", timeoutMs, async () => {
        const res = await fetch(`${origin}/healthz`);
        if (res.status !== 200) return undefined;
        const body: unknown = await res.json();
        return typeof body === "object" && body !== null ? { ...body } : undefined;
      }),
    waitClosed: (timeoutMs = 20_000) =>
      poll("the port to close", timeoutMs, async () => {
        try {
          await fetch(`${origin}/healthz`);
          return undefined;
        } catch {
          return true;
        }
      }).then(() => undefined),
    exited,
  };
}
