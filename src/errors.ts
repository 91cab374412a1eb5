/**
 * One error hierarchy for the whole app. Every error the app raises on purpose
 * carries a stable code so the central handler, logs and tests can tell them apart
 * without parsing messages.
 */
export const ErrorCode = {
  ConfigInvalid: "CONFIG_INVALID",
  KnowledgeInvalid: "KNOWLEDGE_INVALID",
  InputInvalid: "INPUT_INVALID",
  ModelFailed: "MODEL_FAILED",
  ModelTimeout: "MODEL_TIMEOUT",
  StoreFailed: "STORE_FAILED",
  SlackApiFailed: "SLACK_API_FAILED",
  Unexpected: "UNEXPECTED",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
  }
}

/** A knowledge problem: which file, which field, what is wrong. */
export interface KnowledgeProblem {
  file: string;
  field: string;
  message: string;
}

export class KnowledgeError extends AppError {
  readonly problems: readonly KnowledgeProblem[];

  constructor(problems: readonly KnowledgeProblem[]) {
    super(
      ErrorCode.KnowledgeInvalid,
      `knowledge base is invalid (${problems.length} problem(s)):\n${problems
        .map((p) => `  ${p.file}: ${p.field}: ${p.message}`)
        .join("\n")}`,
    );
    this.name = "KnowledgeError";
    this.problems = problems;
  }
}

export class ConfigError extends AppError {
  readonly issues: readonly string[];

  constructor(issues: readonly string[]) {
    super(
      ErrorCode.ConfigInvalid,
      `configuration is invalid:\n${issues.map((i) => `  - ${i}`).join("\n")}`,
    );
    this.name = "ConfigError";
    this.issues = issues;
  }
}

/** Wrap anything thrown into an AppError without losing the original as `cause`. */
export function asAppError(error: unknown, fallback: ErrorCode = ErrorCode.Unexpected): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError(fallback, message, { cause: error });
}
