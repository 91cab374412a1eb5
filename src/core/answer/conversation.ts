import { acknowledgesPrevious } from "../retrieval/courtesy.ts";
import { detectIntent, firstQuestion, type Intent } from "../retrieval/intent.ts";
import { isKubernetesVersion } from "../retrieval/scope.ts";
import type { SearchIndex } from "../retrieval/search-index.ts";
import { quotedQuestion } from "../text/question-sentences.ts";
import { firstSentence } from "../text/sentences.ts";
import { asksSameOfPeer, changesTopic, clarifyText, leansOnPrevious } from "./follow-up.ts";
import type { createFollowUps, FollowUpContext } from "./follow-up-context.ts";
import { turnWords } from "./turn.ts";
import type { Answer, AnswerBase, TurnContext } from "./types.ts";

// Longer than "그럼 CRI-O 쓰는 클러스터는?": a first message this long says what it asks about.
const STANDS_ALONE_CHARS = 30;

/** Answers one query for the asker: the answerer's own step, with or without a previous turn. */
type AnswerQuery = (
  base: AnswerBase,
  query: string,
  intent: Intent,
  question: string,
  asked: readonly string[],
  context?: FollowUpContext,
) => Answer;

export interface ConversationDeps {
  readonly index: Pick<SearchIndex, "tokenize" | "knows">;
  readonly followUps: Pick<ReturnType<typeof createFollowUps>, "resolve">;
  readonly peers: ReadonlyMap<string, ReadonlySet<string>>;
  /** The subjects the knowledge names among some tokens. */
  readonly entityTokens: (tokens: readonly string[]) => string[];
  /** The subjects the knowledge names in a text. */
  readonly namedIn: (text: string) => string[];
  /** Whether some tokens name the field at all ("도커", "containerd"). */
  readonly namesField: (tokens: readonly string[]) => boolean;
  /** One query answered as worded. */
  readonly answerQuery: AnswerQuery;
  /** One query answered, a yes/no with no yes or no to give answered for what it asks about. */
  readonly asAskedAnswer: AnswerQuery;
  readonly decline: (base: AnswerBase, intent: Intent, text: string) => Answer;
}

/**
 * Where a question sits in a conversation: a question of its own, a follow-up read against the
 * previous turn, or one that needs a previous turn it does not have (then the bot asks what it
 * refers to). Kept apart from answering one query so each reads on its own.
 */
