import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeOpenAiBehaviour =
  | { kind: "answer"; content: string }
  | { kind: "status"; status: number }
  | { kind: "hang" };

export interface RecordedCompletion {
  readonly path: string;
  readonly body: { model?: string; messages?: { role: string; content: string }[] };
}

/**
 * A local OpenAI-compatible server: the real `openai` SDK is pointed at it through
 * baseURL. It records every request and answers as told.
 */
export async function startFakeOpenAi(initial: FakeOpenAiBehaviour) {
  let behaviour = initial;
  const calls: RecordedCompletion[] = [];
  const hanging: ServerResponse[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => {
      raw += chunk.toString("utf8");
    });
    req.on("end", () => {
      calls.push({ path: req.url ?? "", body: JSON.parse(raw || "{}") });
      if (behaviour.kind === "hang") {
        hanging.push(res);
        return;
      }
      if (behaviour.kind === "status") {
        res.writeHead(behaviour.status, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: "fake failure", type: "server_error" } }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id: "chatcmpl-fake",
          object: "chat.completion",
          created: 0,
          model: "fake",
          choices: [
            {
              index: 0,
              finish_reason: "stop",
              message: { role: "assistant", content: behaviour.content },
            },
          ],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    calls,
    set(next: FakeOpenAiBehaviour) {
      behaviour = next;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
