import type { Lang } from "../../../core/knowledge/schema.ts";

export interface SuggestedPrompt {
  readonly title: string;
  readonly message: string;
}

/** Slack shows at most four suggested prompts. */
export const PROMPTS_MAX = 4;

const KO_QUESTION = { title: "도커심은 왜 제거됐나요?", message: "도커심은 왜 제거됐나요?" };
const EN_QUESTION = {
  title: "What sits between the kubelet and runC?",
  message: "What sits between the kubelet and runC?",
};

const DRAW = {
  ko: { title: "예전 경로와 새 경로 그리기", message: "diagram compare" },
  en: { title: "Draw the old vs new path", message: "diagram compare" },
};
const TUTOR = {
  ko: { title: "튜터링 시작", message: "튜터링 시작" },
  en: { title: "Start tutoring", message: "start tutoring" },
};
const PASTE = {
  ko: {
    title: "kubectl get nodes -o wide 결과 붙여 넣기",
    message: "kubectl get nodes -o wide 결과에서 컨테이너 런타임은 어떻게 확인하나요?",
  },
  en: {
    title: "Paste your kubectl get nodes -o wide",
    message: "How do I read the container runtime from kubectl get nodes -o wide?",
  },
};

/**
 * What someone sees on opening the bot's DM. With a saved language: a question
 * in it, the old-vs-new diagram, tutoring and the pasted-node-list check. With
 * none: a Korean and an English question first, so either reader finds theirs
 * (Slack's limit of four leaves out the paste prompt then).
 */
export function suggestedPrompts(lang: Lang | undefined): {
  readonly title: string;
  readonly prompts: readonly SuggestedPrompt[];
} {
  if (lang === "ko")
    return { title: "이렇게 물어보십시오", prompts: [KO_QUESTION, DRAW.ko, TUTOR.ko, PASTE.ko] };
  if (lang === "en")
    return { title: "Try asking", prompts: [EN_QUESTION, DRAW.en, TUTOR.en, PASTE.en] };
  return {
    title: "이렇게 물어보십시오 · Try asking",
    prompts: [KO_QUESTION, EN_QUESTION, DRAW.ko, TUTOR.ko].slice(0, PROMPTS_MAX),
  };
}
