import type { Lang } from "../knowledge/schema.ts";
import { askedBeyondYesNo, type Intent } from "../retrieval/intent.ts";
import type { Answer } from "./types.ts";
import { opensYesNo } from "./yes-no.ts";

/**
 * The kinds of question a yes/no question may be about that an entry answers better when
 * asked that way: "런타임 바뀌면 영향 있어?" is answered by what happens, "1.23이 마지막 버전 맞죠?" by
 * the version, "따로 체크해야돼?" by how to check. Steps, places and definitions were measured
 * and not kept: "Kata 쓰려면 RuntimeClass 꼭 있어야 함?" got a procedure instead of "yes, …".
 */
const ANSWERED_AS_ASKED: ReadonlySet<Intent> = new Set(["impact", "time", "check"]);

// "도커심 없어졌다던데 진짜야?", "was dockershim really removed?": confirming that something went is
// answered by when it went.
const CONFIRMS_REMOVAL =
  /없어졌|없어진|빠졌|빠진|제거됐|제거된|삭제됐|\b(?:removed|dropped|gone|deleted)\b/i;
// …unless it names the release it thinks it went in ("was it removed in 1.22?"): the entry's own
// yes or no about that release answers.
const confirmsRemoval = (question: string) =>
  CONFIRMS_REMOVAL.test(question) && !/\b1\.\d+\b/.test(question);

/** How the answerer answers one query: with the asker's base fields, for one kind of question. */
type AnswerQuery<Base, Context> = (
  base: Base,
  query: string,
  intent: Intent,
  question: string,
  asked: readonly string[],
  context?: Context,
) => Answer;

/**
 * A yes/no question whose entry has no yes or no to give ("보안 에이전트도 런타임 바뀌면 영향 있어?"
 * lands on an entry written for what breaks) is answered for what it asks about instead: the
 * impact, the version or the check, rather than the entry's definition with no opener.
 */
export function yesNoOrWhatItAsks<Base extends { readonly lang: Lang }, Context>(
  answerQuery: AnswerQuery<Base, Context>,
): AnswerQuery<Base, Context> {
  return (base, query, intent, question, asked, context) => {
    const answer = answerQuery(base, query, intent, question, asked, context);
    if (intent !== "yesno" || answer.kind !== "answer" || opensYesNo(answer.text, base.lang))
      return answer;
    const about = askedBeyondYesNo(question) ?? (confirmsRemoval(question) ? "time" : undefined);
    if (!about || !ANSWERED_AS_ASKED.has(about)) return answer;
    const again = answerQuery(base, query, about, question, asked, context);
    return again.kind === "answer" ? { ...again, intent } : answer;
  };
}
