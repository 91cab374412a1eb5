import type { Lang, LeadVerdict } from "../knowledge/schema.ts";

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
  /\b(?:not|no longer|dead|abandon(?:ed|ware)|unmaintained|cannot|can'?t|won'?t|isn'?t|aren'?t|doesn'?t|don'?t|unable|impossible|break|breaks|broken|stop(?:s|ped)? working|die|dies|died|dying|kill|kills|killed|lose|lost|exits?|exited|terminates?|terminated|affect(?:s|ed)?|impact(?:s|ed)?)\b|\brelated\b|\banything to do with\b|\b(?:a |any )?(?:problems?|issues?)\b(?!\s*free)|문제(?!(?:는|가|도)?\s?(?:없|X))|종료(?!\s?코드)|영향(?!(?:은|이|도)?\s?없)|(?:상관|관계|관련)(?:이|가)?\s?있|못 ?(?:쓰|써|씀|씁|돌|하|해)|안 ?(?:돼|되|돌아|써|쓰|보이|보여|보임|나오|나와|나옴|뜨|떠|뜸)|불가능|죽(?:었|나|어|는|을|으|냐|니|음|지)|끝났|사라지|깨지|깨져|깨짐|깨질|터지|터져|터짐|터질|날아가|날라가|끊기|끊겨|내려가|내려감|꺼지|꺼져|없어(?:졌|지|진|짐|졋)|없앴|빠졌|\b(?:removed|gone)\b|\bgo(?:es)? down\b|\bdrop(?:s|ped)?\b|\b(?:pods?|containers?|workloads?)\b.{0,20}\b(?:get|be|are|is) restarted\b|(?:컨테이너|파드|pod|container)\S{0,4}\s.{0,10}재시작 ?(?:되|돼|됨)|\bbehave (?:any |at all )?differently\b|\bchange how\b|\bwork (?:any )?differently\b|달라지(?:나|니|냐|는지|는 ?거)|바뀌(?:나|니|냐|는지)/i;
// "Do I need to rebuild?" expects the opposite of "Do they still run?": a need flips too. A
// need is the asker's work ("need to", "do we need"), not what a tool runs with: "does cri-o
// still need conmon?" or "is dockerd required there?" asks whether a tool is there.
const NEEDS =
  /\b(?:needs? to|(?:i|we|you|they) (?:still |really |even )?need|have to|has to|must|rebuild|re-?create|(?:anything|something) (?:else )?(?:on [\w ]{1,30} )?to (?:update|change|fix|edit|touch|redo)|should (?:i|we) (?:also )?(?:update|change|edit|touch))\b|해야|필요|다시 ?(?:빌드|만들)|새로 ?(?:빌드|만들)|[\uac00-\ud7af]야 ?(?:돼|되|됨|함|하나|하냐|하죠|할까|합니까|해요?(?![\uac00-\ud7af]))/i;
