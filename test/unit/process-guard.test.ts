import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/adapters/logger/create-logger.ts";
import { fatalLine, guardProcess } from "../../src/adapters/process/process-guard.ts";
import { createMemoryEventLedger } from "../../src/adapters/store/memory-event-ledger.ts";
import { AppError, ErrorCode } from "../../src/errors.ts";
import { createMemoryLog } from "../fakes/memory-log.ts";

describe("process guard", () => {
  it("logs an unhandled rejection and an uncaught exception with a code, and keeps running", () => {
    const proc = new EventEmitter();
    const log = createMemoryLog();
    const uninstall = guardProcess(proc, createLogger({ level: "info", destination: log }));
    proc.emit("unhandledRejection", new AppError(ErrorCode.StoreFailed, "disk full"));
    proc.emit(
      "uncaughtException",
      new TypeError("Cannot read properties of null"),
      "uncaughtException",
    );
    proc.emit("unhandledRejection", "a bare string");
    expect(log.entries()).toEqual([
      expect.objectContaining({ level: 50, code: "STORE_FAILED", err: "disk full" }),
      expect.objectContaining({ level: 50, code: "UNEXPECTED", errName: "TypeError" }),
      expect.objectContaining({ level: 50, code: "UNEXPECTED", err: "a bare string" }),
    ]);
    uninstall();
    expect(proc.listenerCount("unhandledRejection")).toBe(0);
    expect(proc.listenerCount("uncaughtException")).toBe(0);
  });

  it("turns a fatal start-up error into one line with its code", () => {
    expect(fatalLine(new AppError(ErrorCode.ConfigInvalid, "PORT 80 needs privileges"))).toBe(
      "error [CONFIG_INVALID]: PORT 80 needs privileges",
    );
    expect(fatalLine(new Error("boom\n    at somewhere"))).toBe("error [UNEXPECTED]: boom");
  });
});

describe("memory event ledger", () => {
  it("claims keys once, lets released keys through again, and forgets pruned ones", async () => {
    const ledger = createMemoryEventLedger();
    expect(await ledger.claim(["event:Ev1", "msg:m1"], 1_000)).toBe(true);
    expect(await ledger.claim(["event:Ev2", "msg:m1"], 1_001)).toBe(false);
    // Ev2 was claimed too: the same event under its own id alone is still a repeat.
    expect(await ledger.claim(["event:Ev2"], 1_001)).toBe(false);
    expect(await ledger.claim(["event:Ev1"], 1_002)).toBe(false);
    await ledger.release(["event:Ev1", "msg:m1"]);
    expect(await ledger.claim(["event:Ev1"], 2_000)).toBe(true);
    await ledger.prune(3_000);
    expect(ledger.size).toBe(0);
    expect(await ledger.claim(["event:Ev1"], 3_001)).toBe(true);
  });

  it("stays bounded", async () => {
    const ledger = createMemoryEventLedger({ maxKeys: 100 });
    for (let i = 0; i < 1_000; i++) await ledger.claim([`event:${i}`], i);
    expect(ledger.size).toBeLessThanOrEqual(100);
    expect(await ledger.claim(["event:999"], 2_000)).toBe(false);
  });
});
