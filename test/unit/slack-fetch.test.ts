import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/adapters/logger/create-logger.ts";
import {
  createSlackFetch,
  type TransportPolicy,
} from "../../src/adapters/slack/reliability/slack-fetch.ts";
import { createMemoryLog } from "../fakes/memory-log.ts";

const POLICY: TransportPolicy = {
  attempts: 3,
  minBackoffMs: 1,
  maxBackoffMs: 2,
  attemptTimeoutMs: 1_000,
  pace: { intervalMs: 40, burst: 1 },
};

const post = (channel: string) => ({
  method: "POST",
  body: new URLSearchParams({ channel, text: "hi" }).toString(),
});
const URL_POST = "http://slack.test/api/chat.postMessage";

/** A fetch that answers from a script per channel (default 200) and records the order. */
function scripted(script: Record<string, (number | "throw")[]>) {
  const seen: string[] = [];
  const fetch = async (_url: string | URL, init?: RequestInit) => {
    const channel = new URLSearchParams(String(init?.body)).get("channel") ?? "";
    seen.push(channel);
    const next = script[channel]?.shift() ?? 200;
    if (next === "throw") throw Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    return new Response("{}", {
      status: next,
      headers: next === 429 ? { "retry-after": "1" } : {},
    });
  };
  return { fetch, seen };
}

describe("Slack transport", () => {
  it("a 429 in one channel pauses that channel only", async () => {
    const { fetch } = scripted({ C1: [429] });
    const transport = createSlackFetch({
      logger: createLogger({ level: "silent" }),
      policy: POLICY,
      fetch,
    });
    const done: string[] = [];
    const a = transport(URL_POST, post("C1")).then(() => done.push("C1"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const b = transport(URL_POST, post("C2")).then(() => done.push("C2"));
    await Promise.all([a, b]);
    expect(done).toEqual(["C2", "C1"]);
  });

  it("paces one channel's posts in order without holding another channel", async () => {
    const { fetch } = scripted({});
    const transport = createSlackFetch({
      logger: createLogger({ level: "silent" }),
      policy: POLICY,
      fetch,
    });
    const done: string[] = [];
    const noisy = [1, 2, 3].map((i) =>
      transport(URL_POST, post("C1")).then(() => done.push(`C1-${i}`)),
    );
    const quiet = transport(URL_POST, post("C2")).then(() => done.push("C2"));
    await Promise.all([...noisy, quiet]);
    expect(done.filter((d) => d.startsWith("C1"))).toEqual(["C1-1", "C1-2", "C1-3"]);
    expect(done.indexOf("C2")).toBeLessThan(done.indexOf("C1-3"));
  });

  it("retries 5xx and dropped connections, logging the first failure at warn", async () => {
    const { fetch, seen } = scripted({ C1: [500, "throw"] });
    const log = createMemoryLog();
    const transport = createSlackFetch({
      logger: createLogger({ level: "debug", destination: log }),
      policy: POLICY,
      fetch,
    });
    const res = await transport(URL_POST, post("C1"));
    expect(res.status).toBe(200);
    expect(seen).toEqual(["C1", "C1", "C1"]);
    expect(log.entries()[0]).toMatchObject({
      level: 40,
      msg: "slack call failed: retrying",
      method: "chat.postMessage",
      channel: "C1",
      error: "HTTP 500",
      attempt: 1,
    });
    expect(log.entries()[1]).toMatchObject({ level: 20, error: "ECONNRESET", attempt: 2 });
  });

  it("gives up after its attempts and hands the last answer to the client", async () => {
    const { fetch, seen } = scripted({ C1: [503, 503, 503] });
    const transport = createSlackFetch({
      logger: createLogger({ level: "silent" }),
      policy: POLICY,
      fetch,
    });
    const res = await transport(URL_POST, post("C1"));
    expect(res.status).toBe(503);
    expect(seen).toHaveLength(3);
  });
});
