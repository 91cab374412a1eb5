import { createServer, type RequestListener, type Server } from "node:http";
import type { webApi } from "@slack/bolt";
import { z } from "zod";
import { AppError, ErrorCode } from "../../errors.ts";
import { errorInfo } from "./error-info.ts";

/**
 * Start-up steps that must fail fast and say what to fix: the token check
 * (seconds, not the minutes a retrying client would spend on a wrong
 * SLACK_API_URL) and binding PORT.
 */

const DEFAULT_API_URL = "https://slack.com/api/";

const CauseSchema = z.object({
  code: z.string().optional(),
  name: z.string().optional(),
  message: z.string().optional(),
  statusCode: z.number().optional(),
  original: z.unknown().optional(),
  cause: z.unknown().optional(),
});

/** The most telling reason inside an SDK error: ECONNREFUSED, a timeout, an HTTP status. */
export function networkReason(error: unknown, depth = 0): string {
  const parsed = CauseSchema.safeParse(error);
  if (!parsed.success) return String(error);
  const { code, name, message, statusCode, original, cause } = parsed.data;
  if (code && /^E[A-Z]+$/.test(code)) return code;
  if (name === "TimeoutError") return "no answer in time";
  if (statusCode !== undefined) return `HTTP ${statusCode}`;
  const inner = original ?? cause;
  if (inner !== undefined && depth < 5) return networkReason(inner, depth + 1);
  return message ?? String(error);
}

/** What a failed auth.test means: Slack said no to the token, or Slack was not reached. */
export function tokenCheckError(error: unknown, apiUrl: string | undefined): AppError {
  const info = errorInfo(error);
  if (info.sdkCode === "slack_webapi_platform_error") {
    return new AppError(
      ErrorCode.SlackApiFailed,
      `Slack rejected SLACK_BOT_TOKEN (${info.slackError ?? info.message}): copy the Bot User OAuth Token (xoxb-…) again from OAuth & Permissions and reinstall the app`,
      { cause: error },
    );
  }
  const fix = apiUrl
    ? `check SLACK_API_URL (${apiUrl}), or unset it to use ${DEFAULT_API_URL}`
    : `check the network connection or proxy; SLACK_API_URL is unset, so ${DEFAULT_API_URL} is used`;
  return new AppError(
    ErrorCode.SlackApiFailed,
    `could not reach the Slack Web API at ${apiUrl ?? DEFAULT_API_URL} (${networkReason(error)}): ${fix}`,
    { cause: error },
  );
}

/** One auth.test with a client that does not retry, so a bad URL fails in seconds. */
export async function verifyBotToken(
  client: webApi.WebClient,
  apiUrl: string | undefined,
): Promise<void> {
  await client.auth.test().catch((error: unknown) => {
    throw tokenCheckError(error, apiUrl);
  });
}

const ListenErrorSchema = z.object({ code: z.string() });

/** EADDRINUSE / EACCES on PORT as an error that names PORT and the fix; others unchanged. */
export function listenError(error: unknown, port: number): unknown {
  const code = ListenErrorSchema.safeParse(error).data?.code;
  if (code === "EADDRINUSE")
    return new AppError(
      ErrorCode.ConfigInvalid,
      `PORT ${port} is already in use: stop the other process listening on it, or set PORT to a free port`,
      { cause: error },
    );
  if (code === "EACCES")
    return new AppError(
      ErrorCode.ConfigInvalid,
      `PORT ${port} needs privileges this process lacks: set PORT to 1024 or above`,
      { cause: error },
    );
  return error;
}

/** An HTTP server on `port` that resolves once listening and rejects (via listenError) if it cannot. */
export async function listen(port: number, handler: RequestListener): Promise<Server> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) => reject(listenError(error, port)));
    server.listen(port, () => resolve());
  });
  return server;
}
