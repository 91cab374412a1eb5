import { z } from "zod";
import {
  lastAfterBackground,
  questionSentences,
  slackSentences,
} from "../text/question-sentences.ts";
import { withoutLeadIn } from "./courtesy.ts";
import { RULES } from "./intent-rules.ts";
import { afterCondition, asksAgain, EN_WH, normalize } from "./question-parts.ts";
import {
  ASKS_STEPS,
  EN_AUX_START,
  EN_YESNO_EXTRA,
  KO_VERB_QUESTION,
  KO_WH,
  KO_YESNO,
  STATEMENT_TAG,
  SYMPTOM,
  TOLD_REMARK,
} from "./question-shape.ts";
import { NAMES_DOCKER_COMMAND } from "./rule-words.ts";

/** What kind of answer a question asks for; the lead sentence must answer this. */
export const IntentSchema = z.enum([
  "definition",
  "reason",
  "time",
  "replacement",
  "comparison",
  "yesno",
  "impact",
  "check",
  "procedure",
  "command",
  "location",
]);
export type Intent = z.infer<typeof IntentSchema>;

/** Kinds of question that look a concrete thing up: a command to run, a place, a way to check. */
export const LOOKUP_INTENTS: ReadonlySet<Intent> = new Set(["command", "location", "check"]);

// "nerdctl 이 뭐임? 도커 명령어 그대로 쓰고 싶어서": one question, then why it is asked.
const ASK_THEN_CONTEXT = /^([^?]+\?+)\s+([^?]+)$/;
// "what actually execs runc on a CRI-O node? drawing the runbook diagram…": a question that opens
// with its question word says what it asks, whatever words the remark after it uses.
const EN_WH_FIRST = /^(?:what|which|who|why|when|where)\b/i;
// A first question, then more: its context ("why did k8s drop dockershim? docker worked fine for
// years and now we are migrating…") or a guess or aside ("…왜 버린거야? 도커 회사 망해서 그런거임?").
// Unlike ASK_THEN_CONTEXT's, what follows may ask again.
const FIRST_THEN_MORE = /^([^?]{8,}\?)\s+(\S[\s\S]*)$/;
/** Context at least this long makes the first question the asking sentence. */
const CONTEXT_CHARS = 31;

function splitFirstQuestion(question: string): { first: string; rest: string } | undefined {
  const [, first, rest] = FIRST_THEN_MORE.exec(question.trim()) ?? [];
  return first && rest ? { first, rest } : undefined;
}

/** Kinds of question whose opening condition is the asker's situation, not the subject. */
const ASKED_AFTER_CONDITION: ReadonlySet<Intent> = new Set(["impact", "yesno"]);

/** The words that weigh more in search: the asking sentence, or what follows a condition. */
export function searchEmphasis(question: string, intent: Intent): string | undefined {
  return (
    askingSentence(question) ??
    askedAfterContext(question) ??
    (ASKED_AFTER_CONDITION.has(intent) ? afterCondition(question) : undefined)
  );
}

/**
 * "우리 GPU 노드는 몇 년째 도커로 잘 돌았어요. 1.24로 올리면 뭐가 깨지나요?": the first sentence that
 * asks, after background at least CONTEXT_CHARS long told before it.
 */
export function askedAfterContext(question: string): string | undefined {
  const sentences = questionSentences(withoutLeadIn(question));
  const at = sentences.findIndex((t) => t.includes("?"));
  if (at < 1) return undefined;
  return sentences.slice(0, at).join(" ").length >= CONTEXT_CHARS ? sentences[at] : undefined;
}

/** The asking sentence of a question followed by a longer context, if it is one: its words weigh more in search. */
export function askingSentence(question: string): string | undefined {
  const split = splitFirstQuestion(question);
  if (split && split.rest.length >= CONTEXT_CHARS) return split.first;
  const asked = withoutLeadIn(question);
  return definitionBeforeGuess(asked) ?? (asked === question ? undefined : asked);
}

