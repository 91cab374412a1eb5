import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { poll } from "../fakes/poll.ts";

/** `npm run db:postgres`: the URL first on stdout, a working Postgres, nothing left after SIGTERM. */

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

describe("npm run db:postgres", { timeout: 120_000 }, () => {
  it("prints DATABASE_URL first, serves it, and deletes its data on SIGTERM", async () => {
    const child = spawn(process.execPath, ["--import", TSX, "scripts/db-postgres.ts"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      const url = await poll("the first line", 90_000, async () =>
        stdout.includes("\n") ? stdout.split("\n")[0] : undefined,
      );
      expect(url).toMatch(/^postgres:\/\/postgres:[0-9a-f]+@127\.0\.0\.1:\d+\/k8s_runtime_bot$/);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
      await client.end();
      const dataDir = rows[0]?.data_directory ?? "";
      expect(existsSync(dataDir)).toBe(true);

      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(existsSync(dataDir)).toBe(false);
      expect(stdout.trim().split("\n")).toEqual([url]);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      if (stderr.includes("Error")) console.error(stderr);
    }
  });

  it("refuses a --port that is not a port, with usage", async () => {
    const child = spawn(
      process.execPath,
      ["--import", TSX, "scripts/db-postgres.ts", "--port", "x"],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/--port must be a whole number between 1 and 65535/);
  });
});
