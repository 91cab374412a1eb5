import { createServer, type IncomingMessage, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { errorInfo } from "../../src/adapters/slack/error-info.ts";
import {
  createResponseUrls,
  type ResponseUrlPolicy,
  type ResponseUrls,
} from "../../src/adapters/slack/response-url.ts";
import { ErrorCode } from "../../src/errors.ts";

interface Received {
  readonly contentType: string | undefined;
  readonly body: unknown;
  readonly socketPort: number | undefined;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

/**
 * A response_url that answers `statuses` in turn (the last one from then on)
 * and records what it got; status 0 means no answer at all (a hang).
 */
type Answer = number | { readonly status: number; readonly body: string };

async function startHook(...statuses: Answer[]): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  server = createServer(async (req, res) => {
    received.push({
      contentType: req.headers["content-type"],
      body: await readJson(req),
      socketPort: req.socket.remotePort,
    });
    const answer = statuses[received.length - 1] ?? statuses.at(-1) ?? 200;
    const { status, body } =
      typeof answer === "number" ? { status: answer, body: '{"ok":true}' } : answer;
    if (status === 0) return;
    res.writeHead(status, { "content-type": "application/json" }).end(body);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/respond/r1`, received };
}

let server: Server | undefined;

const QUICK: ResponseUrlPolicy = { attempts: 3, backoffMs: [1, 2], attemptTimeoutMs: 300 };
let urls: ResponseUrls | undefined;

afterEach(async () => {
  urls?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

describe("response_url posts", () => {
  it("post the message as JSON and reuse the connection", async () => {
    const hook = await startHook(200);
    urls = createResponseUrls();
    const respond = urls.via(hook.url);
    await respond({ response_type: "ephemeral", text: "hello" });
    await respond({ delete_original: true });
    expect(hook.received.map((r) => r.body)).toEqual([
      { response_type: "ephemeral", text: "hello" },
      { delete_original: true },
    ]);
    expect(hook.received[0]?.contentType).toBe("application/json");
    // Kept alive: the second post came over the first one's socket.
    expect(hook.received[1]?.socketPort).toBe(hook.received[0]?.socketPort);
  });

  it("fail like Bolt's respond on a non-2xx answer, so the error handler reads it the same", async () => {
    const hook = await startHook(400);
    urls = createResponseUrls(QUICK);
    const failure = await urls
      .via(hook.url)({ text: "late" })
      .catch((error: unknown) => error);
    expect(errorInfo(failure)).toMatchObject({
      code: ErrorCode.SlackApiFailed,
      sdkCode: "slack_bolt_respond_error",
    });
    // A 400 is the message's fault: trying again would fail the same way.
    expect(hook.received).toHaveLength(1);
  });

  it.each([
    ["a 500", [500, 200]],
    ["a 404", [404, 200]],
    ["two 503s", [503, 503, 200]],
    ["a hang", [0, 200]],
  ])("retry after %s and deliver once", async (_name, statuses) => {
    const hook = await startHook(...statuses);
    urls = createResponseUrls(QUICK);
    await urls.via(hook.url)({ text: "answer" });
    expect(hook.received).toHaveLength(statuses.length);
  });

  it("do not retry a 404 that says the URL expired or was used", async () => {
    const hook = await startHook({ status: 404, body: '{"ok":false,"error":"expired_url"}' });
    urls = createResponseUrls(QUICK);
    await expect(urls.via(hook.url)({ text: "late" })).rejects.toMatchObject({ statusCode: 404 });
    expect(hook.received).toHaveLength(1);
  });

  it("give up after three tries of a persistent 500, with the status", async () => {
    const hook = await startHook(500);
    urls = createResponseUrls(QUICK);
    const failure = await urls
      .via(hook.url)({ text: "answer" })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ statusCode: 500 });
    expect(hook.received).toHaveLength(3);
  });

  it("fail when the payload had no response_url", async () => {
    urls = createResponseUrls();
    await expect(urls.via(undefined)({ text: "x" })).rejects.toThrow(/no response_url/);
  });
});
