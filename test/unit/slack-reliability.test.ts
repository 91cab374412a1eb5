import { describe, expect, it } from "vitest";
import { socketClientOptions, webClientOptions } from "../../src/adapters/slack/client-options.ts";
import { errorInfo } from "../../src/adapters/slack/error-info.ts";
import {
  decodeFeedbackValue,
  decodeShareValue,
  encodeFeedbackValue,
  encodeShareValue,
} from "../../src/adapters/slack/format/button-values.ts";
import { createInFlight } from "../../src/adapters/slack/reliability/in-flight.ts";
import { createRateLimiter } from "../../src/adapters/slack/reliability/rate-limiter.ts";
import { createAnswerTurns } from "../../src/adapters/slack/reliability/yield.ts";
import { createMemoryRateWindows } from "../../src/adapters/store/memory-rate-windows.ts";
import { AppError, ErrorCode } from "../../src/errors.ts";
import { createFakeClock } from "../fakes/fake-clock.ts";

describe("rate limiter", () => {
  it("allows N a minute per user, then says when to retry", async () => {
    const clock = createFakeClock();
    const limiter = createRateLimiter(clock, 2, createMemoryRateWindows());
    expect((await limiter.take("U1")).allowed).toBe(true);
    clock.advance(10_000);
    expect((await limiter.take("U1")).allowed).toBe(true);
    expect((await limiter.take("U2")).allowed).toBe(true);
    expect(await limiter.take("U1")).toEqual({
      allowed: false,
      retryInMs: 50_000,
      notice: "public",
    });
    clock.advance(50_000);
    expect((await limiter.take("U1")).allowed).toBe(true);
  });

  it("says so in public once per spell, then privately once, then not at all", async () => {
    const clock = createFakeClock();
    const limiter = createRateLimiter(clock, 1, createMemoryRateWindows());
    expect((await limiter.take("U1")).allowed).toBe(true);
    const notices: string[] = [];
    for (let i = 0; i < 5; i++) {
      const decision = await limiter.take("U1");
      notices.push(decision.allowed ? "allowed" : decision.notice);
    }
    expect(notices).toEqual(["public", "private", "none", "none", "none"]);
    // Another person's notices are their own.
    expect((await limiter.take("U2")).allowed).toBe(true);
    expect(await limiter.take("U2")).toMatchObject({ notice: "public" });
    // Once allowed again, a new spell starts with a public notice.
    clock.advance(60_000);
    expect((await limiter.take("U1")).allowed).toBe(true);
    expect(await limiter.take("U1")).toMatchObject({ notice: "public" });
  });

  it("agrees on the notice across replicas sharing one store", async () => {
    const clock = createFakeClock();
    const shared = createMemoryRateWindows();
    const [a, b] = [createRateLimiter(clock, 1, shared), createRateLimiter(clock, 1, shared)];
    expect((await a.take("U1")).allowed).toBe(true);
    expect(await b.take("U1")).toMatchObject({ notice: "public" });
    expect(await a.take("U1")).toMatchObject({ notice: "private" });
    expect(await b.take("U1")).toMatchObject({ notice: "none" });
  });
});

describe("in-flight", () => {
  it("drain waits for tracked work, including work started while waiting", async () => {
    const inFlight = createInFlight();
    const order: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    void inFlight.track(async () => {
      await gate;
      void inFlight.track(async () => {
        order.push("follow-up");
      });
      order.push("first");
    });
    expect(inFlight.count).toBe(1);
    const drained = inFlight.drain(5_000);
    release();
    expect(await drained).toEqual({ unfinished: 0 });
    expect(order).toEqual(["follow-up", "first"]);
  });

  it("drain gives up after the timeout and reports what is left", async () => {
    const inFlight = createInFlight();
    void inFlight.track(() => new Promise(() => {}));
    expect(await inFlight.drain(1)).toEqual({ unfinished: 1 });
  });
});

