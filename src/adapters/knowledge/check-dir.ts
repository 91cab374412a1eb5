import { stat } from "node:fs/promises";
import { AppError, ErrorCode } from "../../errors.ts";

const WHAT = "the folder holding entries/, glossary.yaml, topics.yaml and paths/";

/**
 * KNOWLEDGE_DIR must be a readable folder. Checked before loading, so a wrong
 * value is one line naming the variable and the fix, instead of ENOTDIR from
 * deep inside the loader or a list of every file it then could not find.
 */
export async function checkKnowledgeDir(dir: string, variable = "KNOWLEDGE_DIR"): Promise<void> {
  const info = await stat(dir).catch((error: unknown) =>
    error instanceof Error ? error : new Error(String(error)),
  );
  if (info instanceof Error) {
    const code = "code" in info ? String(info.code) : "";
    const problem =
      code === "ENOENT"
        ? "does not exist"
        : code === "EACCES"
          ? "cannot be read (permission denied)"
          : `cannot be read (${code || info.message})`;
    throw new AppError(
      ErrorCode.ConfigInvalid,
      `${variable} (${dir}) ${problem}: set ${variable} to ${WHAT} (default: knowledge)`,
      { cause: info },
    );
  }
  if (!info.isDirectory())
    throw new AppError(
      ErrorCode.ConfigInvalid,
      `${variable} (${dir}) is a file, not a folder: set ${variable} to ${WHAT} (default: knowledge)`,
    );
}
