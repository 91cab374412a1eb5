import { chmod, mkdir, mkdtemp, readFile, readlink, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFakeSlackForProcesses } from "../fakes/process-slack-api.ts";
import { TEST_BOT_TOKEN } from "../fakes/slack-harness.ts";
import { childPids, ROOT, spawnMain, spawnNpmStart } from "../fakes/spawn-main.ts";

/**
 * The process as operators run it: `npm start` (what a container's PID 1 is),
 * signals sent to exactly the PID npm start created, and start-up errors that
 * end in one line naming what to fix.
 */

const slack = useFakeSlackForProcesses();

const env = slack.env;

// The executable, not /proc/PID/comm: Node 24 names its main thread "MainThread" there.
const executable = async (pid: number) => path.basename(await readlink(`/proc/${pid}/exe`));

const oneLine = (out: string) =>
  out
    .trim()
    .split("\n")
    .filter((l) => l.startsWith("error ["));

describe("npm start", { timeout: 60_000 }, () => {
  it("runs node itself under npm: no shell or tsx wrapper in between", async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.start).toMatch(/^exec node (?:--[\w-]+=\d+ )*--import tsx src\/main\.ts$/);
    const main = await spawnNpmStart(env());
    try {
      await main.waitHealthy();
      const pid = main.child.pid ?? 0;
      const children = await childPids(pid);
      expect(children).toHaveLength(1);
      expect(await executable(children[0] ?? 0)).toBe("node");
    } finally {
      await main.dispose();
    }
  });

  it("SIGTERM to the npm start PID drains the reply in flight and exits 0", async () => {
    const main = await spawnNpmStart(env());
    try {
      await main.waitHealthy();
      const hold = await slack.replyInFlight(main.origin);
      main.child.kill("SIGTERM");
      await main.waitClosed();
      hold.release();
      expect(await main.exited).toBe(0);
      expect(slack.api().callsTo("chat.postMessage")).toHaveLength(1);
      expect(main.output()).toContain("stopping: no new requests");
    } finally {
      await main.dispose();
    }
  });

  it("SIGINT to the node PID npm start created drains and exits 0, and npm with it", async () => {
    const main = await spawnNpmStart(env());
    try {
      await main.waitHealthy();
      const [node] = await childPids(main.child.pid ?? 0);
      const hold = await slack.replyInFlight(main.origin);
      process.kill(node ?? 0, "SIGINT");
      await main.waitClosed();
      hold.release();
      expect(await main.exited).toBe(0);
      expect(slack.api().callsTo("chat.postMessage")).toHaveLength(1);
    } finally {
      await main.dispose();
    }
  });
});

describe("fatal start-up errors end with one line", { timeout: 30_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "k8s-runtime-bot-kb-"));
  });
  afterAll(async () => {
    await chmod(path.join(dir, "locked"), 0o700).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  });

  async function fails(extra: Record<string, string>): Promise<string> {
    const main = await spawnMain({ ...env(), ...extra });
    try {
      expect(await main.exited).toBe(1);
      const out = main.output();
      expect(out).not.toMatch(/\n\s+at /);
      expect(out).not.toContain(TEST_BOT_TOKEN);
      return out;
    } finally {
      await main.dispose();
    }
  }

  it("KNOWLEDGE_DIR pointing at a file", async () => {
    const file = path.join(dir, "not-a-folder.txt");
    await writeFile(file, "x");
    const out = await fails({ KNOWLEDGE_DIR: file });
    expect(oneLine(out)).toEqual([
      expect.stringContaining(
        `KNOWLEDGE_DIR (${file}) is a file, not a folder: set KNOWLEDGE_DIR to`,
      ),
    ]);
    expect(out).not.toContain("ENOTDIR");
  });

  it("KNOWLEDGE_DIR that does not exist", async () => {
    const missing = path.join(dir, "nowhere");
    const out = await fails({ KNOWLEDGE_DIR: missing });
    expect(oneLine(out)).toEqual([
      expect.stringContaining(`KNOWLEDGE_DIR (${missing}) does not exist`),
    ]);
  });

  it.skipIf(process.getuid?.() === 0)("KNOWLEDGE_DIR that cannot be read", async () => {
    const locked = path.join(dir, "locked");
    await mkdir(locked);
    await chmod(locked, 0o000);
    const out = await fails({ KNOWLEDGE_DIR: locked });
    expect(oneLine(out)).toEqual([expect.stringContaining("cannot be read (permission denied)")]);
  });

  it("an app token Slack rejects (Socket Mode, invalid_auth)", async () => {
    // This fake has no socket server: apps.connections.open answers invalid_auth.
    const out = await fails({ SLACK_APP_TOKEN: "xapp-1-A0APP-rejected" });
    expect(oneLine(out)).toEqual([
      expect.stringContaining("Slack rejected SLACK_APP_TOKEN (invalid_auth)"),
    ]);
    expect(out).not.toContain("xapp-1-A0APP-rejected");
  });
});
