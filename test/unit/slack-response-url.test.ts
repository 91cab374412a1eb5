import { createServer, type IncomingMessage, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { errorInfo } from "../../src/adapters/slack/error-info.ts";
import { createResponseUrls, type ResponseUrls } from "../../src/adapters/slack/response-url.ts";
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

/** A response_url that answers `status` and records what it got. */
async function startHook(status: number): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  server = createServer(async (req, res) => {
    received.push({
      contentType: req.headers["content-type"],
      body: await readJson(req),
      socketPort: req.socket.remotePort,
    });
    res.writeHead(status, { "content-type": "application/json" }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/respond/r1`, received };
}

let server: Server | undefined;
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
    const hook = await startHook(404);
    urls = createResponseUrls();
    const failure = await urls
      .via(hook.url)({ text: "late" })
      .catch((error: unknown) => error);
    expect(errorInfo(failure)).toMatchObject({
      code: ErrorCode.SlackApiFailed,
      sdkCode: "slack_bolt_respond_error",
    });
  });

  it("fail when the payload had no response_url", async () => {
    urls = createResponseUrls();
    await expect(urls.via(undefined)({ text: "x" })).rejects.toThrow(/no response_url/);
  });
});
