import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../fakes/spawn-main.ts";

/**
 * The repo's vitest.config.ts, applied to a throw-away test in a temporary
 * folder: a golden file that does not exist must fail the run, also outside CI
 * (vitest's default writes it and passes, hiding a lost golden).
 */

const PROBE = `it("golden", async () => {
  await expect("hello").toMatchFileSnapshot("./missing-golden.txt");
});
`;

function runVitest(root: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, "node_modules/vitest/vitest.mjs"),
      "run",
      "--root",
      root,
      "--config",
      path.join(ROOT, "vitest.config.ts"),
      // The probe lives outside the repo, where `import "vitest"` would not resolve.
      "--globals",
    ],
    // No CI, GITHUB_ACTIONS and the like: this is about a developer's machine.
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}

describe("vitest.config.ts", { timeout: 30_000 }, () => {
  it("fails on a missing golden file instead of writing it, even without CI=true", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "k8s-runtime-bot-vitest-"));
    try {
      await writeFile(path.join(root, "probe.test.ts"), PROBE);
      const { code, output } = await runVitest(root);
      expect(code).toBe(1);
      expect(output).toContain("Snapshot `golden 1` mismatched");
      expect(existsSync(path.join(root, "missing-golden.txt"))).toBe(false);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