describe("answer turns", () => {
  it("start one piece of answer work per event-loop turn, in arrival order", async () => {
    const turn = createAnswerTurns();
    const order: string[] = [];
    // Something that becomes ready while answers wait (a new request, in the app)
    // must run before the next answer, not after all of them.
    const answer = (name: string) =>
      turn().then(() => {
        order.push(name);
        setImmediate(() => order.push(`after ${name}`));
      });
    await Promise.all([answer("a"), answer("b"), answer("c")]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(["a", "b", "after a", "c", "after b", "after c"]);
  });

  it("starts again after the queue ran empty", async () => {
    const turn = createAnswerTurns();
    await turn();
    await expect(turn()).resolves.toBeUndefined();
  });
});

describe("button values", () => {
  it("round-trip and stay under 2,000 characters with a long question", () => {
    const value = encodeFeedbackValue({
      k: "key",
      q: `<!channel> ${"q".repeat(5000)}`,
      e: ["a", "b"],
    });
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(value).not.toContain("<!channel>");
    const decoded = decodeFeedbackValue(value);
    expect(decoded?.k).toBe("key");
    expect(decoded?.q.startsWith("<!channel> qqq")).toBe(true);
    expect(decoded?.e).toEqual(["a", "b"]);
  });

  it("cut a long question before escaping, so it never decodes to half an entity like `&am`", () => {
    for (let pad = 0; pad < 12; pad++) {
      const question = `${"x".repeat(pad)}${"R&D <ok> ".repeat(400)}`;
      const decoded = decodeFeedbackValue(encodeFeedbackValue({ k: "key", q: question, e: [] }));
      expect(decoded?.q.length).toBeGreaterThan(900);
      expect(question.startsWith(decoded?.q ?? "-")).toBe(true);
    }
  });

  it("share values carry the command text, or nothing when too long to re-run", () => {
    const value = encodeShareValue("diagram new <@U1>", "ko");
    expect(decodeShareValue(value)).toEqual({ c: "diagram new <@U1>", l: "ko" });
    expect(encodeShareValue("x".repeat(2000), "en")).toBeUndefined();
  });

  it("reject tampered or foreign values", () => {
    expect(decodeFeedbackValue("not json")).toBeUndefined();
    expect(decodeShareValue('{"c":"help","l":"fr"}')).toBeUndefined();
  });
});

describe("Web API client options", () => {
  it("leave waits and retries to the transport: no client retries, 429s returned, no queue cap", () => {
    const transport = async () => new Response("{}");
    const options = webClientOptions({ slackApiUrl: "http://127.0.0.1:1/api/", fetch: transport });
    expect(options.rejectRateLimitedCalls).toBe(true);
    expect(options.slackApiUrl).toBe("http://127.0.0.1:1/api/");
    expect(options.retryConfig?.retries).toBe(0);
    expect(options.fetch).toBe(transport);
    expect(options.maxRequestConcurrency).toBeGreaterThan(1_000);
  });

  it("give the Socket Mode client no Web API retry policy (the supervisor owns reconnects)", () => {
    const options = socketClientOptions("http://127.0.0.1:1/api/");
    expect(options.retryConfig).toEqual({ retries: 0 });
    expect(options.slackApiUrl).toBe("http://127.0.0.1:1/api/");
  });
});

describe("errorInfo", () => {
  it("reads Slack's error string from a Web API platform error wrapped by Bolt", () => {
    const platform = Object.assign(new Error("An API error occurred: channel_not_found"), {
      code: "slack_webapi_platform_error",
      data: { ok: false, error: "channel_not_found" },
    });
    const wrapped = Object.assign(new Error("wrapped"), {
      code: "slack_bolt_unknown_error",
      original: platform,
    });
    expect(errorInfo(wrapped)).toMatchObject({
      code: ErrorCode.SlackApiFailed,
      sdkCode: "slack_webapi_platform_error",
      slackError: "channel_not_found",
    });
  });

  it("keeps our own codes and marks anything else unexpected", () => {
    expect(errorInfo(new AppError(ErrorCode.StoreFailed, "disk full")).code).toBe(
      ErrorCode.StoreFailed,
    );
    expect(errorInfo(new TypeError("boom"))).toMatchObject({
      code: ErrorCode.Unexpected,
      message: "boom",
    });
  });
});
