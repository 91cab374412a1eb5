import type { Logger } from "../../core/ports.ts";
import { AppError, ErrorCode } from "../../errors.ts";

/** What the guard listens on: the process, or a stand-in in tests. */
export interface GuardedProcess {
  on(event: "unhandledRejection", listener: (reason: unknown) => void): unknown;
  on(event: "uncaughtException", listener: (error: Error, origin: string) => void): unknown;
  off(event: "unhandledRejection", listener: (reason: unknown) => void): unknown;
  off(event: "uncaughtException", listener: (error: Error, origin: string) => void): unknown;
}

/** Code, message and stack of anything thrown; never the objects it carries (requests, tokens). */
export function describeThrown(thrown: unknown): Record<string, unknown> {
  const code = thrown instanceof AppError ? thrown.code : ErrorCode.Unexpected;
  if (!(thrown instanceof Error)) return { code, err: String(thrown) };
  return { code, err: thrown.message, errName: thrown.name, stack: thrown.stack };
}

/**
 * Keeps a bot that serves people alive through one bad request: a rejection
 * nobody awaited or an exception thrown from a timer is logged with a code and
 * the process keeps serving. (Node's default is to print a stack and exit,
 * which took every other conversation down with it.) Returns the uninstaller.
 */
export function guardProcess(proc: GuardedProcess, logger: Logger): () => void {
  const onRejection = (reason: unknown) => {
    logger.error(describeThrown(reason), "unhandled rejection: logged, still serving");
  };
  const onException = (error: Error, origin: string) => {
    logger.error({ ...describeThrown(error), origin }, "uncaught exception: logged, still serving");
  };
  proc.on("unhandledRejection", onRejection);
  proc.on("uncaughtException", onException);
  return () => {
    proc.off("unhandledRejection", onRejection);
    proc.off("uncaughtException", onException);
  };
}

/** The one line a fatal start-up error ends with: code and what to fix, no stack. */
export function fatalLine(error: unknown): string {
  if (error instanceof AppError) return `error [${error.code}]: ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  return `error [${ErrorCode.Unexpected}]: ${message.split("\n")[0]}`;
}