/** The first question of a message that says more after it, if it is one. */
export function firstQuestion(question: string): string | undefined {
  return splitFirstQuestion(question)?.first;
}

/** True when the question asks what something is in so many words ("what even is CRI?", "crictl 이 뭐야?"). */
export const asksWhatItIs = (question: string) =>
  ASKS_WHAT_IT_IS.test(normalize(withoutLeadIn(question).split("?")[0] ?? "").concat("?"));

/** "what even is containerd?" of "what even is containerd? is it like a smaller docker?", if it is one. */
export function definitionBeforeGuess(question: string): string | undefined {
  const asked = withoutLeadIn(question).trim();
  const [, named] = DEFINITION_COMMA_GUESS.exec(asked) ?? [];
  if (named && asksWhatItIs(`${named}?`)) return `${named}?`;
  // "what is cri-dockerd exactly, our customer keeps bringing it up": a remark after the comma asks nothing.
  const [, what, remark] = DEFINITION_COMMA_REMARK.exec(asked) ?? [];
  if (what && remark && asksWhatItIs(`${what}?`) && !asksAgain(normalize(remark)))
    return `${what}?`;
  const [, defined, guess] = DEFINITION_THEN_GUESS.exec(asked) ?? [];
  if (!defined || !guess || !asksWhatItIs(defined)) return undefined;
  return intentOf(defined) === "definition" && asksYesNo(guess) ? defined : undefined;
}

// "what even is containerd? is it like a smaller docker?", "CRI-O 가 뭐임? 레드햇꺼임?": a guess at
// what the thing is, after asking what it is, asks nothing new: the definition answers both.
const DEFINITION_THEN_GUESS = /^([^?]+\?)\?*\s+([^?]+\?*)$/;
// "what was dockershim exactly, a docker component?": the guess after a comma is one too.
const DEFINITION_COMMA_GUESS =
  /^([^?,]+),\s+(?:a|an|like|some(?: kind of)?|basically|just|part of)\b[^?,]{2,40}\?*$/i;
