import type { Lang } from "../knowledge/schema.ts";
import { hasExplicitIntent, type Intent } from "../retrieval/intent.ts";
import { asksCounterpart } from "./choose.ts";
import { turnWords } from "./turn.ts";
import type { TurnContext } from "./types.ts";

// Openers that lean on the previous turn: "and for CRI-O?", "그럼 롤백은?", "what about 1.27?".
const FOLLOW_UP_OPENER =
  /^(?:(?:ok|okay|so|hmm),? and|and|also|what about|how about|then|so what about|same (?:thing|deal|story|question|q|one)?,? ?(?:but |only |just )?(?:for|with|on|in)|same (?:thing|deal|story|question|q|one),? ?but|and for|and on|and in|and with|or)\b|^(?:그럼|그러면|그렇다면|그건|그거는?|그리고|그래서|그럼요|또|그 ?다음|그 ?경우)/i;
// Endings that do ("CRI-O 쓰는 클러스터는?", "1.27 이라면요?"), when nothing before them asked:
// "런타임 바꾸면 registry는 그대로 됨? daemon.json 설정은?" asks its second thing about the first.
const FOLLOW_UP_ENDING =
  /^[^?]*?(?:(?:는요|은요|이요|라면요?|이라면요?|면요|일 ?때는?요?|경우는?요?)\s*\??|(?:^|[\sa-z0-9])(?:은|는)\s*\?+)\s*$/i;
const followsUp = (q: string) => FOLLOW_UP_OPENER.test(q) || FOLLOW_UP_ENDING.test(q);

