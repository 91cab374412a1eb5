import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { postSigned } from "../fakes/signed-request.ts";
import { useHarness } from "../fakes/slack-harness.ts";
import { eventCallback, mentionEvent, slashCommand } from "../fakes/slack-payloads.ts";

/**
 * What Bolt's HTTP receiver cannot be trusted with: bodies it would choke on,
 * bodies too big to buffer, unsigned bodies and timestamps from the future.
 * Each is refused before Bolt sees it, and the app keeps answering.
 */

const h = useHarness();

async function stillAnswers(): Promise<void> {
  const res = await h.send(slashCommand("help", h.api.responseUrl()));
  expect(res.status).toBe(200);
  await h.api.waitFor("respond");
}

/** A POST whose headers promise `length` bytes; resolves with the status without sending them all. */
function postDeclaring(url: string, length: number, headers: Record<string, string>) {
  return new Promise<number>((resolve, reject) => {
    const req = request(url, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": length, ...headers },
    });
    req.once("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.once("error", reject);
    // One small chunk: the rest never comes, so only a refusal from the headers can answer.
    req.write("{");
  });
}

describe("payloads Bolt would choke on", { timeout: 30_000 }, () => {
  it.each([
    ["JSON null", { contentType: "application/json", body: "null" }],
    [
      "form payload=null",
      { contentType: "application/x-www-form-urlencoded", body: "payload=null" },
    ],
    ["a JSON array", { contentType: "application/json", body: "[1,2]" }],
    ["a JSON string", { contentType: "application/json", body: '"event_callback"' }],
    ["an object without type", { contentType: "application/json", body: '{"event":{}}' }],
    [
      "a form without command or payload",
      { contentType: "application/x-www-form-urlencoded", body: "text=hi" },
    ],
  ] as const)("answers a signed %s with 400 and keeps serving", async (_name, post) => {
    const res = await h.send(post);
    expect(res.status).toBe(400);
    await h.bot.settle();
    expect(h.api.calls).toHaveLength(0);
    await stillAnswers();
  });
});

describe("request size and signature, before the body is read", { timeout: 30_000 }, () => {
  it("refuses a body declared over 1 MB with 413 without waiting for it", async () => {
    const status = await postDeclaring(h.eventsUrl, 2 * 1024 * 1024, {
      "x-slack-signature": "v0=00",
      "x-slack-request-timestamp": String(Math.floor(Date.now() / 1000)),
    });
    expect(status).toBe(413);
    await stillAnswers();
  });

  it("refuses a signed body that turns out longer than 1 MB with 413", async () => {
    const event = mentionEvent({ text: "x".repeat(1024 * 1024 + 10) });
    const res = await h.send(eventCallback(event));
    expect(res.status).toBe(413);
    await h.bot.settle();
    expect(h.api.calls).toHaveLength(0);
  });

  it("refuses an unsigned body with 401 without waiting for it", async () => {
    const status = await postDeclaring(h.eventsUrl, 500_000, {});
    expect(status).toBe(401);
    await stillAnswers();
  });

  it("refuses a timestamp an hour in the future with 401", async () => {
    const future = Math.floor(Date.now() / 1000) + 60 * 60;
    const res = await postSigned(h.eventsUrl, {
      ...slashCommand("help", h.api.responseUrl()),
      timestamp: future,
    });
    expect(res.status).toBe(401);
    await h.bot.settle();
    expect(h.api.calls).toHaveLength(0);
  });

  it("accepts a timestamp a minute in the future (clock drift)", async () => {
    const res = await postSigned(h.eventsUrl, {
      ...slashCommand("help", h.api.responseUrl()),
      timestamp: Math.floor(Date.now() / 1000) + 60,
    });
    expect(res.status).toBe(200);
    await h.api.waitFor("respond");
  });
});
