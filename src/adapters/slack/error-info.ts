import { z } from "zod";
import { AppError, ErrorCode } from "../../errors.ts";

/** Fields worth logging from whatever Bolt or the Web API client threw. */
const ThrownSchema = z.object({
  message: z.string().optional(),
  code: z.string().optional(),
  data: z.object({ error: z.string().optional() }).optional(),
  statusCode: z.number().optional(),
  original: z.unknown().optional(),
  originals: z.array(z.unknown()).optional(),
});

export interface ErrorInfo {
  /** Our code, from errors.ts. */
  readonly code: ErrorCode;
  /** The SDK's code, e.g. slack_webapi_platform_error. */
  readonly sdkCode?: string;
  /** Slack's own error string, e.g. channel_not_found or ratelimited. */
  readonly slackError?: string;
  readonly message: string;
}

function unwrap(error: unknown): unknown {
  const parsed = ThrownSchema.safeParse(error);
  if (!parsed.success) return error;
  // Bolt wraps listener errors: one in `original`, several in `originals`.
  if (parsed.data.original !== undefined) return unwrap(parsed.data.original);
  const first = parsed.data.originals?.[0];
  return first === undefined ? error : unwrap(first);
}

/**
 * What the central error handler logs: a stable code plus Slack's error string,
 * never the request body or headers, where tokens live.
 */
export function errorInfo(thrown: unknown): ErrorInfo {
  const error = unwrap(thrown);
  const own = error instanceof AppError ? error : undefined;
  const parsed = ThrownSchema.safeParse(own?.cause ?? error);
  const fields = parsed.success ? parsed.data : {};
  const sdkCode = fields.code;
  const slackError = fields.data?.error;
  const fromSlack =
    sdkCode?.startsWith("slack_webapi") === true || sdkCode === "slack_bolt_respond_error";
  return {
    code: own?.code ?? (fromSlack ? ErrorCode.SlackApiFailed : ErrorCode.Unexpected),
    ...(sdkCode ? { sdkCode } : {}),
    ...(slackError ? { slackError } : {}),
    message: own?.message ?? fields.message ?? String(error),
  };
}
