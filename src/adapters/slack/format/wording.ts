import type { Lang } from "../../../core/knowledge/schema.ts";

/**
 * Words only the Slack surface uses (buttons, apologies, limits), in both
 * languages. The core's messages.ts holds everything the surfaces share.
 * Korean is in one register, 합니다체 (requests end in -십시오), the bot calls
 * itself 저, and a diagram is 다이어그램 as in the core. No space goes between
 * a code span and its particle: `…`으로, not `…` 으로.
 */
const WORDS = {
  helpful: { ko: "👍 도움이 됐습니다", en: "👍 Helpful" },
  notHelpful: { ko: "👎 도움이 안 됐습니다", en: "👎 Not helpful" },
  share: { ko: "채널에 공유", en: "Share in channel" },
  thanks: {
    ko: "피드백 감사합니다! 🙏 답변을 개선하는 데 쓰겠습니다.",
    en: "Thanks for the feedback! 🙏 It helps improve the answers.",
  },
  sources: { ko: "출처", en: "Sources" },
  question: { ko: "질문", en: "Question" },
  sharedBy: { ko: "님이 공유한 답변", en: "shared this answer" },
  apology: {
    ko: "죄송합니다. 답변을 보내는 중에 문제가 생겼습니다. 잠시 후 다시 시도해 주십시오.",
    en: "Sorry, something went wrong while sending the answer. Please try again in a moment.",
  },
  unreadable: {
    ko: "죄송합니다. 이 요청을 읽지 못했습니다. 다시 시도해 주십시오.",
    en: "Sorry, I couldn't read that request. Please try again.",
  },
  notInChannel: {
    ko: "이 채널에는 제가 글을 쓸 수 없습니다. `/invite @k8s-runtime`으로 초대한 뒤 다시 시도해 주십시오.",
    en: "I can't post in this channel. Invite me with `/invite @k8s-runtime` and try again.",
  },
  diagram: { ko: "런타임 경로 다이어그램", en: "Runtime path diagram" },
  wideView: { ko: "넓게 보기", en: "Wide view" },
  narrowView: { ko: "좁게 보기", en: "Narrow view" },
  thinking: { ko: "답변을 쓰고 있습니다…", en: "Writing an answer…" },
  shareFailed: {
    ko: "채널에 공유하지 못했습니다. 잠시 후 다시 시도하거나 답변을 복사해 붙여 넣어 주십시오.",
    en: "I couldn't share this in the channel. Please try again in a moment, or copy the answer.",
  },
  trimmed: { ko: "…(길어서 일부를 줄였습니다)", en: "…(trimmed to fit Slack's limits)" },
  homeTitle: { ko: "Kubernetes 컨테이너 런타임 도우미", en: "Kubernetes container runtime helper" },
  homeKnows: { ko: "제가 아는 것", en: "What I know" },
  homeHowTo: { ko: "질문하는 방법", en: "How to ask" },
  homeExamples: { ko: "예시 질문", en: "Example questions" },
} as const satisfies Record<string, Record<Lang, string>>;

export type WordKey = keyof typeof WORDS;

export function word(key: WordKey, lang: Lang): string {
  return WORDS[key][lang];
}

/** `perMinute` is the configured limit (RATE_LIMIT_PER_MINUTE), so the message says the real number. */
export function rateLimitedText(lang: Lang, retryInMs: number, perMinute: number): string {
  const seconds = Math.max(1, Math.ceil(retryInMs / 1000));
  return lang === "ko"
    ? `질문이 너무 잦습니다. ${seconds}초 뒤에 다시 질문해 주십시오. (한 사람당 1분에 ${perMinute}개까지 받습니다)`
    : `You're asking too often. Please try again in ${seconds}s (I take up to ${perMinute} questions a minute per person).`;
}

export function howToAsk(lang: Lang, slashCommand: string): string[] {
  return lang === "ko"
    ? [
        "• 채널에서 저를 멘션하고 질문해 주십시오. 답은 스레드에 달립니다.",
        "• 저에게 DM으로 질문해도 됩니다.",
        `• \`${slashCommand} <질문>\`은 질문한 분에게만 보이는 답을 드리며, 채널에 공유할 수도 있습니다.`,
        `• \`${slashCommand} help\` · \`topics\` · \`diagram new\` · \`lang en\``,
      ]
    : [
        "• Mention me in a channel with your question; I answer in the thread.",
        "• Or send me a direct message.",
        `• \`${slashCommand} <question>\` answers only you, with a button to share it in the channel.`,
        `• \`${slashCommand} help\` · \`topics\` · \`diagram new\` · \`lang ko\``,
      ];
}

/** What a bare mention gets: who I am and how to ask, in a few lines. */
export function shortHelpText(
  lang: Lang,
  scope: string,
  example: string,
  slashCommand: string,
): string {
  return lang === "ko"
    ? `${scope}\n예: "${example}"\n명령 목록: \`${slashCommand} help\``
    : `${scope}\nFor example: "${example}"\nAll commands: \`${slashCommand} help\``;
}

/** What rotates under the assistant status while an answer is written. */
export function loadingMessages(lang: Lang): string[] {
  return lang === "ko"
    ? ["지식 베이스에서 찾고 있습니다…", "출처를 확인하고 있습니다…", "답변을 쓰고 있습니다…"]
    : ["Searching the knowledge base…", "Checking the sources…", "Writing the answer…"];
}