export function createConversation(deps: ConversationDeps) {
  const { index, followUps, peers, entityTokens, namedIn, namesField, answerQuery, asAskedAnswer } =
    deps;

  function answerTurn(
    base: AnswerBase,
    question: string,
    intent: Intent,
    previousTurn: TurnContext | undefined,
  ): Answer {
    const ownTokens = index.tokenize(question);
    // "unrelated, but…", "그 김에 …": a question that says it leaves the thread stands alone.
    const previous = changesTopic(question) ? undefined : previousTurn;
    const ownNamed = entityTokens(ownTokens);
    const namesEntity = ownNamed.length > 0;
    const knownWords = ownTokens.filter((t) => index.knows(t)).length;
    const leans = leansOnPrevious({
      question,
      inConversation: previous !== undefined,
      namesEntity,
      knownWords,
      namedBefore: () =>
        previous !== undefined &&
        ownNamed.every((t) => index.tokenize(turnWords(previous)).includes(t)),
      swapsPeer: () =>
        asksSameOfPeer({ question, intent, named: ownNamed, previous, namedIn, peers }),
    });
    if (!leans) {
      const whole = asAskedAnswer(base, question, intent, question, ownTokens);
      // A first question in the field stays answered when a guess or aside after it has words
      // the knowledge never uses ("…왜 버린거야? 도커 회사 망해서 그런거임?").
      // So does a quoted question the message asks about ("FAQ에 '왜 도커 지원 끊었나' 항목 넣으려는데…").
      const first =
        whole.kind === "answer" ? undefined : (firstQuestion(question) ?? quotedQuestion(question));
      const alone = first ? firstAnswered(base, first, whole) : whole;
      // "에이전트는 가이드대로 고침. 근데 datadog 비용 줄이는 방법?": thanking for or reporting on the last
      // answer closes it, and a question after that which does not point back is a new one.
      if (!previous || knownWords === 0 || acknowledgesPrevious(base.question)) return alone;
      // In a conversation, a question out of scope on its own ("레지스트리 없이 해결하는 방법은?") is read
      // against the previous turn first; words the knowledge never uses ("thanks") ask nothing of it.
      if (alone.kind !== "answer") {
        const { answer } = answerFollowUp(base, previous, question, ownTokens);
        return answer.kind === "answer" ? answer : alone;
      }
      return inThread(base, previous, question, ownTokens, ownNamed, alone);
    }
    if (!previous) {
      // A first message that opens like a follow-up ("그럼 1.24부터는 Docker Engine을 아예 못 쓰는
      // 건가요?") carries on a talk the bot never saw: naming the field and saying enough, it stands alone.
      const long = namesEntity && question.trim().length > STANDS_ALONE_CHARS;
      const alone = long ? asAskedAnswer(base, question, intent, question, ownTokens) : undefined;
      return alone?.kind === "answer" ? alone : deps.decline(base, intent, clarifyText(base.lang));
    }
    const { intent: kept, answer } = answerFollowUp(base, previous, question, ownTokens);
    return answer.kind === "answer" ? answer : deps.decline(base, kept, clarifyText(base.lang));
  }

  /**
   * "소켓 경로는 어디임? 기본 경로로 crictl 붙이니까 안 되던데" after "k3s도 containerd 쓰는 거 맞지?":
   * a question answered on its own may still be about the thread's subject. Read against the
   * previous turn too, it is answered so when that reading's first sentence names a subject of
   * the previous question that the lone reading's does not (k3s's socket, not the default list).
   */
  function inThread(
    base: AnswerBase,
    previous: TurnContext,
    question: string,
    ownTokens: readonly string[],
    ownNamed: readonly string[],
    alone: Answer,
  ): Answer {
    const own = new Set(ownNamed);
    const before = namedIn(turnWords(previous)).filter((t) => !own.has(t));
    // Naming a peer of the thread's subject ("CRI-O 소켓은?") moves to that peer: nothing to add.
    const swaps = [...own].some((t) => before.some((b) => peers.get(b)?.has(t)));
    if (before.length === 0 || swaps) return alone;
    const { answer } = answerFollowUp(base, previous, question, ownTokens);
    if (answer.kind !== "answer") return alone;
    const leadNames = (a: Answer) => new Set(namedIn(firstSentence(a.text)));
    const threadLead = leadNames(answer);
    const aloneLead = leadNames(alone);
    return before.some((t) => threadLead.has(t) && !aloneLead.has(t)) ? answer : alone;
  }

  /** The first question's own answer, when it names the field ("도커", "containerd", "1.24") and is in scope. */
  function firstAnswered(base: AnswerBase, first: string, whole: Answer): Answer {
    const tokens = index.tokenize(first);
    if (!namesField(tokens) && !tokens.some(isKubernetesVersion)) return whole;
    const answer = answerQuery(base, first, detectIntent(first), first, tokens);
    return answer.kind === "answer" ? answer : whole;
  }

  /** A question read against the previous turn: its resolved query, with the intent it keeps. */
  function answerFollowUp(
    base: AnswerBase,
    previous: TurnContext,
    question: string,
    ownTokens: readonly string[],
  ): { intent: Intent; answer: Answer } {
    const { query, intent, context } = followUps.resolve(previous, question, ownTokens);
    const answer = asAskedAnswer(base, query, intent, question, ownTokens, context);
    return { intent, answer: answer.kind === "answer" ? { ...answer, readAs: query } : answer };
  }

  return { answerTurn };
}
