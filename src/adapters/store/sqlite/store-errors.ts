import { AppError, ErrorCode } from "../../../errors.ts";

/**
 * Turns whatever went wrong opening the database into one line that names the
 * file and the fix (main prints AppError messages without a stack trace).
 */
export function storeOpenError(file: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = String((error as { code?: unknown })?.code ?? "");
  const detail = error instanceof Error ? error.message : String(error);
  const where = `DATABASE_PATH ${file}`;
  let message: string;
  if (
    code === "EACCES" ||
    code === "EPERM" ||
    code === "EROFS" ||
    code.startsWith("SQLITE_CANTOPEN")
  )
    message = `${where} cannot be opened or created (${detail}): make its folder writable, or set DATABASE_PATH to a writable file`;
  else if (code.startsWith("SQLITE_READONLY"))
    message = `${where} is read-only (${detail}): give this user write access to the file and its folder, or set DATABASE_PATH elsewhere`;
  else if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
    message = `${where} is locked by another process (${detail}): stop the process holding it (or wait for it to finish), then start again`;
  else if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT"))
    message = `${where} is not a readable SQLite database (${detail}): move the file aside (nothing is deleted) and start again for a new one, or restore it from a backup`;
  else if (code === "ENOTDIR" || code === "EEXIST")
    message = `${where} has a file where a folder should be (${detail}): set DATABASE_PATH to a path whose folders exist or can be created`;
  else
    message = `${where} could not be opened (${detail}): check the path and its permissions, or set DATABASE_PATH elsewhere`;
  return new AppError(ErrorCode.StoreFailed, message, { cause: error });
}