const FLIP = {
  en: [/^yes(?=[\s,;:.])/i, "No", /^no(?=[\s,;:.])/i, "Yes"],
  ko: [/^네(?=[\s,;:.])/, "아니요", /^(?:아니요|아니오|아뇨)(?=[\s,;:.])/, "네"],
} as const;
// "컨테이너는 안 죽는다는 게 사실이에요?", "is it true pods don't die?": a denied loss is the thing
// keeping on, so it reads as the positive question.
const DENIED_LOSS =
  /\b(?:not|never|doesn'?t|don'?t|won'?t|wouldn'?t|didn'?t|isn'?t|aren'?t)\s+(?:\w+\s+)?(?:die|dies|break|breaks|crash|crashes|get killed|lose)\b|안\s?(?:죽|깨지|깨져|끊기|끊겨|꺼지|꺼져|날아가|날라가|터지|터져|사라지|없어지|내려가)/gi;
const polarity = (text: string) => {
  const kept = text.replace(DENIED_LOSS, "keeps");
  return NEGATIVE.test(kept) !== NEEDS.test(kept);
};

/**
 * The clause that asks, split into its alternatives: "업그레이드 해야 되는데요, 재시작하면 컨테이너 다
 * 죽음?" asks whether they die (the need before the comma is the asker's situation), and "does it
 * still get releases or is it dead?" asks two things, of which a yes or no answers the first.
 */
function askedAlternatives(question: string): readonly string[] {
  const asked = (/^[^?]*\?/.exec(question.replace(TOPIC_ONLY, ""))?.[0] ?? question)
    .replace(TAG_QUESTION, "?")
    .replace(NORMAL_TAG, "?");
  // A sentence before the question is the asker's situation too ("…Docker Engine 유지해야 해요. 1.24
  // 이상에서도 가능함?" asks whether it is possible, not whether they must).
  const clause = asked.split(/[,;]|(?:는데|인데|은데|ㄴ데)요?\s|(?<=[.!。])\s+/).pop() ?? asked;
  const parts = clause.split(ALTERNATIVE);
  const last = parts.at(-1) ?? clause;
  const tail = TAIL_ALTERNATIVE.exec(last) ?? KO_CHOICE.exec(last);
  const choice = tail?.groups?.choice;
  return tail && choice ? [...parts.slice(0, -1), last.slice(0, tail.index), choice] : parts;
}
// "imagePullSecrets 는요? …새로 만들어야 함?", "and RKE2? does it …?": a question that only names a
// topic points at the next one, which is what a yes or no answers.
const TOPIC_ONLY =
  /^\s*(?:(?:\S+\s*){1,3}(?:는요|은요|도요)|(?:and|what about|how about)\s+(?:\S+\s*){1,3})\?\s*(?=\S[^?]*\?)/i;
// "that dies once the node is containerd, right?": a tag after a comma asks about the clause before it.
const TAG_QUESTION =
  /[,;]\s*(?:right|correct|yeah|yes|true|isn'?t (?:it|that|there)|aren'?t (?:they|we|there)|doesn'?t (?:it|that)|don'?t (?:they|we|i)|won'?t (?:it|they)|wasn'?t it|didn'?t (?:it|they)|can'?t (?:we|i)|ok|eh|no|맞죠|맞지|맞나요|맞아요|맞음|그쵸|그렇죠|그치)\s*\?*\s*$/i;
// "pause 컨테이너 안 보이는데 정상임?", "…doesn't list pause, is that normal?", "…doesn't show pause. is
// that normal or is something broken?": asking whether what is seen is normal asks about what is seen.
const NORMAL_TAG =
  /(?:(?<=[가-힣])(?:는데|인데|은데)요?|[,;.])\s*(?:(?:is|was) (?:that|this|it) (?:normal|expected)|정상\S{0,6})(?:\s+or\s+[^?]*)?\s*\?*\s*$/i;
// "파드마다 하나예요 컨테이너마다 하나예요?", "runc야 crun이야": two choices with the same ending
// ("바꿔야 하나요?" joins two verbs; its endings differ).
const KO_CHOICE =
  /(?<=[가-힣](?<end>예요|에요|야|인가요|나요|냐))\s+(?<choice>\S.*\k<end>)\s*\??\s*$/;
// "one shim per pod or per container?": a short choice after the last "or" (a longer tail such as
// "or crashes do the pods die?" goes on with the question).
const TAIL_ALTERNATIVE = /\s+or\s+(?<choice>(?:\S+\s+){0,3}\S+?)\s*[?!.]*\s*$/i;
// "or" opens a second alternative only before a clause ("or is it dead", "or do we have to…", "or
// not"); "if containerd restarts or crashes" is one condition.
const ALTERNATIVE =
  /\s+or\s+(?=(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|must|i|we|you|they|it|that|this|just|not|basically|totally|everything)\b)|\s*아니면\s*|(?<=[는은인을]지)\s+(?=안|아닌|말|못)/i;

// "… or not?", "되는지 안 되는지": the second alternative is the first one denied.
const BARE_OPPOSITE = /^(?:not\b|아닌|말|안|못)/i;

/**
 * A yes/no lead is written for its entry's own question ("Can Docker Engine still
 * be used?"). Asked the other way round ("is docker dead?"), the opener flips. Asked as a
 * choice between two things that are not each other's opposite ("still runc, or did it switch
 * to crun?"), a yes or no answers neither: the fact after it does.
 */
export function orientYesNo(lead: string, lang: Lang, asked: string, question: string): string {
  const [first = question, ...others] = askedAlternatives(question);
  const choosesBetween = others.some(
    (o) => !BARE_OPPOSITE.test(o) && polarity(o) === polarity(first),
  );
  if (choosesBetween) return stripYesNo(lead, lang);
  if (polarity(first) === polarity(asked)) return lead;
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

// What joinBareAnswer leaves at the start of a hedge ("꼭 그렇지는 않고, …", "it depends: …").
const JOINED_OPENER: Record<Lang, RegExp> = {
  en: /^(?:not always|it depends):\s/i,
  ko: /^(?:꼭 그렇지는 않고,|[^.\s][^.]{0,20}따라 다르며,)/,
};

/** True when an answer's text opens with a yes, a no or a hedge, as written or as joined to its fact. */
export function opensYesNo(text: string, lang: Lang): boolean {
  return YES_NO_OPENER[lang].test(text) || JOINED_OPENER[lang].test(text);
}

/** "아닙니다. containerd-shim은…" → "아니요, containerd-shim은…": the first sentence carries the fact, not a bare no. */
export function joinBareAnswer(lead: string, lang: Lang): string {
  for (const [bare, joined] of BARE_ANSWER[lang])
    if (bare.test(lead)) return lead.replace(bare, joined);
  return lead;
}

// A verdict answers whether something keeps working or breaks; "is that the
// cause?", "1.24에서 삭제된 거 맞지?" check a claim, which the verdict does not speak to.
const OUTCOME =
  /\b(?:work|works|working|break|breaks|broken|die|dies|fail|fails|failing|affect(?:s|ed)?|impact(?:ed)?|ok|okay|fine|safe|problems?|issues?|survive)\b|깨지|깨져|깨짐|터지|터져|터짐|죽|동작|돌아가|돌아감|되나|돼\?|됨\?|되죠|문제|영향|괜찮|멀쩡|망하|망가|못 ?쓰|못 ?써/i;
const CLAIM_CHECK =
  /맞(?:아|나|죠|지|음|습니까|는지|을까)|사실|때문|\b(?:right|true|correct|accurate|the cause|the reason|expected|because)\b/i;
// "do we need to…" is left out: whether the thing asked about is the one that breaks or its fix
// ("need to recreate the mirrors?" vs "need to add --container-runtime=remote?") the verdict cannot tell.
const asksOutcome = (question: string) => {
  const asked = askedAlternatives(question).join(" ");
  return OUTCOME.test(asked) && !NEEDS.test(asked) && !CLAIM_CHECK.test(asked);
};

/** The question a verdict's opener is written for: whether the thing keeps working. */
const VERDICT_QUESTION = { en: "does it still work?", ko: "그대로 되나요?" } as const;
const VERDICT_OPENER: Record<Lang, Record<LeadVerdict, string>> = {
  en: { holds: "Yes, ", fails: "No, " },
  ko: { holds: "네, ", fails: "아니요, " },
};
// "No, the kubelet…", but "No, Kubernetes 1.26…" and "No, `docker:dind`…": only a common word
// that opened the sentence loses its capital.
const COMMON_FIRST =
  /^(?:A|An|The|It|Its|This|That|These|Those|There|Only|With|On|In|From|After|When|If|Once|Some|Most|Each|Every|Any|All|Both|Pods?|Nothing|Images|Agents|Log|Mounting|Moving|Removing|Restarting|Running|Switching|Upgrading|Mismatched|Left)\b/;

/**
 * A lead with a verdict, for a yes/no question: "Yes" when it holds, "No" when it fails, turned
 * round for a question asked the other way ("does that die too?").
 */
export function openByVerdict(
  lead: string,
  lang: Lang,
  verdict: LeadVerdict,
  question: string,
): string {
  if (!asksOutcome(question)) return lead;
  const rest =
    lang === "en" && COMMON_FIRST.test(lead) ? lead.charAt(0).toLowerCase() + lead.slice(1) : lead;
  return orientYesNo(
    `${VERDICT_OPENER[lang][verdict]}${rest}`,
    lang,
    VERDICT_QUESTION[lang],
    question,
  );
}
