import type { Answer, TurnContext } from "./types.ts";

/** What the next question in the same conversation needs to know about this answer. */
export function turnFrom(answer: Answer): TurnContext {
  return {
    question: answer.question,
    ...(answer.readAs ? { readAs: answer.readAs } : {}),
    entryIds: answer.entryIds,
    ...(answer.intent ? { intent: answer.intent } : {}),
    lang: answer.lang,
  };
}

/** The words a turn was about: a follow-up's as the bot read it, else the question's own. */
export function turnWords(turn: TurnContext): string {
  return turn.readAs ?? turn.question;
}
