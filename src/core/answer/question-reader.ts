import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { withoutAcknowledgement, withoutCourtesy } from "../retrieval/courtesy.ts";
import { createSpeller, wordsOf } from "../text/spelling.ts";

// Words a question asks with that the knowledge may not spell out ("verison" is a typo of a word
// the intent rules read, not only of the entries').
const ASKING_WORDS = [
  "version",
  "release",
  "replaced",
  "equivalent",
  "difference",
  "deprecated",
  "deadline",
  "confirm",
  "instead",
  "happens",
  "procedure",
  "directory",
  "location",
];

// "고객사에서 dockershim이 뭐냐고 물어보는데 뭐라고 설명함?", "a customer asked why k8s dropped docker,
// what do I tell them?": someone else's question, relayed with a request for what to answer.
const KO_RELAYED =
  /^([^?]*?)(냐|나|까|는지|인지|은지)고?\s*(?:물어보|물어|묻|문의|질문)(?:[^?]*?(?:뭐라고?|어떻게|어케)\s*(?:설명|대답|답|말|얘기|해|하|함)[^?]*|[가-힣]{0,6})\s*[?.!~]*\s*$/;
// Who relayed it ("a customer asks", "my manager wants to know") and the request for what to answer
// after it (", what do I tell them?"): shared by the relayed wh- and yes/no questions.
const RELAYS = String.raw`\b(?:asks?|asked|asking|wants? to know|wondering|wonders?)\s+(?:me\s+|us\s+)?`;
const RELAYED_BY = String.raw`^.*?${RELAYS}`;
// With nothing after it, the relay must open the message ("customer asks if…"): "…now? mgmt is
// asking why" at the end of a question is a remark about it.
const RELAYED_FIRST = String.raw`^[^?.!]{0,40}?${RELAYS}`;
const WHAT_TO_ANSWER = String.raw`\s*[,.;:!?\u2013\u2014-]+\s*(?:so\s+)?(?:what|how)\s+(?:do|should|would|can)\s+(?:i|we)\s+(?:tell|say|answer|explain|reply|respond)\b[^?]*\??\s*$`;
// …or with nothing after it: "customer asks if they have to change their limits".
const TO_END = String.raw`\s*[?.!]*\s*$`;
const CLAUSE = String.raw`(?:[^?.!]|\.(?=\S))+?`;
const EN_RELAYED = [
  new RegExp(
    String.raw`${RELAYED_BY}((?:what|why|how|when|where|which)\b${CLAUSE})${WHAT_TO_ANSWER}`,
    "i",
  ),
  new RegExp(
    String.raw`${RELAYED_FIRST}((?:what|why|how|when|where|which)\b${CLAUSE})${TO_END}`,
    "i",
  ),
];

// "a customer asks whether they can still run docker engine, what do I tell them?": a yes/no
// question relayed, put back as asked ("can they still run docker engine?").
const YES_NO_CLAUSE = String.raw`(?:whether|if)\s+(?<subject>[\w'.-]+(?:\s+[\w'.-]+){0,3}?)\s+(?<verb>can|could|will|would|should|must|need to|needs to|have to|has to|is|are|was|were)\s+(?<rest>${CLAUSE})`;
const EN_RELAYED_YES_NO = [
  new RegExp(String.raw`${RELAYED_BY}${YES_NO_CLAUSE}${WHAT_TO_ANSWER}`, "i"),
  new RegExp(String.raw`${RELAYED_FIRST}${YES_NO_CLAUSE}${TO_END}`, "i"),
];

// "…몇 버전에서 제거됐는지 확인 부탁드립니다", "…어떤 영향이 있는지 여쭤봐도 될까요?": a polite request
// wrapped around an embedded question asks that question; "확인" here is "please tell me", not
// "how do I check".
const POLITE_REQUEST =
  /([가-힣]*(?:인지|는지|은지|던지|할지|될지|을지|한지|된지|일지))\s*(?:좀\s*)?(?:확인\s*)?(?:좀\s*)?(?:부탁\s?(?:드립니다|드려요|드릴게요|드리겠습니다|합니다|해요)|여쭤\s?(?:봐도|보아도)\s?(?:될까요|되나요|될지요|괜찮을까요)|여쭤\s?봅니다|여쭙니다|문의\s?(?:드립니다|드려요)|알려\s?주실\s?수\s?있을까요|알려\s?주시면\s?감사하겠습니다|알\s?수\s?있을까요)[\s.!~?]*/g;

/** The question a polite request asks ("…제거됐는지 확인 부탁드립니다" → "…제거됐는지?"). */
export function withoutPoliteRequest(question: string): string {
  return question.replace(POLITE_REQUEST, "$1? ").trim();
}

/** The question someone else asked, when the message relays it and asks what to answer. */
export function relayedQuestion(question: string): string | undefined {
  const asked = question.trim();
  const ko = KO_RELAYED.exec(asked);
  if (ko?.[1]) return ko[1].endsWith("뭐") ? `${ko[1]}야?` : `${ko[1]}${ko[2]}?`;
  const en = EN_RELAYED.map((re) => re.exec(asked)).find((m) => m?.[1]);
  if (en?.[1]) return `${en[1]}?`;
  const yesNo = EN_RELAYED_YES_NO.map((re) => re.exec(asked)?.groups).find(Boolean);
  if (!yesNo) return undefined;
  // "whether they need to rebuild" is asked "do they need to rebuild?".
  const needs = /^(?:need|needs|have|has) to$/.test(yesNo.verb ?? "");
  return needs
    ? `do ${yesNo.subject} ${yesNo.verb?.replace(/^needs/, "need").replace(/^has/, "have")} ${yesNo.rest}?`
    : `${yesNo.verb} ${yesNo.subject} ${yesNo.rest}?`;
}

/**
 * Reads a message as the question it asks: "<@U07AB> hey bot, what repalced dockershim? thanks!"
 * is "what replaced dockershim?" — who is addressed, the thanks and fast-typing slips are not
 * part of what is asked (the answer still echoes the message as sent). A relayed question ("고객이
 * X가 뭐냐고 물어보는데 뭐라고 설명함?") is the question relayed.
 */
export function createQuestionReader(kb: KnowledgeBase): (text: string) => string {
  const spell = createSpeller(spellingWords(kb));
  return (text) => {
    const asked = withoutAcknowledgement(withoutCourtesy(withoutPoliteRequest(text)));
    return spell(relayedQuestion(asked) ?? asked);
  };
}

/** Every Latin word the knowledge writes, with the words questions ask with: the speller's vocabulary. */
export function spellingWords(kb: KnowledgeBase): Set<string> {
  const texts = kb.entries.flatMap((e) => [
    e.id,
    ...e.tags,
    ...(["ko", "en"] as const).flatMap((l) => [
      e[l].title,
      e[l].lead,
      ...e[l].points,
      ...e[l].examples,
    ]),
    ...(e.facets ?? []).flatMap((f) =>
      (["ko", "en"] as const).flatMap((l) => [f[l].lead, ...f[l].examples, ...(f[l].steps ?? [])]),
    ),
  ]);
  const glossary = kb.glossary.terms.flatMap((t) => [t.canonical, t.en, ...t.variants]);
  return wordsOf([...texts, ...glossary, ...ASKING_WORDS]);
}
