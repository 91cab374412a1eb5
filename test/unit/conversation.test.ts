import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/core/answer/conversation.ts";
import type { FollowUpContext } from "../../src/core/answer/follow-up-context.ts";
import { turnFrom } from "../../src/core/answer/turn.ts";
import type { Answer, TurnContext } from "../../src/core/answer/types.ts";
import type { Intent } from "../../src/core/retrieval/intent.ts";

const FIELD = new Set(["containerd", "cri-o", "dockershim"]);
const tokenize = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}.-]+/gu) ?? [];

/** Records every query the conversation asks answered; answers in scope unless the query says "outside". */
function recording() {
  const calls: { query: string; intent: Intent; withContext: boolean }[] = [];
  const answer =
    (via: string) =>
    (
      base: Parameters<ReturnType<typeof createConversation>["answerTurn"]>[0],
      query: string,
      intent: Intent,
      _question: string,
      _asked: readonly string[],
      context?: FollowUpContext,
    ): Answer => {
      calls.push({ query: `${via}:${query}`, intent, withContext: context !== undefined });
      const inScope = !query.includes("outside");
      return {
        ...base,
        kind: inScope ? "answer" : "decline",
        inScope,
        confidence: 1,
        text: query,
        intent,
      };
    };
  const conversation = createConversation({
    index: { tokenize, knows: (t) => FIELD.has(t) || t === "rollback" },
    followUps: {
      resolve: (previous, question) => ({
        query: `${previous.question} + ${question}`,
        intent: "location",
        context: { fresh: [], stay: [], focus: [], previous: [...previous.entryIds] },
      }),
    },
    peers: new Map([
      ["containerd", new Set(["cri-o"])],
      ["cri-o", new Set(["containerd"])],
    ]),
    entityTokens: (tokens) => tokens.filter((t) => FIELD.has(t)),
    namedIn: (text) => tokenize(text).filter((t) => FIELD.has(t)),
    namesField: (tokens) => tokens.some((t) => FIELD.has(t)),
    answerQuery: answer("query"),
    asAskedAnswer: answer("asked"),
    decline: (base, intent, text) => ({
      ...base,
      kind: "decline",
      inScope: false,
      confidence: 0,
      text,
      intent,
    }),
  });
  return { calls, conversation };
}

const base = (lang: "ko" | "en") =>
  ({ question: "", lang, sources: [], related: [], entryIds: [], via: "offline" }) as const;
const previous: TurnContext = {
  question: "where is containerd's config?",
  entryIds: ["containerd-config"],
  intent: "location",
  lang: "en",
};

describe("a question's place in a conversation", () => {
  it("answers a question of its own without the previous turn", () => {
    const { calls, conversation } = recording();
    // The previous turn's subject is named again: reading it in the thread adds nothing.
    const before = { ...previous, question: "where did dockershim's socket live?" };
    conversation.answerTurn(base("en"), "what is dockershim?", "definition", before);
    expect(calls).toEqual([
      { query: "asked:what is dockershim?", intent: "definition", withContext: false },
    ]);
  });

  it("reads a follow-up that means nothing alone against the previous turn, keeping its kind", () => {
    const { calls, conversation } = recording();
    const answer = conversation.answerTurn(base("en"), "and for CRI-O?", "definition", previous);
    expect(calls).toEqual([
      {
        query: "asked:where is containerd's config? + and for CRI-O?",
        intent: "location",
        withContext: true,
      },
    ]);
    expect(answer.kind).toBe("answer");
  });

  it("asks what a follow-up refers to when there is no previous turn, in the asker's language", () => {
    const { calls, conversation } = recording();
    const answer = conversation.answerTurn(base("ko"), "그럼 롤백은?", "procedure", undefined);
    expect(calls).toEqual([]);
    expect(answer.kind).toBe("decline");
    expect(answer.text).toContain("무엇에 대한 질문인지");
  });

  it("lets a question that says it leaves the thread stand alone", () => {
    const { calls, conversation } = recording();
    const question = "다른 얘기인데 그거 containerd에서는 어디 있어?";
    conversation.answerTurn(base("ko"), question, "location", previous);
    expect(calls).toEqual([{ query: `asked:${question}`, intent: "location", withContext: false }]);
  });

  it("remembers a follow-up as it was read, so the next follow-up still has the thread's subject", () => {
    const { conversation } = recording();
    const first = conversation.answerTurn(base("en"), "and the socket?", "location", previous);
    expect(first.readAs).toBe("where is containerd's config? + and the socket?");
    expect(turnFrom(first).readAs).toBe(first.readAs);
    // A question of its own is remembered as asked.
    const before = { ...previous, question: "where did dockershim's socket live?" };
    const own = conversation.answerTurn(base("en"), "what is dockershim?", "definition", before);
    expect(own.readAs).toBeUndefined();
    expect(turnFrom({ ...own, question: "what is dockershim?" }).readAs).toBeUndefined();
  });

  it("answers a question of its own from the thread when that reading's lead names the thread's subject", () => {
    const { conversation } = recording();
    const before: TurnContext = { ...previous, question: "is dockershim still in 1.23?" };
    // The fake answers with its query: read in the thread, the lead names dockershim.
    const a = conversation.answerTurn(
      base("en"),
      "where does containerd keep it",
      "location",
      before,
    );
    expect(a.text).toBe("is dockershim still in 1.23? + where does containerd keep it");
    // Naming a peer of the thread's subject moves to that peer: answered on its own.
    const own = "what is the path of the cri-o socket on our nodes";
    expect(conversation.answerTurn(base("en"), own, "location", previous).text).toBe(own);
  });
});
