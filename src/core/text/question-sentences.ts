// How a Slack message splits into sentences, for reading which one asks.

// A sentence ends at ".", "!" or "?" before a space, or at a line break: "1.24" and "config.toml"
// stay whole, and "…" is a pause inside one ("CRI 라는 말이 계속 나오는데… 이게 뭔가요?"); the
// question's sentences, cut there:
const SENTENCE_END = /(?<=[.!?])\s+|\n+/;
export const questionSentences = (question: string) => question.trim().split(SENTENCE_END);

// Sentences as people end them in Slack: ".", "?", "!", "…", or a line break.
const SENTENCE = /[^.?!…\n]+[.?!…\n]*/g;
/** The message's sentences, each with its own end mark ("…" ends one here). */
export const slackSentences = (question: string) =>
  (question.trim().match(SENTENCE) ?? []).map((t) => t.trim());

/**
 * The last sentence, when sentences that ask nothing ("?"-less background) come before it, cut by
 * `split` (intent.ts's why rule cuts with slackSentences, which also ends one at "1." of "1.24").
 */
export function lastAfterBackground(
  question: string,
  split: (text: string) => string[] = questionSentences,
): string | undefined {
  const sentences = split(question);
  const last = sentences.at(-1);
  if (sentences.length < 2 || last === undefined) return undefined;
  return sentences.slice(0, -1).some((t) => t.includes("?")) ? undefined : last;
}

// "FAQ에 '왜 k8s가 도커 지원 끊었나' 항목 넣으려는데…": a question quoted inside a request about it.
const QUOTED = /['"\u2018\u201c\u300c]([^'"\u2019\u201d\u300d]{8,120})['"\u2019\u201d\u300d]/;

/** A question quoted inside the message, if there is one. */
export function quotedQuestion(question: string): string | undefined {
  return QUOTED.exec(question)?.[1];
}
