import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import {
  buildAnswerPrompt,
  ModelAnswerSchema,
  ModelAnswerWireSchema,
} from "../../core/answer/prompt.ts";
import type { AnswerWriter } from "../../core/answer/types.ts";
import type { Entry, Lang } from "../../core/knowledge/schema.ts";
import type { Clock, Logger } from "../../core/ports.ts";
import { silentLogger } from "../../core/ports.ts";
import { AppError, ErrorCode } from "../../errors.ts";
import { type CircuitBreaker, createCircuitBreaker } from "./circuit-breaker.ts";
import { partialAnswer } from "./partial-answer.ts";
import { defaultRetryPolicy, isRetryable, type RetryPolicy, withRetries } from "./retry.ts";

export interface OpenAiWriterOptions {
  readonly apiKey: string;
  readonly baseURL?: string;
  readonly model: string;
  /** The whole budget for one answer, retries included. */
  readonly timeoutMs: number;
  readonly retry?: Partial<RetryPolicy>;
  /** Failures in a row before answering offline for `coolDownMs` (default 5 and 60 s). */
  readonly breaker?: { readonly failures?: number; readonly coolDownMs?: number };
  readonly clock?: Clock;
  readonly logger?: Logger;
}

/** Strict structured output: the server must return exactly this shape. */
const RESPONSE_FORMAT = zodResponseFormat(ModelAnswerWireSchema, "grounded_answer");

/** The chat completions request for one question: the grounded prompt and strict structured output. */
export function buildModelRequest(
  model: string,
  input: Pick<WriteInput, "question" | "lang" | "entries">,
) {
  return {
    model,
    messages: buildAnswerPrompt(input.question, input.lang, input.entries),
    temperature: 0.2,
    response_format: RESPONSE_FORMAT,
  };
}

interface WriteInput {
  readonly question: string;
  readonly lang: Lang;
  readonly entries: readonly Entry[];
  readonly onText?: (textSoFar: string) => void;
}

/**
 * Grounded answers from any OpenAI-compatible chat completions server. The SDK
 * does not retry; we do, on 429/5xx only and inside the overall timeout, so a
 * slow or failing model hands over to the offline answer quickly. A circuit
 * breaker stops trying for a while after repeated failures.
 */
export function createOpenAiWriter(options: OpenAiWriterOptions): AnswerWriter {
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    timeout: options.timeoutMs,
    maxRetries: 0,
  });
  const clock = options.clock ?? { now: () => Date.now() };
  const policy: RetryPolicy = { ...defaultRetryPolicy, now: clock.now, ...options.retry };
  const breaker: CircuitBreaker = createCircuitBreaker({
    failures: options.breaker?.failures ?? 5,
    coolDownMs: options.breaker?.coolDownMs ?? 60_000,
    clock,
    logger: options.logger ?? silentLogger,
  });

  async function complete(input: WriteInput): Promise<string> {
    const request = buildModelRequest(options.model, input);
    let shown = false;
    return withRetries(
      policy,
      options.timeoutMs,
      async (remainingMs) => {
        const signal = AbortSignal.timeout(remainingMs);
        if (!input.onText) {
          const completion = await client.chat.completions.create(request, {
            timeout: remainingMs,
            signal,
          });
          return completion.choices[0]?.message.content ?? "";
        }
        const stream = await client.chat.completions.create(
          { ...request, stream: true },
          { timeout: remainingMs, signal },
        );
        let content = "";
        for await (const chunk of stream) {
          content += chunk.choices[0]?.delta?.content ?? "";
          const text = partialAnswer(content);
          if (text) {
            shown = true;
            input.onText(text);
          }
        }
        return content;
      },
      // Once part of an answer is on screen, a second attempt would start it over.
      (error) => !shown && isRetryable(error),
    );
  }

  async function write(input: WriteInput) {
    let content: string;
    try {
      content = await complete(input);
    } catch (error) {
      breaker.failed();
      throw requestError(error);
    }
    const parsed = ModelAnswerSchema.safeParse(safeJson(content));
    if (!parsed.success) {
      breaker.failed();
      throw new AppError(
        ErrorCode.ModelFailed,
        "model returned JSON that does not match the answer schema",
      );
    }
    const allowed = new Set(input.entries.map((e) => e.id));
    const cited = parsed.data.cited.filter((id) => allowed.has(id));
    // An answer that cites nothing we gave it is not grounded: fall back to offline.
    if (cited.length === 0) {
      breaker.failed();
      throw new AppError(ErrorCode.ModelFailed, "model cited no knowledge entry it was given");
    }
    breaker.succeeded();
    return { text: parsed.data.answer, citedIds: cited };
  }

  return { write, available: breaker.available };
}

function requestError(error: unknown): AppError {
  const timedOut =
    error instanceof OpenAI.APIConnectionTimeoutError || error instanceof OpenAI.APIUserAbortError;
  return new AppError(
    timedOut ? ErrorCode.ModelTimeout : ErrorCode.ModelFailed,
    `model request failed: ${error instanceof Error ? error.message : String(error)}`,
    { cause: error },
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The writer when an API key is configured; without one the bot answers offline. */
export function writerFromConfig(
  config: {
    OPENAI_API_KEY?: string | undefined;
    OPENAI_BASE_URL?: string | undefined;
    OPENAI_MODEL: string;
    OPENAI_TIMEOUT_MS: number;
  },
  extra: { readonly logger?: Logger; readonly clock?: Clock } = {},
): AnswerWriter | undefined {
  if (!config.OPENAI_API_KEY) return undefined;
  return createOpenAiWriter({
    apiKey: config.OPENAI_API_KEY,
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    ...extra,
  });
}
