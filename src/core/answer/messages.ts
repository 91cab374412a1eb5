import { DiagramNameSchema, type Lang } from "../knowledge/schema.ts";

/**
 * Fixed wording the bot uses outside knowledge answers, in both languages.
 * Kept together so a translator sees every user-facing string in one place.
 */
const SCOPE = {
  ko: "저는 Kubernetes가 컨테이너를 실행하는 방식을 설명합니다. CRI, OCI, containerd, CRI-O, cri-dockerd, runC, dockershim 제거 배경과 일정, 노드 런타임 확인(crictl, 소켓 경로, cgroup 드라이버), Docker에서 옮겨 가는 방법 등을 물어보실 수 있습니다.",
  en: "I explain how Kubernetes runs containers: CRI, OCI, containerd, CRI-O, cri-dockerd, runC, why and when dockershim was removed, checking a node's runtime (crictl, socket paths, cgroup drivers) and migrating off Docker.",
} as const;

const EXAMPLES = {
  ko: [
    "도커심은 왜 제거됐어?",
    "kubelet에서 runC까지 어떤 경로로 가?",
    "docker build로 만든 이미지 1.24에서도 돌아가?",
    "containerd 소켓 경로 알려줘",
  ],
  en: [
    "why was dockershim removed?",
    "what sits between the kubelet and runc?",
    "do images built with docker build still run?",
    "how do I check which runtime my nodes use?",
  ],
} as const;

export function scopeSentence(lang: Lang): string {
  return SCOPE[lang];
}

export function exampleQuestions(lang: Lang): readonly string[] {
  return EXAMPLES[lang];
}

export function declineText(lang: Lang, suggestions: readonly string[]): string {
  const head =
    lang === "ko"
      ? "죄송합니다. 그 질문은 제가 다루는 주제 밖이라 정확히 답하기 어렵습니다."
      : "Sorry, that question is outside what I cover, so I can't answer it reliably.";
  const hint =
    suggestions.length === 0
      ? lang === "ko"
        ? `이렇게 물어보십시오: "${EXAMPLES.ko[0]}"`
        : `Try asking: "${EXAMPLES.en[0]}"`
      : lang === "ko"
        ? `혹시 이 주제를 찾으셨나요? ${suggestions.join(" / ")}`
        : // Titles are often questions already: "…graduate from the CNCF?" takes no second "?".
          `Were you looking for: ${suggestions.join(" / ").replace(/\?*$/, "?")}`;
  return `${head}\n${SCOPE[lang]}\n${hint}`;
}

export function invalidText(lang: Lang, reason: "empty" | "too_long", maxChars: number): string {
  if (reason === "empty") {
    return lang === "ko"
      ? `질문이 비어 있습니다. 예: "${EXAMPLES.ko[0]}"`
      : `Your question is empty. For example: "${EXAMPLES.en[0]}"`;
  }
  return lang === "ko"
    ? `질문이 너무 깁니다 (최대 ${maxChars.toLocaleString("en-US")}자). 핵심만 짧게 다시 물어봐 주십시오.`
    : `That question is too long (at most ${maxChars.toLocaleString("en-US")} characters). Please ask the key part in a shorter message.`;
}

export function helpText(lang: Lang, commandPrefix: string): string {
  const p = commandPrefix ? `${commandPrefix} ` : "";
  const lines =
    lang === "ko"
      ? [
          SCOPE.ko,
          "",
          "명령:",
          `- \`${p}ask <질문>\` 또는 그냥 질문: 답변`,
          `- \`${p}topics\`: 다루는 주제 목록`,
          `- \`${p}diagram [compare|old|new|crio|cri-dockerd|docker] [narrow] [ascii]\`: 런타임 경로 다이어그램`,
          `- \`${p}lang ko|en\`: 답변 언어 고정`,
          `- \`${p}help\`: 이 도움말`,
          "",
          `예: ${EXAMPLES.ko.map((q) => `"${q}"`).join(", ")}`,
        ]
      : [
          SCOPE.en,
          "",
          "Commands:",
          `- \`${p}ask <question>\` or just a question: an answer`,
          `- \`${p}topics\`: what I know about`,
          `- \`${p}diagram [compare|old|new|crio|cri-dockerd|docker] [narrow] [ascii]\`: runtime path diagrams`,
          `- \`${p}lang ko|en\`: fix the answer language`,
          `- \`${p}help\`: this help`,
          "",
          `Examples: ${EXAMPLES.en.map((q) => `"${q}"`).join(", ")}`,
        ];
  return lines.join("\n");
}

export function langSetText(lang: Lang | undefined): string {
  if (lang === "ko") return "이제 한국어로 답합니다.";
  if (lang === "en") return "I'll answer in English from now on.";
  return "Use `lang ko` or `lang en`. / `lang ko` 또는 `lang en`을 입력하십시오.";
}

export function unknownDiagramText(lang: Lang, name: string): string {
  const names = DiagramNameSchema.options.join(", ");
  return lang === "ko"
    ? `"${name}" 다이어그램은 없습니다. 다음 중에서 고르십시오: ${names}`
    : `There is no "${name}" diagram. Choose one of: ${names}`;
}
