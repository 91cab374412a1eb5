import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { poll } from "./poll.ts";

export { poll };

/**
 * Runs `src/main.ts` the way `npm start` does (node + tsx), as a child process
 * with the environment given, for start-up, health and shutdown checks.
 *
 * The child runs in a fresh temporary folder, never the repo root: main.ts loads
 * `.env` from its working directory, and a developer's own `.env` (the README
 * asks for one) must not leak real tokens or settings into a test run.
 */
export interface MainProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly origin: string;
  /** The child's working directory: a temporary folder removed when it exits. */
  readonly cwd: string;
  /** stdout and stderr so far. */
  output(): string;
  /** Polls GET /healthz until it answers 200; resolves with the body. */
  waitHealthy(timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Polls until nothing accepts connections on the port any more. */
  waitClosed(timeoutMs?: number): Promise<void>;
  readonly exited: Promise<number | null>;
  /** Kills the child if it still runs and waits for it to go; for `finally`. */
  dispose(): Promise<void>;
}

export interface SpawnOptions {
  /** Files to create in the child's working directory before it starts, e.g. `.env`. */
  readonly files?: Readonly<Record<string, string>>;
}

export const ROOT = path.resolve(import.meta.dirname, "../..");
const MAIN = path.join(ROOT, "src/main.ts");
// By absolute URL: a bare `--import tsx` would be resolved from the temporary cwd.
const TSX_LOADER = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address !== "object") throw new Error("no port");
  return address.port;
}

async function workDir(files: Readonly<Record<string, string>>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "k8s-runtime-bot-main-"));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

export async function spawnMain(
  env: Record<string, string>,
  options: SpawnOptions = {},
): Promise<MainProcess> {
  return spawnIn(env, options, (cwd) => [process.execPath, ["--import", TSX_LOADER, MAIN], cwd]);
}

/**
 * `npm start` itself, as a container would run it, in a temporary folder that
 * links the repo's package.json, src, node_modules and knowledge (so no `.env`
 * of the developer's is read). `child` is the npm process.
 */
export async function spawnNpmStart(
  env: Record<string, string>,
  options: SpawnOptions = {},
): Promise<MainProcess> {
  return spawnIn(env, options, (cwd) => ["npm", ["start", "--silent"], cwd], true);
}

async function linkRepo(cwd: string): Promise<void> {
  for (const name of ["package.json", "src", "node_modules", "knowledge"])
    await symlink(path.join(ROOT, name), path.join(cwd, name));
}

/** The processes whose parent is `pid` (Linux /proc), e.g. what npm started. */
export async function childPids(pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "");
  return text
    .split(/\s+/)
    .filter((t) => t !== "")
    .map(Number);
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // Already gone: nothing to stop.
  }
}

async function spawnIn(
  env: Record<string, string>,
  options: SpawnOptions,
  command: (cwd: string) => [string, string[], string],
  viaNpm = false,
): Promise<MainProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const cwd = await workDir(options.files ?? {});
  if (viaNpm) await linkRepo(cwd);
  const [file, args] = command(cwd);
  const child = spawn(file, args, {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      ...(viaNpm ? { HOME: process.env.HOME ?? cwd, npm_config_update_notifier: "false" } : {}),
      PORT: String(port),
      // The default, "knowledge", is relative to the cwd, which is no longer the repo.
      KNOWLEDGE_DIR: path.join(ROOT, "knowledge"),
      ...env,
    },
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
  ).then(async (code) => {
    await rm(cwd, { recursive: true, force: true });
    return code;
  });
  return {
    child,
    port,
    origin,
    cwd,
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
    async dispose() {
      if (child.exitCode === null && child.signalCode === null) {
        // SIGKILL to npm would leave the node it started running with no parent: kill that first.
        if (viaNpm && child.pid !== undefined)
          for (const pid of await childPids(child.pid)) killQuietly(pid);
        child.kill("SIGKILL");
      }
      await exited;
    },
  };
}
