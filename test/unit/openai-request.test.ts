import { describe, expect, it } from "vitest";
import { buildModelRequest } from "../../src/adapters/openai/openai-writer.ts";
import { partialAnswer } from "../../src/adapters/openai/partial-answer.ts";

describe("the model request", () => {
  it("carries strict structured output generated from the zod schema", () => {
    const request = buildModelRequest("m", { question: "q", lang: "en", entries: [] });
    expect(request.response_format.type).toBe("json_schema");
    expect(request.response_format.json_schema.strict).toBe(true);
    const schema = request.response_format.json_schema.schema as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual(["answer", "cited"]);
    expect(schema.required).toEqual(["answer", "cited"]);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe("partialAnswer", () => {
  it.each([
    ['{"answer":"Because it was a bu', "Because it was a bu"],
    ['{"answer": "done", "cited": []}', "done"],
    ['{"answer":"line\\nnext \\"q\\" \\u', 'line\nnext "q" '],
    ['{"answer":"\\uD55C\\uAE00', "한글"],
    ['{"cit', undefined],
  ])("reads %s", (json, expected) => {
    expect(partialAnswer(json)).toBe(expected);
  });
});
