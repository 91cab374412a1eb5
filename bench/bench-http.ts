import { readFileSync } from "node:fs";
import { type Agent, request } from "node:http";
import { slackSignature, TEST_SIGNING_SECRET } from "../test/fakes/signed-request.ts";

/**
 * Signed POSTs over a fixed pool of keep-alive connections, as Slack's delivery
 * reuses connections. (fetch opened extra sockets under load, and their set-up
 * showed up as latency that was the client's, not the bot's.)
 */
export function postOverAgent(
  agent: Agent,
  url: URL,
  body: string,
  contentType: "application/json" | "application/x-www-form-urlencoded",
): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        agent,
        headers: {
          "content-type": contentType,
          "content-length": Buffer.byteLength(body),
          "x-slack-request-timestamp": String(timestamp),
          "x-slack-signature": slackSignature(TEST_SIGNING_SECRET, timestamp, body),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** A child process's resident memory in bytes, or undefined once it has gone. */
export function rssBytes(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
