import type { Lang } from "../knowledge/schema.ts";

// How yes/no answers open: the opener an entry's lead starts with is kept, flipped or dropped.

export const YES_NO_OPENER = {
  en: /^(?:yes|no|not necessarily|not really|mostly|partly)\s*[,;:.—–-]\s*/i,
  ko: /^(?:네|예|아니요|아니오|아뇨|아닙니다|맞습니다|그렇습니다|꼭 그렇지는 않습니다|꼭 그렇진 않습니다)\s*[,;:.]\s*/,
} as const;

// "containerd-shim is…", "cri-dockerd is…", "crictl has…": a tool's name keeps its own spelling.
const NAME_FIRST =
  /^(?:[a-z][\w.]*[-.][\w.-]*|containerd|crictl|nerdctl|ctr|runc|crun|conmon|kubelet|kubeadm|dockershim|dockerd|minikube|kind|k3s)\b/;

/** "Yes; docker build images run…" becomes "docker build images run…" for a question that did not ask yes or no. */
export function stripYesNo(lead: string, lang: Lang): string {
  const rest = lead.replace(YES_NO_OPENER[lang], "");
  if (rest === lead) return lead;
  // Only an English sentence is capitalised, and not when it opens with a tool's name; a Korean
  // one opening with "containerd-shim은" stays as written.
  if (lang !== "en" || NAME_FIRST.test(rest)) return rest;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

// Negative wording ("is docker dead?", "못 씀?") expects the opposite yes/no of a positive one.
const NEGATIVE =
  /\b(?:not|no longer|dead|cannot|can'?t|won'?t|isn'?t|aren'?t|doesn'?t|don'?t|unable|impossible|break|breaks|broken|stop(?:s|ped)? working|die|dies|died|dying|kill|kills|killed|lose|lost)\b|못 ?(?:쓰|써|씀|씁|돌|하|해)|안 ?(?:돼|되|돌아|써|쓰)|불가능|죽(?:었|나|어|는|을|으|냐|니|음|지)|끝났|사라지|깨지|깨져|터지|터져|터짐|터질|날아가|날라가|끊기|끊겨|내려가|내려감|꺼지|꺼져|\bgo(?:es)? down\b|\bdrop(?:s|ped)?\b/i;
// "Do I need to rebuild?" expects the opposite of "Do they still run?": a need flips too.
const NEEDS =
  /\b(?:need|needs|have to|has to|must|required?|rebuild|re-?create)\b|해야|필요|다시 ?(?:빌드|만들)|새로 ?(?:빌드|만들)|[\uac00-\ud7af]야 ?(?:돼|되|됨|함|하나|하죠|할까|합니까)/i;
const FLIP = {
  en: [/^yes(?=[\s,;:.])/i, "No", /^no(?=[\s,;:.])/i, "Yes"],
  ko: [/^네(?=[\s,;:.])/, "아니요", /^(?:아니요|아니오|아뇨)(?=[\s,;:.])/, "네"],
} as const;
const polarity = (text: string) => NEGATIVE.test(text) !== NEEDS.test(text);

/**
 * The clause that asks: "업그레이드 해야 되는데요, 재시작하면 컨테이너 다 죽음?" asks whether they die;
 * the need before the comma is the asker's situation, not the question's direction.
 */
function askingClause(question: string): string {
  const asked = /^[^?]*\?/.exec(question)?.[0] ?? question;
  return asked.split(/[,;]|(?:는데|인데|은데|ㄴ데)요?\s/).pop() ?? asked;
}

/**
 * A yes/no lead is written for its entry's own question ("Can Docker Engine still
 * be used?"). Asked the other way round ("is docker dead?"), the opener flips.
 */
export function orientYesNo(lead: string, lang: Lang, asked: string, question: string): string {
  if (polarity(askingClause(question)) === polarity(asked)) return lead;
  const [yes, toNo, no, toYes] = FLIP[lang];
  if (yes.test(lead)) return lead.replace(yes, toNo);
  if (no.test(lead)) return lead.replace(no, toYes);
  return lead;
}

// A bare answer or hedge ("Not necessarily.", "버전과 설정에 따라 다릅니다.") and how it joins its fact.
const BARE_ANSWER: Record<Lang, readonly (readonly [RegExp, string])[]> = {
  en: [
    [/^(yes|no)\.\s+/i, "$1, "],
    [/^(not necessarily|not always|it depends)\.\s+/i, "$1: "],
  ],
  ko: [
    [/^(?:아닙니다|아니요|아니오)\.\s+/, "아니요, "],
    [/^꼭 그렇(?:지는|진) 않습니다\.\s+/, "꼭 그렇지는 않고, "],
    [/^([^.\s][^.]{0,20}따라) 다릅니다\.\s+/, "$1 다르며, "],
  ],
};

/** "아닙니다. containerd-shim은…" → "아니요, containerd-shim은…": the first sentence carries the fact, not a bare no. */
export function joinBareAnswer(lead: string, lang: Lang): string {
  for (const [bare, joined] of BARE_ANSWER[lang])
    if (bare.test(lead)) return lead.replace(bare, joined);
  return lead;
}