const DEFINITION_COMMA_REMARK = /^([^?,]+),\s+([^?]{3,})$/;
const ASKS_WHAT_IT_IS =
  /^(?:(?:so|and|ok|okay|hmm|hey),? )?what(?:'s| even is| exactly is| actually is| is| are| was| were)(?: even| exactly| actually)? (?:a |an |the )?[\w.-]+(?: [\w.-]+)?\s*\??$|^[^?]{1,30}?(?:이|가|은|는)? ?(?:뭐야|뭐임|뭔가요|뭐예요|뭐에요|뭐지|무엇인가요|이란)\s*\??$/;

/**
 * The first sentence, when it asks and what follows only tells why ("CRI가 뭐에요? 배포 깨져서
 * kubelet 로그에 CRI 어쩌고 계속 나오던데"): the remark is background, not a second ask.
 */
export function askingAlone(question: string): string | undefined {
  const [, asked, rest] = ASK_THEN_CONTEXT.exec(withoutLeadIn(question).trim()) ?? [];
  return asked !== undefined && rest !== undefined && !asksAgain(normalize(rest))
    ? asked
    : undefined;
}

/** What follows a first question is one more question, and nothing after it. */
const ONE_MORE_QUESTION = /^[^?]+\?$/;

/**
 * "…인프라 쪽에서 자꾸 'CRI 호환' 얘기를 합니다. CRI가 정확히 뭔가요? 한 줄로요": the one question of
 * a message that tells its background first, when it asks what something is and nothing
 * else in the message asks.
 */
export function definitionAmidContext(question: string): string | undefined {
  const sentences = slackSentences(question);
  const asking = sentences.filter((t) => t.includes("?"));
  const [asked] = asking;
  // A first sentence that asks is read by askingAlone and definitionBeforeGuess.
  if (asking.length !== 1 || asked === undefined || sentences.indexOf(asked) < 1) return undefined;
  const rest = sentences.filter((t) => t !== asked).join(" ");
  return asksWhatItIs(asked) && !asksAgain(normalize(rest)) ? asked : undefined;
}

/** The question's intent, from wording alone (Korean and English, mixed is fine). */
export function detectIntent(question: string): Intent {
  const q = withoutLeadIn(question);
  if (definitionBeforeGuess(q)) return "definition";
  // "1.23 is the last release with dockershim, correct?": a statement with a tag asks whether it holds.
  if (STATEMENT_TAG.test(q)) return "yesno";
  const asked = askingAlone(q);
  // The sentence that asks decides, when it says what it asks for and what follows asks
  // nothing ("…맞지? 둘 차이는 뭐야" asks twice, and the whole question decides).
  if (asked && (hasExplicitIntent(asked) || asksYesNo(asked) || EN_WH_FIRST.test(asked)))
    return intentOf(asked);
  // "그 플래그 언제 없어졌어요? 대신 뭐 써야됨?": two questions, and the first one's kind leads.
  const split = splitFirstQuestion(q);
  if (split && ONE_MORE_QUESTION.test(split.rest) && hasExplicitIntent(split.first))
    return intentOf(split.first);
  // "…docker images 하면 안보여요. 같은 containerd 쓴다면서 왜 그런거죠?": what the background names
  // (a command, a file) does not decide when the only question asks why.
  const last = lastAfterBackground(q, slackSentences);
  if (last?.includes("?") && WHY.test(normalize(last))) return "reason";
  return intentOf(q);
}

const WHY = /\bwhy\b|\bhow come\b|왜/;

// Docker's own tools: its CLI, and nvidia-docker2 for GPUs.
const DOCKER_CLI = /(?:도커|\bdocker) ?cli\b|\bnvidia-docker\d?\b/;
const USES_DOCKER =
  /(?:도커(?!심)|\bdocker\b(?![-:]))\s*(?:를|을|로|으로)?\s*(?:쓰는|쓰던|돌리는|돌던|쓰고|돌아가는|기반)/;
const NAMES_SETTING =
  /엔드포인트|소켓|경로|파일|설정|플래그|옵션|\bendpoint|\bsocket|\bpath|\bflag/;
const ASKS_WHICH_PLACE =
  /\b(?:which|what) (?:socket|path|file|directory|key|section|flag|endpoint)\b|(?:어떤|어느|무슨) ?(?:소켓|경로|파일|키|섹션|플래그|엔드포인트)/;
// "뭘로 바꿔야?" asks what to change a setting to, or, after a docker command, what to run instead.
const INTO_WHAT = /뭘로|뭐로|무엇으로/;
const INSTEAD = /대신|\binstead of\b|\bin place of\b|\bequivalent\b/;

function intentOf(question: string): Intent {
  const q = normalize(question);
  for (const rule of RULES) {
    if (!rule.pattern.test(q)) continue;
    // A question that opens with an auxiliary and asks no "where/which/how" asks whether, about a
    // place ("is the `mirrors` section still a thing in containerd 2?") or a task it names ("…or
    // do we need to set up creds on every node?"), unless it asks for steps.
    const asksWhether = EN_AUX_START.test(q) && !EN_WH.test(q);
    if (
      asksWhether &&
      (rule.intent === "location" || (rule.intent === "procedure" && !ASKS_STEPS.test(q)))
    )
      return "yesno";
    // "will our limits behave any differently after the switch?" asks whether anything changes.
    if (
      rule.intent === "comparison" &&
      EN_AUX_START.test(q) &&
      /\bdifferently\b/.test(q) &&
      !/\b(?:vs|versus|between|than)\b/.test(q)
    )
      return "yesno";
    // What replaces "docker ps" (or "docker pull 로 하던 거 뭘로 바꿔야") is a command, whatever words ask for it.
    const asksWhatInstead =
      rule.intent === "replacement" || (rule.intent === "location" && INTO_WHAT.test(q));
    if (asksWhatInstead && NAMES_DOCKER_COMMAND.test(q)) return "command";
    // "docker logs 대신 노드에서 로그 확인하려면 어떤 명령?": checking with what replaces a docker command is that command.
    if (rule.intent === "check" && INSTEAD.test(q) && NAMES_DOCKER_COMMAND.test(q))
      return "command";
    // "dockershim.sock 대신 어떤 소켓 보게 해?": what replaces a value is the new place, a location.
    if (rule.intent === "replacement" && ASKS_WHICH_PLACE.test(q)) return "location";
    // "docker CLI 호출하는 스크립트 뭘로 바꿔야", "docker 쓰는 노드그룹은 뭘로 바꿔야": Docker itself, or
    // its CLI, is replaced by another runtime or tool — unless a setting is named (엔드포인트, 소켓).
    const replacesDocker = DOCKER_CLI.test(q) || (USES_DOCKER.test(q) && !NAMES_SETTING.test(q));
    return asksWhatInstead && replacesDocker ? "replacement" : rule.intent;
  }
  if (EN_AUX_START.test(q) || EN_YESNO_EXTRA.test(q)) return "yesno";
  // A symptom told, then a remark ("…안 떠요 폐쇄망임") with no "?", asks why; "…임?" asks yes or no.
  if (!q.includes("?") && SYMPTOM.test(q) && TOLD_REMARK.test(q)) return "reason";
  if (!KO_WH.test(q) && (KO_YESNO.test(q) || KO_VERB_QUESTION.test(q))) return "yesno";
  // "…docker 계속 써도 되죠? 1.24부터 쓰면 안 된다고 누가 그래서": a yes/no first question, then a
  // remark whose own words ("누가") ask nothing.
  const asked = /^[^?]*[\uac00-\ud7af]\s*\?/.exec(q)?.[0];
  if (asked && asked !== q && !KO_WH.test(asked) && KO_YESNO.test(asked)) return "yesno";
  // A symptom ("kubelet won't start", "파드가 이미지를 못 찾아요") asks why it happens.
  if (SYMPTOM.test(q)) return "reason";
  return "definition";
}

/**
 * What a yes/no question asks about, read by the other rules: "런타임 바뀌면 영향 있어?" asks about
 * an impact, "따로 체크해야돼?" about a check. Undefined when no other rule says.
 */
export function askedBeyondYesNo(question: string): Intent | undefined {
  const q = normalize(withoutLeadIn(question));
  return RULES.find((r) => r.intent !== "yesno" && r.pattern.test(q))?.intent;
}

// "미니큐브는?", "CRI-O면?": a subject or a case alone, not a verb asking yes or no.
const KO_TOPIC_END =
  /(?:은|는|은요|는요|이요|면|이면|라면|이라면|면요|도|도요|에서는|에선)\s*\?+\s*$/;

/** True when the wording itself asks yes or no ("같은거야?", "그걸로 파드도 보여?"), not a bare "미니큐브는?". */
export function asksYesNo(question: string): boolean {
  const q = normalize(question);
  if (EN_AUX_START.test(q) || EN_YESNO_EXTRA.test(q)) return true;
  if (KO_WH.test(q)) return false;
  return KO_YESNO.test(q) || (KO_VERB_QUESTION.test(q) && !KO_TOPIC_END.test(q));
}

/** True when the question names an intent explicitly (not the definition fallback). */
export function hasExplicitIntent(question: string): boolean {
  const q = normalize(question);
  return (
    RULES.some((r) => r.pattern.test(q)) ||
    EN_AUX_START.test(q) ||
    /\bwhat (?:even |exactly |actually |really )?is\b|\bwhat's\b|\bwhat are\b|뭐야|뭐임|뭔가요|뭐에요|뭐예요|뭐지|무엇인|이란|정체|무슨 ?일을? ?(?:해|하|함|합)|역할이? ?(?:뭐|뭔|무엇)/.test(
      q,
    )
  );
}
