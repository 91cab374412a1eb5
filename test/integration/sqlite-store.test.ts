import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStores } from "../../src/adapters/store/sqlite/open-sqlite.ts";
import { initialState } from "../../src/core/tutor/state.ts";
import { AppError } from "../../src/errors.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const WORKER = path.join(ROOT, "test/fakes/store-worker.ts");
const run = promisify(execFile);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "k8s-runtime-bot-store-"));
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

async function openError(file: string, busyTimeoutMs = 5000): Promise<AppError> {
  const error = await openSqliteStores({ path: file, busyTimeoutMs }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("SQLite store on a file", () => {
  it("creates the file and its folders on first run, in WAL mode", async () => {
    const file = path.join(dir, "nested/data/bot.db");
    const stores = await openSqliteStores({ path: file });
    await stores.close();
    expect(existsSync(file)).toBe(true);
    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    raw.close();
  });

  it("keeps progress, settings, votes and claimed events across a restart", async () => {
    const file = path.join(dir, "bot.db");
    const first = await openSqliteStores({ path: file });
    await first.progress.save("U1", { ...initialState("en"), seq: 7 }, 0, 1);
    await first.preferences.setLang("U1", "en");
    await first.feedback.recordVote({
      userId: "U1",
      answerKey: "k",
      vote: "helpful",
      question: "q",
      answer: "a",
      entryIds: ["cri"],
      at: 5,
    });
    await first.ledger.claim(["Ev1"], Date.now());
    await first.close();

    const second = await openSqliteStores({ path: file });
    expect((await second.progress.load("U1"))?.state.seq).toBe(7);
    expect(await second.preferences.getLang("U1")).toBe("en");
    expect(await second.feedback.listVotes()).toHaveLength(1);
    expect(await second.ledger.claim(["Ev1"], Date.now())).toBe(false);
    await second.close();
  });

  it("the ledger forgets delivery ids after an hour by itself", async () => {
    const stores = await openSqliteStores({ path: path.join(dir, "bot.db") });
    const hour = 60 * 60 * 1000;
    expect(await stores.ledger.claim(["Ev-old"], 1_000)).toBe(true);
    expect(await stores.ledger.claim(["Ev-old"], 1_000 + hour - 1)).toBe(false);
    // The next claim more than an hour later prunes first.
    expect(await stores.ledger.claim(["Ev-new"], 1_000 + 2 * hour)).toBe(true);
    expect(await stores.ledger.claim(["Ev-old"], 1_000 + 2 * hour)).toBe(true);
    await stores.close();
  });

  it("two processes on one new file: migrations once, every key claimed once, no lost save", async () => {
    const file = path.join(dir, "shared.db");
    const rounds = 20;
    const worker = () =>
      run(process.execPath, ["--import", TSX, WORKER, file, String(rounds)], { cwd: ROOT });
    const outputs = await Promise.all([worker(), worker()]);
    const results = outputs.map((o) => JSON.parse(o.stdout) as { claimed: number; saves: number });
    expect(results.reduce((sum, r) => sum + r.claimed, 0)).toBe(rounds);
    const stores = await openSqliteStores({ path: file });
    expect((await stores.progress.load("U1"))?.state.seq).toBe(2 * rounds);
    await stores.close();
  }, 60_000);

  it("a file that is not a database: one line naming the path and the fix, file untouched", async () => {
    const file = path.join(dir, "bot.db");
    writeFileSync(file, "this is not sqlite ".repeat(500));
    const error = await openError(file);
    expect(error.code).toBe("STORE_FAILED");
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/move the file aside/);
    expect(error.message).not.toContain("\n");
    expect(existsSync(file)).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)(
    "an unwritable folder names the path and the fix",
    async () => {
      const locked = path.join(dir, "ro");
      rmSync(locked, { force: true, recursive: true });
      await openSqliteStores({ path: path.join(locked, "x.db") }).then((s) => s.close());
      chmodSync(locked, 0o500);
      const error = await openError(path.join(locked, "sub/bot.db"));
      expect(error.message).toContain(path.join(locked, "sub/bot.db"));
      expect(error.message).toMatch(/writable/);
      chmodSync(locked, 0o700);
    },
  );

  it("a path through a file (not a folder) names the path and the fix", async () => {
    writeFileSync(path.join(dir, "plain"), "x");
    const file = path.join(dir, "plain/bot.db");
    const error = await openError(file);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/set DATABASE_PATH/);
  });

  it("a database locked by another process names the path and the fix", async () => {
    const file = path.join(dir, "bot.db");
    const holder = new BetterSqlite3(file);
    holder.exec("begin exclusive");
    try {
      const error = await openError(file, 50);
      expect(error.message).toContain(file);
      expect(error.message).toMatch(/locked by another process/);
    } finally {
      holder.exec("rollback");
      holder.close();
    }
  });
});
