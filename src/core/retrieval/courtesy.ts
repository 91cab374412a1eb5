// What only frames a question — who is addressed, how politely, a short lead-in before a colon —
// taken off before the question is read.

// "quick one for the runbook glossary: what exactly is CRI?": a few words before a colon say what
// the question is for; the question after it says what it asks.
const LEAD_IN = /^([^?:\n]{3,60}):\s+(\S[\s\S]*\?[\s\S]*)$/;
const LEAD_IN_MAX_WORDS = 8;

// Who is addressed and how politely says nothing about what is asked: "<@U07AB> hey bot, exec into
// a container…?", "안녕하세요! 1.24 릴리즈 날짜 언제였지", "…뭐 써야 돼? 감사합니다".
const ADDRESS =
  /^(?:(?:<[@!][^>\s]*>|@[\w.-]+)[,:]?\s+)*(?:(?:hey|hi|hello|yo)(?: (?:bot|team|all|folks|everyone|there))?[,!.:]?\s+|(?:안녕하세요|안녕|저기요?)[!,.~]*\s+)?(?:(?:quick (?:q|question|one)|question|질문(?: 하나(?:요|만)?| 있어요| 있습니다| 하나 드려요)?)\s*[-–—:!,]\s*|(?:(?:probably |maybe |prob )?(?:a )?(?:dumb|stupid|silly|basic|noob|newbie|beginner) (?:q|question)(?: here)?(?:,? but|\s*[-–—:!,])|(?:바보 ?같은|멍청한|초보|기초(?:적인)?|쉬운) ?질문(?:인데(?:요)?|이지만|입니다만)[,.]?)\s+)?/i;
// A closing thanks, plea or laugh: "…뭐 써야 돼? 감사합니다", "…? pls", "…ㅠㅠ", "… :pray:".
const THANKS =
  /(?:(?:(?:^|[\s,.!~]+)(?:thanks(?: a lot| in advance)?|thank you|thx|ty|cheers|pl(?:ea)?se|plz|pls|lol|lmao|haha+|:[a-z0-9_+-]+:|감사합니다|감사해요|고맙습니다|고마워요?|땡큐|부탁(?:드려요|드립니다|해요|합니다|함))|[\s,.!~]*(?:ㅠ+|ㅜ+|ㅋ+|ㅎ+|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]))[\s!.~^]*)+$/iu;

// "소켓 찾음 ㄳ", "cool, all containerd.", "레지스트리 푸시로 해결함.": a short opening that thanks for
// or reports on the previous answer. What follows is the new question, and only it says what is
// asked: the runtime the acknowledgement names is the old subject ("…ㄳ k3s 기본 traefik 끄는법?").
const ACKNOWLEDGES =
  /(?:^|[\s,.!~])(?<!(?:못|안|not|n't|never)\s?)(?:thanks|thank you|thx|ty|cheers|worked|works now|fixed(?: it)?|solved|found it|got it|makes sense|perfect|cool|nice|great|awesome|that did it|all good|ㄳ|ㄱㅅ|감사|고마워|고맙|ㅇㅋ|오케이|해결(?:함|완료|했\S*|됨|됐\S*)|찾(?:음|았\S*)|고(?:침|쳤\S*)|성공(?:함|했\S*)?|잘 ?(?:됨|돼|됐\S*)|보(?:임|여요|이네요?|입니다)|나(?:옴|와요|오네요?))(?=$|[\s,.!~ㅎㅋ])/i;
const OPENING =
  /^(?<opening>[^?.!\n]{2,50}?(?:[.!]+|\s(?:ㄳ|ㄱㅅ|ㅇㅋ|ㅎㅎ+|ㅋㅋ+)))\s+(?<rest>\S[\s\S]{9,})$/;

// What follows the opening asks: a question mark, or a Korean question's ending ("…끄는법", "…있음").
const ASKS = /[?？]|(?:까|나|니|냐|요|죠|지|음|함|임|법)\s*$/;

/** The question without an opening that acknowledges the previous answer, when a question follows it. */
export function withoutAcknowledgement(question: string): string {
  const { opening, rest } = OPENING.exec(question)?.groups ?? {};
  if (opening === undefined || rest === undefined || !ACKNOWLEDGES.test(opening)) return question;
  return ASKS.test(rest.trim()) ? rest : question;
}

/** True when a message opens by thanking for or reporting on the previous answer, then asks again. */
export const acknowledgesPrevious = (question: string) =>
  withoutAcknowledgement(question) !== question;

/** The question without a mention or greeting before it and a thanks after it (never emptied). */
export function withoutCourtesy(question: string): string {
  const rest = question.trim().replace(ADDRESS, "").replace(THANKS, "");
  return rest.length > 0 ? rest : question;
}

/**
 * The question without what only frames it: a mention or greeting before it, a thanks after it,
 * and a short lead-in that ends in a colon when the rest asks.
 */
export function withoutLeadIn(question: string): string {
  const asked = withoutCourtesy(question);
  const [, lead, rest] = LEAD_IN.exec(asked) ?? [];
  return lead !== undefined && rest !== undefined && lead.split(/\s+/).length <= LEAD_IN_MAX_WORDS
    ? rest
    : asked;
}
