// How a question is put, whatever it asks about: question words, yes/no shapes, a symptom told,
// a tag after a statement. intent.ts reads these beside the wording rules in intent-rules.ts.

// Korean question words: a sentence holding one is not a yes/no question. "어케/어캐" are how
// "어떻게" is typed in chat ("설정 처음부터 어케함" asks how, though it ends like "…함?").
export const KO_WH =
  /뭐|뭔|뭡|무엇|뭘|왜|언제|어디|어떻게|어케|어캐|어떡|어떤|어느|몇|누가|누구|무슨/;
export const EN_AUX_START =
  /^(?:(?:so|and|but|ok|okay|hey|hi|alright|right|hmm+|well|then|also|wait|oh|cool|great|got it|i see)[,.!]?\s+){0,3}(?:is|are|can|could|does|do|did|will|would|should|was|were|has|have|am|must|may|isn't|aren't|doesn't|don't|won't|can't)\b/;

// "…docker://20.10.17 — does that 100% mean we're on dockershim?": a dash sets off the question too.
export const EN_YESNO_EXTRA =
  /[,.;:!?\u2013\u2014-]\s*(?:does|do|will|would|is|are|can|could|should)\s(?:it|this|that|the|my|our|we|i|they|docker|containerd|kubernetes|k8s)\b|[,.;:!?\u2013\u2014-]\s*(?:do|does|will|would|can|could|should)\s+(?:[\w-]+\s+){1,3}(?:need|needs|have to|has to|still|keep|keeps|survive|survives|stay|stays)\b|\S\s*==\s*\S|\bright\?|,\s*correct\s*\?|(?<!\bwhat )\bdoes (?:that|this|it)(?: \S+)? mean\b|\bis it (?:the )?same\b|\bsame as\b|\bsame thing\b(?!,? (?:but |only |just )?(?:for|on|with|in)\b)|,\s*same (?:deal|story)\s*\?|\bor not\b|\bor (?:do|does|should|must|will) (?:we|i|they|it)\b|\b(?:we're|we are|i'm|it's|it is|that's|they're|everything's|everything is|we|it|they) (?:all |still |now |then )?(?:fine|ok|okay|good|safe|done|covered|set)\b[^?]*\?\s*$|\byes(?: or |\/)no\b|예\/아니오|예 ?아니면 ?아니오/;
export const KO_YESNO =
  /(?:(?:됨|함|씀|임|맞지|맞나|아님|거지|거죠|건지|되지)\??\s*$|같은 ?거|똑같|맞나요|맞아|맞죠|맞음|되나요|되나|돼\?|돼요\?|될까|되죠|되냐|되지\?|가능(?:한|해|하나|함|\?)|[\uac00-\ud7af] ?수 ?있|있나요|없나요|나요\??$|까요\??$|죠\??$|냐\??$|니\??$|거임|건가|인가요?\??$|ㅇㅇ|아님\??$|임\??$)/;

// A Korean remark ending in a nominal form ("폐쇄망임", "바꾼 노드임") without a question mark.
export const TOLD_REMARK = /[\uac00-\ud7af](?:임|음|함)\s*$/;

// A Korean sentence ending in a verb and "?" with no question word asks yes or no ("1.24에서도 돌아가?").
export const KO_VERB_QUESTION = /[\uac00-\ud7af]\s*\?+\s*$/;

export const SYMPTOM =
  /\b(?:won'?t|wont|doesn'?t|doesnt|can'?t|cant|fails?|failing|failed|stuck|not working|broken|errors?|complains?)\b|\bshows? (?:literally |absolutely |just |still )?(?:nothing|zero|no \w+)\b|\b(?:is|are|comes? back|looks?) empty\b|안 ?보여|안 ?보이|안 ?나와|안 ?나옴|못 ?찾|안 ?떠|안 ?돼요|에러|오류|실패|안 ?됨|안 ?먹|안 ?붙|안 ?끊기|\bkeeps? (?:logging|failing|restarting|crashing|pulling)\b|\bnotready\b|crashloop|멈춤|멈췄|걸려 ?있|안 ?넘어가|containercreating/;

// "1.23 is the last release with dockershim, correct? deciding whether…": a statement with a tag
// asks whether it holds, and more may follow the tag. Only tags that always ask count here
// (yes-no.ts's TAG_QUESTION, which reads the clause before a tag, takes more): read as yes/no,
// ", yeah?" sent "runc is still the default there, yeah?" to an unrelated yes/no facet.
export const STATEMENT_TAG =
  /[,;]\s*(?:right|correct|isn'?t it|doesn'?t it|aren'?t they|don'?t they|맞죠|맞지|맞나요|맞아요|맞음|그쵸|그렇죠|그치)\s*\?+(?:\s|$)/i;

// "…or do we need to set up creds?" asks whether; "can you walk me through setting it up?" asks for steps.
export const ASKS_STEPS =
  /\b(?:steps?|procedure|walk (?:me|us) through|guide|order|sequence|runbook|playbook|how (?:to|do|would|should|can))\b|^(?:can|could|would) you\b/;
