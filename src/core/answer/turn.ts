import type { Answer, TurnContext } from "./types.ts";

/** What the next question in the same conversation needs to know about this answer. */
export function turnFrom(answer: Answer): TurnContext {
  return {
    question: answer.readAs ?? answer.question,
    entryIds: answer.entryIds,
    ...(answer.intent ? { intent: answer.intent } : {}),
    lang: answer.lang,
  };
}
