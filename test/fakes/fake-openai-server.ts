import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeOpenAiBehaviour =
  | { kind: "answer"; content: string }
  | { kind: "status"; status: number }
  | { kind: "hang" };

export interface RecordedCompletion {
  readonly path: string;
  readonly body: {
    model?: string;
    stream?: boolean;
    messages?: { role: string; content: string }[];
    response_format?: { type: string; json_schema?: { name?: string; strict?: boolean } };
  };
}

/** Splits `content` into SSE chunks of a few characters, as a streaming server would. */
function streamAnswer(res: ServerResponse, content: string): void {
  res.writeHead(200, { "content-type": "text/event-stream" });
  const pieces = content.match(/[\s\S]{1,12}/g) ?? [];
  for (const piece of pieces) {
    const chunk = {
      id: "chatcmpl-fake",
      object: "chat.completion.chunk",
      created: 0,
      model: "fake",
      choices: [{ index: 0, delta: { content: piece }, finish_reason: null }],
    };
    res.write(`data: ${JSON.stringify(chunk)}\n\n`);
  }
  res.end("data: [DONE]\n\n");
}

function answerWhole(res: ServerResponse, content: string): void {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(
    JSON.stringify({
      id: "chatcmpl-fake",
      object: "chat.completion",
      created: 0,
      model: "fake",
      choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content } }],
    }),
  );
}

/**
 * A local OpenAI-compatible server: the real `openai` SDK is pointed at it through
 * baseURL. It records every request and answers as told: `set` for every call,
 * `once` for the next calls in order (retries), `hold` to keep the next answer
 * until the test releases it (a slow model), streaming when the request asks.
 */
export async function startFakeOpenAi(initial: FakeOpenAiBehaviour) {
  let behaviour = initial;
  const queued: FakeOpenAiBehaviour[] = [];
  const calls: RecordedCompletion[] = [];
  const hanging: ServerResponse[] = [];
  let held: { arrive: () => void; released: Promise<void> } | undefined;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => {
      raw += chunk.toString("utf8");
    });
    req.on("end", async () => {
      const body: RecordedCompletion["body"] = JSON.parse(raw || "{}");
      calls.push({ path: req.url ?? "", body });
      const now = queued.shift() ?? behaviour;
      const hold = held;
      held = undefined;
      if (hold) {
        hold.arrive();
        await hold.released;
      }
      if (now.kind === "hang") {
        hanging.push(res);
        return;
      }
      if (now.kind === "status") {
        res.writeHead(now.status, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: "fake failure", type: "server_error" } }));
        return;
      }
      if (body.stream) streamAnswer(res, now.content);
      else answerWhole(res, now.content);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    calls,
    set(next: FakeOpenAiBehaviour) {
      behaviour = next;
      queued.length = 0;
    },
    once(...next: FakeOpenAiBehaviour[]) {
      queued.push(...next);
    },
    hold(): { readonly arrived: Promise<void>; release(): void } {
      let arrive = () => {};
      let release = () => {};
      const arrived = new Promise<void>((resolve) => {
        arrive = resolve;
      });
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      held = { arrive, released };
      return { arrived, release };
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
