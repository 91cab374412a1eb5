import { createHmac } from "node:crypto";

export const TEST_SIGNING_SECRET = "test-signing-secret-0123456789abcdef";

/** Slack's v0 signature: HMAC-SHA256 of `v0:${ts}:${body}` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SignedPost {
  readonly body: string;
  readonly contentType: "application/json" | "application/x-www-form-urlencoded";
  readonly secret?: string;
  /** Seconds since the epoch; now when omitted (Bolt rejects anything over 5 minutes old). */
  readonly timestamp?: number;
  readonly headers?: Record<string, string>;
}

export async function postSigned(
  url: string,
  post: SignedPost,
): Promise<{ status: number; text: string }> {
  const timestamp = post.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": post.contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": slackSignature(post.secret ?? TEST_SIGNING_SECRET, timestamp, post.body),
      ...post.headers,
    },
    body: post.body,
  });
  return { status: response.status, text: await response.text() };
}
