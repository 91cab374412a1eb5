import OpenAI from "openai";
import type { AnswerWriter } from "../../core/answer/answerer.ts";
import { buildAnswerPrompt, ModelAnswerSchema } from "../../core/answer/prompt.ts";
import { AppError, ErrorCode } from "../../errors.ts";

export interface OpenAiWriterOptions {
  readonly apiKey: string;
  readonly baseURL?: string;
  readonly model: string;
  readonly timeoutMs: number;
}

/**
 * Grounded answers from any OpenAI-compatible chat completions server. No SDK
 * retries: a slow or failing model must hand over to the offline answer quickly
 * rather than keep a Slack user waiting.
 */
export function createOpenAiWriter(options: OpenAiWriterOptions): AnswerWriter {
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    timeout: options.timeoutMs,
    maxRetries: 0,
  });
  return {
    async write({ question, lang, entries }) {
      let content: string | null | undefined;
      try {
        const completion = await client.chat.completions.create({
          model: options.model,
          messages: buildAnswerPrompt(question, lang, entries),
          temperature: 0.2,
          response_format: { type: "json_object" },
        });
        content = completion.choices[0]?.message.content;
      } catch (error) {
        const code =
          error instanceof OpenAI.APIConnectionTimeoutError
            ? ErrorCode.ModelTimeout
            : ErrorCode.ModelFailed;
        throw new AppError(
          code,
          `model request failed: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      const parsed = ModelAnswerSchema.safeParse(safeJson(content ?? ""));
      if (!parsed.success)
        throw new AppError(
          ErrorCode.ModelFailed,
          "model returned JSON that does not match the answer schema",
        );
      const allowed = new Set(entries.map((e) => e.id));
      const cited = parsed.data.cited.filter((id) => allowed.has(id));
      // An answer that cites nothing we gave it is not grounded: fall back to offline.
      if (cited.length === 0)
        throw new AppError(ErrorCode.ModelFailed, "model cited no knowledge entry it was given");
      return { text: parsed.data.answer, citedIds: cited };
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The writer when an API key is configured; without one the bot answers offline. */
export function writerFromConfig(config: {
  OPENAI_API_KEY?: string | undefined;
  OPENAI_BASE_URL?: string | undefined;
  OPENAI_MODEL: string;
  OPENAI_TIMEOUT_MS: number;
}): AnswerWriter | undefined {
  if (!config.OPENAI_API_KEY) return undefined;
  return createOpenAiWriter({
    apiKey: config.OPENAI_API_KEY,
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
  });
}
