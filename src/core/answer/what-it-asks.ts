import type { Lang } from "../knowledge/schema.ts";
import { askedBeyondYesNo, type Intent } from "../retrieval/intent.ts";
import type { Answer } from "./types.ts";

/**
 * The kinds of question a yes/no question may be about that an entry answers better when
 * asked that way: "런타임 바뀌면 영향 있어?" is answered by what happens, "1.23이 마지막 버전 맞죠?" by
 * the version, "따로 체크해야돼?" by how to check. Steps, places and definitions were measured
 * and not kept: "Kata 쓰려면 RuntimeClass 꼭 있어야 함?" got a procedure instead of "yes, …".
 */
const ANSWERED_AS_ASKED: ReadonlySet<Intent> = new Set(["impact", "time", "check"]);

// A yes or no, a hedge, or a bare answer joined to its fact ("꼭 그렇지는 않고, …").
const OPENS = {
  en: /^(?:yes|no|not necessarily|not really|not always|mostly|partly|it depends)\b/i,
  ko: /^(?:네|예|아니요|아니오|아뇨|아닙니다|맞습니다|그렇습니다|꼭 그렇)/,
} as const;

/** True when the answer's text opens with a yes, a no or a hedge. */
export const opensYesNo = (text: string, lang: Lang) => OPENS[lang].test(text);

/**
 * A yes/no question whose entry has no yes or no to give ("보안 에이전트도 런타임 바뀌면 영향 있어?"
 * lands on an entry written for what breaks) is answered for what it asks about instead: the
 * impact, the version or the check, rather than the entry's definition with no opener.
 */
export function yesNoOrWhatItAsks<Base extends { readonly lang: Lang }, Context>(
  answerQuery: (
    base: Base,
    query: string,
    intent: Intent,
    question: string,
    asked: readonly string[],
    context?: Context,
  ) => Answer,
) {
  return (
    base: Base,
    query: string,
    intent: Intent,
    question: string,
    asked: readonly string[],
    context?: Context,
  ): Answer => {
    const answer = answerQuery(base, query, intent, question, asked, context);
    if (intent !== "yesno" || answer.kind !== "answer" || opensYesNo(answer.text, base.lang))
      return answer;
    const about = askedBeyondYesNo(question);
    if (!about || !ANSWERED_AS_ASKED.has(about)) return answer;
    const again = answerQuery(base, query, about, question, asked, context);
    return again.kind === "answer" ? { ...again, intent } : answer;
  };
}
