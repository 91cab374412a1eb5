import { firstSentence } from "../text/sentences.ts";

// What a time question asks the date of, beyond the release an entry's lead gives.

// The end of a span: the last release with something, or the first.
const ENDS = [
  /\blast\b|\bfinal\b|마지막/i,
  /\bfirst\b|\bearliest\b|처음|최초|첫 ?(?:버전|릴리스|릴리즈)/i,
] as const;

// Events of a thing's life a question may ask the release of, several at once.
const EVENTS = [
  /deprecat|사용 ?중단|디프리케이트/i,
  /\bremov|\bdropped\b|제거|삭제|빠졌|빠진|없어졌|없어진/i,
] as const;

// A release or a year: "사용 중단은 제거가 아닙니다" names both events and answers neither date.
const DATED = /\bv?\d\.\d{1,2}\b|\b(?:19|20)\d\d\b/;

/**
 * What a sentence must say to answer the time asked: the end of a span asked for ("the last
 * release that still…"), or every event asked about together ("when was it deprecated and when
 * removed?"). Undefined when the question asks for one plain date.
 */
export function whenAsked(question: string): ((sentence: string) => boolean) | undefined {
  const end = ENDS.find((e) => e.test(question));
  if (end) return (sentence) => end.test(sentence);
  const events = EVENTS.filter((e) => e.test(question));
  if (events.length < 2) return undefined;
  // Only what the first sentence says leads the answer.
  return (text) => {
    const opening = firstSentence(text);
    return DATED.test(opening) && events.every((e) => e.test(opening));
  };
}
