import { withoutCourtesy } from "./courtesy.ts";
import { IN_ORDER } from "./intent-rules.ts";
import { KO_WH } from "./question-shape.ts";

// Pieces of a question that intent.ts reads before it decides the kind: the wording normalised,
// whether a remark after the question asks again, and the condition a question opens with.

// Slack typing drops apostrophes: "whats the order" is "what's the order".
export const normalize = (q: string) =>
  q
    .normalize("NFKC")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\b(what|where|how|who)s\b/g, "$1's")
    // "그럼 머로 봐야돼": chat spelling of 뭐 before a particle or ending ("머지" is a merge, kept).
    .replace(/(^|[\s(])머(?=로|가|야|임|냐|해|함|에요|예요|여|\s|\?|$)/g, "$1뭐")
    // "정리 부탁드려도 될까요?" asks for the thing, politely; it is not a yes/no question.
    .replace(/부탁(?:을)? ?드려도 ?(?:될까요|되나요|되겠습니까|괜찮을까요)/g, "부탁드립니다");

export const EN_WH = /\b(?:what|which|how|why|when|where|who)\b/;
// A second sentence with a question word asks again, question mark or not.
const ASKS_AGAIN = new RegExp(`${KO_WH.source}|${EN_WH.source}`);
// …unless it is an embedded clause that reports, not asks: "nobody on the team knows why",
// "not sure what it does", "…빌드를 어디서 해야할지 모르겠네".
const REPORTED_WH =
  /\b(?:knows?|knew|sure|idea|wonder(?:ing|ed)?|remember|understand|explain(?:ed)?|figured? out)\s+(?:what|which|how|why|when|where|who)\b|(?:뭐|뭘|어디|어떻게|어케|언제|왜|어느|어떤|무슨)[^.?!]{0,30}?지\s?(?:잘\s?|도\s?)?(?:모르겠|몰라|모름|모르는|감이 ?안)/g;
// "…이유가 필요합니다. 위에 '왜 바꿔야 하냐'를 설명해야 해서": a question quoted in the remark is what
// someone else asks, not a second ask.
const QUOTED_SPAN = /['"\u2018\u201c\u300c][^'"\u2019\u201d\u300d]{2,120}['"\u2019\u201d\u300d]/g;
// "몇 년째 잘 돌았거든요" says for how long, asking nothing.
const FOR_SO_LONG = /몇 ?(?:년|달|개월|주|일|시간|번)째/g;
// "…without a registry? step by step": asking for it in order is a second ask, not a remark.
export const asksAgain = (rest: string) =>
  ASKS_AGAIN.test(
    rest.replace(REPORTED_WH, "").replace(QUOTED_SPAN, "").replace(FOR_SO_LONG, ""),
  ) || IN_ORDER.test(rest);

// "도커심 제거되면 우리 로그 수집 데몬셋 영향있음?", "after dockershim removal do resource limits
// still work?": the event is the condition, the thing named after it is what is asked about.
const KO_CONDITION =
  /^[^?]{2,60}?(?:되면|하면|바뀌면|바꾸면|올리면|빠지면|빠졌는데|없어지면|사라지면|옮기면|옮겨도|바꿔도|넘어가면)\s+([^?]{4,}\??)\s*$/;
const EN_CONDITION =
  /^(?:after|once|if|when)\s+[^,?]{3,60}?(?:,\s*|\s+(?=(?:do|does|did|will|would|is|are|can|could|should)\s))([^?]{4,}\??)\s*$/i;

// "kubelet has `cgroupDriver: systemd`, containerd has `SystemdCgroup = false`. is that a problem?":
// a closing question that judges what came before; the pasted settings are what it judges.
const JUDGES_BACK =
  /(?:^|[.!?:\n]\s*)((?:is|was|are|were) (?:that|this|it|these|those)\s+(?:\w+\s+){0,3}?(?:a problem|an issue|ok|okay|fine|consistent|correct|right|wrong|normal|expected|safe)\b[^.?!\n]{0,30}\?|(?:이거|이건|이렇게|이대로|이 조합|이 설정|이 상태)[^.?!\n]{0,20}(?:괜찮|문제|맞|정상|되나|돼)[^.?!\n]{0,10}\?)\s*$/i;

/** The closing question that judges the situation described before it, if the question ends with one. */
export function judgedBack(question: string): string | undefined {
  return JUDGES_BACK.exec(question.trim())?.[1];
}

/** What a question asks about after the condition it opens with, if it opens with one. */
export function afterCondition(question: string): string | undefined {
  const q = withoutCourtesy(question).trim();
  return KO_CONDITION.exec(q)?.[1] ?? EN_CONDITION.exec(q)?.[1];
}