// Words that point at something said before: "what should I run there instead?", "그 중에 EKS는?", "같은 방법으로 보면 됨?".
const REFERS =
  /\bwhere(?:'s| is| are| do (?:i|we|you))? (?:that|this|it|those|these) (?:set|configured|defined|stored|kept|changed)\b|\bwhere (?:do|can|should) (?:i|we|you) (?:set|configure|change) (?:that|this|it)\b|\b(?:there|that one|those|after that|then|instead|same way|same thing|in that case)\b|\b(?:roll|apply|do|try|ship|deploy|test|undo|revert|automate|script)\s+(?:that|this|it)\b|^(?:so |and |but |ok )?(?:is|was|does|did|will|would|can|could) that\b|\b(?:for|about|with|to|on|in|from|do|of|check|verify|confirm|fix|solve|debug|test|see|find|change|undo|prevent|avoid) (?:that|it|this|them)\s*\??\s*$|\b(?:which|either|both|neither|one) of (?:the|these|those) two\b|\b(?:did|does|was|will) (?:that|this) (?:happen|change|start|land|ship)\w*\b|\b(?:does|do|did|uses?|mounts?|needs?|runs?) (?:this|that)\s*\??\s*$|\bwhich (?:one|of (?:them|the two)) (?:it|this|that)(?: \w+)? (?:is|was)\b|\bwhen was (?:that|this)\b|그 ?중|둘 ?중|거기|같은 ?방법|그 ?방법|그렇게|그거|그것|이거|저거|그 ?다음|그 ?뒤|그 ?후|그 ?쪽|쪽은/i;

// "그 설정 파일 어딨어?", "where is that config file?": a thing of the previous answer's subject
// ("그 중에 EKS는?" picks a new subject instead).
const THING_OF_PREVIOUS =
  /\b(?:its|that|this|the same) (?:config|file|socket|path|setting|command|flag|section|error)\b|^(?:(?:and|so|ok|okay),? )?the (?:config )?(?:file|socket|path|setting|section) (?:goes|lives|is|sits)\b|^(?:그|저|해당) (?!중)(?=[\uac00-\ud7afa-z])/i;

// A Korean pronoun for a thing ("그거 어떻게 적용해요?") is the previous answer's subject, whatever else is named.
const KO_PRONOUN = /(?:^|\s)(?:그거|그걸|그것|그게|이거|이걸|저거|저걸|그런 ?(?:거|게|것|애))/;

// "노드 annotation도 바꿔야 된다던데 그게 뭐임": a pronoun right after what the asker heard points at that.
const HEARD_THEN_PRONOUN =
  /(?:던데|다는데|라는데|다며|라며|다던데|라던데)[\s,]*(?:그게|그거|그건|그것)/;

// "unrelated, but…", "while we're on it, …", "그 김에 …": the asker says the thread is left behind.
// The marker may open a later sentence too: "ok we'll move off the socket. separate q: …".
const CHANGES_TOPIC =
  /(?:^|[.!?]\s+)(?:(?:ok|okay|cool|thanks|also|and),?\s+)?(?:unrelated|off[- ]topic|different (?:question|topic)|(?:separate|another|side|other) (?:q|question|topic|thing)\b|on another note|by the way|btw|while (?:we're|we are|i'm|i am) (?:on it|at it|here)|random (?:q|question))\b|(?:^|[.!?]\s+)(?:다른|딴) ?(?:얘기|이야기|질문)|(?:^|[.!?]\s+)(?:별개로|그 ?김에|이 ?김에|그건 그렇고)/i;

/** True when the question says it leaves the thread ("unrelated, but…"). */
export function changesTopic(question: string): boolean {
  return CHANGES_TOPIC.test(question.trim());
}

/** True when the question points at the previous answer's subject with a pronoun. */
export function pointsWithPronoun(question: string): boolean {
  return KO_PRONOUN.test(question) && !HEARD_THEN_PRONOUN.test(question);
}

// "what goes in it for a crio node?", "so where's its socket?", "which path does containerd read
// it from": "it" inside a follow-up is the previous answer's subject.
const IT_OF_PREVIOUS =
  /\b(?:its|their)\b|\b(?:read|get|put|set|configure|owns?|change|find|load|install|restart|remove[sd]?|deprecate[sd]?|drop(?:ped)?|add(?:ed)?|introduce[sd]?|replace[sd]?|release[sd]?|support(?:s|ed)?|ha[sd]|have|ship(?:s|ped)?|include[sd]?|contain(?:s|ed)?) it\b|\b(?:in|into|from|with|on) it\b/i;

/** True when an English follow-up points at the previous answer's subject with "it" or "its". */
export function pointsWithIt(question: string): boolean {
  return IT_OF_PREVIOUS.test(question);
}

// "ok which file do i touch and what exactly do i change", "그럼 어느 파일 고쳐요?": which file or
// command, asked of no subject, is the previous answer's.
const WHICH_THING =
  /^(?:(?:ok|okay|so|and|then|right|got it|thanks),? )*(?:which|what) (?:file|command|flag|setting|key|line|path|section)s?\b|^(?:그럼|그러면|그래서|ㅇㅋ|오케이)?\s*(?:어느|어떤|무슨) ?(?:파일|명령어?|플래그|설정|키|줄|경로)/i;

/** True when a question that names no topic of its own points back at the previous turn. */
export function refersBack(question: string): boolean {
  return REFERS.test(question) || THING_OF_PREVIOUS.test(question) || WHICH_THING.test(question);
}

// "if some pools go cri-o instead, what changes in that list?", "CRI-O면 그 순서 뭐가 달라져?":
// asked of the steps just given, the answer is steps again, for whatever the question names.
const STEPS_BACK =
  /\b(?:that|those|these|the same|this) (?:list|steps|order|procedure|runbook|sequence|checklist)\b|(?:그|이|위|같은) ?(?:순서|절차|단계|목록|런북)/i;

/** True when the question points at the steps of the previous answer. */
export function refersToSteps(question: string): boolean {
  return STEPS_BACK.test(question);
}

// "ok where exactly does that go in config.toml?", "그 설정 어느 파일에 넣어요?": where the thing just
// answered goes; the file it names is the place, not a new subject.
const WHERE_THAT_GOES =
  /\bwhere (?:exactly )?(?:does|do|should|would|did) (?:that|it|this|those|these|they) (?:go|live|belong|sit|get set)\b|(?:그거|그건|그걸|그 ?설정|이 ?설정|그 ?값|그 ?줄)\s?(?:은|는)?\s?(?:어디|어느 ?(?:파일|섹션))/i;

/** True when the question asks about a thing that belongs to the previous answer's subject. */
export function asksAboutPrevious(question: string): boolean {
  return THING_OF_PREVIOUS.test(question.trim());
}

// "미니큐브는?", "CRI-O는요?", "k3s?": a subject alone, asking the previous question about it.
// "minikube 에선?", "k3s에서는?": a place's case ending, with or without the space people type.
const BARE_SUBJECT =
  /^[^\s?]{1,24}(?:은|는|은요|는요|요|\s?(?:에선|에서는|에서|에선요|에서는요))?\s*\?+\s*$/;

/** True when the question is only a subject ("미니큐브는?"): in a conversation, a follow-up. */
export function isBareSubject(question: string): boolean {
  return BARE_SUBJECT.test(question.trim());
}

// "cri-dockerd 는? 문서마다 /run 이랑 /var/run 다르게 써있던데": a subject alone, then a remark.
const SUBJECT_THEN_REMARK = /^[^\s?]{1,24}\s?(?:은|는)(?:요)?\s*\?+\s+\S/;

/** True when the question opens with a subject alone and adds a remark: in a conversation, a follow-up. */
export function opensWithBareSubject(question: string): boolean {
  return SUBJECT_THEN_REMARK.test(question.trim());
}

// "그럼 kubelet 쪽은 어디서 맞춰?", "and on the kubelet side?": the other side of what was just answered.
// "CRI-O면 어디에 넣어?", "k3s라면?", "CRI-O 노드면 어디서 해?": the same question, asked for another case.
// "CRI-O도 돼?", "k3s도 마찬가지?": the same thing, asked for another case.
// "CRI-O 노드도 몇 대 있는데 거기는 어디다 설정해요?": the same question, for the place just named.
// "그럼 CRI-O는 어디서 해?", "그럼 containerd 노드는 어디에 넣어요?": the same question, asked of
// another runtime, cluster or the kubelet ("그럼 conmon은 어디 끼는거야?" asks about a new thing).
const OTHER_SIDE =
  /(?:^|\s)거기(?:는|선|서는|에는|엔|도)\s?(?:어디|어떻게|어케|뭐|뭘|무슨|어느)|^(?:그럼\s+)?[^\s?]{1,24}\s?도\s*(?:돼|되나|되나요|돼요|되냐|가능|가능해|가능해요|가능한가요|마찬가지|같아|똑같아)?\s*\?+\s*$|^(?:그럼|그러면|그렇다면)\s+(?:cri-?o|crio|containerd|cri-dockerd|docker|도커|k3s|kind|minikube|미니큐브|kubelet|windows|윈도우|eks|gke|aks)\s?(?:(?:노드|클러스터|서버|워커)\s?)?(?:은|는|은요|는요)\s+(?:어디|어떻게|어케|뭐|뭘|무슨|어느|언제|왜)|[^\s?]\s?쪽(?:은|엔|에는|에서는|에선|에도|도|이면)(?=\s|\?|$)|\b(?:on|for) the \S+ side\b|^(?:그럼\s+)?[^\s?]{1,24}\s?쓰는 ?[\uac00-\ud7af]{1,5}(?:은|는|에서는|에선|이면|라면)(?=\s|\?|$)|^(?:그럼\s+)?[^\s?]{1,24}\s?(?:(?:쓰는 ?)?(?:노드|클러스터|환경|서버|워커)(?:이?면|라면|이라면|에서는|에선)|이?면|라면|이라면)(?=\s|\?|$)/i;

// "and where does that live on the cri-o nodes?": the thing just answered, asked for another kind of node.
const THAT_ON_OTHER_NODES =
  /\b(?:that|it|this|those|these|the same)\b.*\b(?:on|for|in) (?:the |our |a |an )?(?!(?:a|an|the|our|my|your|their|each|every|that|this|one|same|other|all|those|these)\b)[\w.-]+ (?:nodes?|clusters?|hosts?|workers?|side)\b/i;

/** True when the question asks the previous one for another side or case (kubelet vs runtime, CRI-O). */
export function asksOtherSide(question: string): boolean {
  return OTHER_SIDE.test(question) || THAT_ON_OTHER_NODES.test(question);
}

const TOPIC_ENDING = /(?:은|는|은요|는요)\s*\?+\s*$/;
const SHORT_TOPIC = 30;

/**
 * Whether a question needs the previous turn to make sense. One that names a
 * topic and asks something explicit ("그럼 containerd 설정 파일은 어디?") stands
 * alone even with a follow-up opener.
 */
export function needsContext(question: string, namesEntity: boolean, knownWords: number): boolean {
  const explicit = hasExplicitIntent(question);
  if (namesEntity && explicit) return false;
  const q = question.trim();
  if (followsUp(q)) return true;
  // "CRI-O 쓰는 클러스터는?": a short phrase ending in a topic particle, asking nothing of its own.
  if (!explicit && q.length <= SHORT_TOPIC && TOPIC_ENDING.test(q)) return true;
  // One word of the field alone ("k3s?", "1.27?") leans on the previous turn; none ("thanks!",
  // "<!channel> hi") asks nothing.
  return knownWords === 1 && !explicit && !namesEntity;
}

export function clarifyText(lang: Lang): string {
  return lang === "ko"
    ? "무엇에 대한 질문인지 잘 모르겠습니다. 어떤 런타임이나 주제(예: containerd, CRI-O, 도커심 제거, 마이그레이션)를 말씀하시는지 함께 적어 다시 물어봐 주십시오."
    : "I'm not sure what that refers to. Which runtime or topic do you mean (for example containerd, CRI-O, the dockershim removal or a migration)? Please ask again with it.";
}

/** What decides whether a question leans on the previous turn, besides its wording. */
export interface LeanInput {
  readonly question: string;
  /** Whether there is a previous turn to lean on. */
  readonly inConversation: boolean;
  readonly namesEntity: boolean;
  readonly knownWords: number;
  /** Whether every subject the question names was named in the previous question (read only when asked). */
  readonly namedBefore: () => boolean;
  /** Whether it asks the previous question's kind of thing of a peer of its subject (read only when asked). */
  readonly swapsPeer: () => boolean;
}

/**
 * True when a question is read against the previous turn: it means nothing alone ("and for
 * CRI-O?"), or, in a conversation, it points back with a pronoun, a bare subject or another
 * side ("그럼 kubelet 쪽은?"), or with "it" about subjects already named.
 */
export function leansOnPrevious(input: LeanInput): boolean {
  const { question, inConversation, namesEntity, knownWords, namedBefore, swapsPeer } = input;
  if (needsContext(question, namesEntity, knownWords)) return true;
  if (!inConversation) return false;
  return (
    (!namesEntity && refersBack(question)) ||
    // "containerd 쪽에서 그거랑 같은 역할 하는 건?", "우리 containerd 노드에 그거 어떻게 적용해요?":
    // "그거" is the previous answer's subject, whatever else the question names.
    pointsWithPronoun(question) ||
    (refersBack(question) && asksCounterpart(question)) ||
    refersToSteps(question) ||
    WHERE_THAT_GOES.test(question) ||
    isBareSubject(question) ||
    opensWithBareSubject(question) ||
    asksOtherSide(question) ||
    swapsPeer() ||
    (knownWords === 0 && asksOnlyHow(question)) ||
    // "which path does containerd read it from?" after a containerd answer: "it" points back
    // when every subject named was named before.
    ((pointsWithIt(question) || asksAboutPrevious(question)) && namedBefore())
  );
}

/** "CRI-O는 몇 버전부터 돼요?" is 20 characters; one that carries its own context is longer. */
const SAME_OF_PEER_CHARS = 30;

/**
 * "ㅇㅇ 어케 고침", "why tho?": this short, with no word the knowledge uses, a question that still
 * says what kind of answer it wants asks it of the previous answer ("thanks!" asks nothing).
 */
const ONLY_HOW_CHARS = 20;

function asksOnlyHow(question: string): boolean {
  const q = question.trim();
  return q.length <= ONLY_HOW_CHARS && hasExplicitIntent(q);
}

/** A question, the subjects it names, and the turn before it. */
export interface PeerSwap {
  readonly question: string;
  readonly intent: Intent;
  readonly named: readonly string[];
  readonly previous: TurnContext | undefined;
  /** The subjects a text names. */
  readonly namedIn: (text: string) => readonly string[];
  readonly peers: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * "CRI-O는 몇 버전?" after "which containerd version for 1.24?": a short question asking the same
 * kind of thing of one peer of what the previous question named.
 */
export function asksSameOfPeer(input: PeerSwap): boolean {
  const { question, intent, named, previous, namedIn, peers } = input;
  const [subject, ...more] = named;
  if (!previous || !subject || more.length > 0 || previous.intent !== intent) return false;
  if (question.trim().length > SAME_OF_PEER_CHARS) return false;
  const before = namedIn(turnWords(previous));
  return !before.includes(subject) && before.some((t) => peers.get(t)?.has(subject));
}
