import type { Lang, NearMiss, NearMisses } from "../knowledge/schema.ts";
import { lastAfterBackground } from "../text/question-sentences.ts";
import { detectIntent, firstQuestion, type Intent, LOOKUP_INTENTS } from "./intent.ts";
import { withoutNodeLabel } from "./setting.ts";

export type NearMissMatcher = (question: string) => NearMiss | undefined;

/**
 * Recognises questions about neighbouring topics (CNI choice, Helm, Dockerfile
 * authoring…) that share words with the bot's field and would otherwise get a
 * confident runtime answer. A `keep` pattern (RuntimeClass, kind, Windows nodes…)
 * wins over every near miss.
 */
export function createNearMissMatcher(nearMisses: NearMisses): NearMissMatcher {
  const keep = nearMisses.keep.map((p) => new RegExp(p, "i"));
  const topics = nearMisses.topics.map((t) => ({
    topic: t,
    patterns: t.patterns.map((p) => new RegExp(p, "i")),
  }));
  return (question) => {
    const q = question.normalize("NFKC");
    if (keep.some((k) => k.test(q))) return undefined;
    // A neighbour's pattern steps aside for a runtime named in the question; one that only
    // labels the nodes ("dashboards for our containerd nodes") is where the asker works.
    const bare = withoutNodeLabel(q);
    return topics.find((t) => t.patterns.some((p) => p.test(bare)))?.topic;
  };
}

/**
 * The neighbouring topic a question asks about. One named only in a remark after a first
 * question that looks something up in the field, asks when or asks what breaks ("what replaced
 * docker ps on a node? i only ever used docker compose locally", "which containerd versions did
 * 1.24 recommend? seeing weird CNI issues") is the asker's background, not the ask; so is one
 * named only in the setup before a last sentence that asks about that setup (askedAfterBackground).
 * A first question that weighs or asks for tips ("containerd로 옮기는 김에 CNI도 바꿀까… 뭐가
 * 좋아요?") may be the neighbour's own, so it is declined as before.
 */
export function askedNearMiss(
  match: NearMissMatcher,
  namesField: (text: string) => boolean,
  namesCoreTerm: (text: string) => boolean = () => false,
): NearMissMatcher {
  return (question) => {
    const topic = match(question);
    if (topic && askedAfterBackground(question, match, namesCoreTerm)) return undefined;
    const first = topic ? firstQuestion(question) : undefined;
    if (!first || match(first) || question.slice(first.length).includes("?")) return topic;
    return ASKED_OF_SETUP.has(detectIntent(first)) && namesField(first) ? undefined : topic;
  };
}

// "…calico cni. on the nodes we have health checks that run `docker ps`. which of those break":
// the last sentence asks, and what came before it is the setup it asks about.
// Looking something up in the field, when it was released or what breaks: asked of the runtime,
// whatever neighbour the setup or a remark names.
const ASKED_OF_SETUP: ReadonlySet<Intent> = new Set([...LOOKUP_INTENTS, "time", "impact"]);
// The last sentence points back at what the setup listed ("which of those break").
const POINTS_AT_SETUP =
  /\b(?:those|these|them|they|it|that|this)\b|그거|그게|그것|이거|이것|저거|그 ?중|이 ?중/i;

/**
 * True when a neighbour is named only in the setup of a message that names a core term of the
 * field (a runtime, crictl, the kubelet), and its last sentence, the only one that asks, points
 * back at that setup to look something up, ask when or ask what breaks; weighing or asking for
 * tips ("any recommendations?") may be the neighbour's own question.
 */
function askedAfterBackground(
  question: string,
  match: NearMissMatcher,
  namesCoreTerm: (text: string) => boolean,
): boolean {
  const asked = lastAfterBackground(question);
  if (asked === undefined || match(asked)) return false;
  return (
    namesCoreTerm(question) &&
    POINTS_AT_SETUP.test(asked) &&
    ASKED_OF_SETUP.has(detectIntent(asked))
  );
}

const COVERS = {
  ko: "저는 Kubernetes가 컨테이너를 실행하는 방식(CRI, containerd, CRI-O, 도커심, runC, Docker에서 옮겨 가기)을 다룹니다.",
  en: "I cover how Kubernetes runs containers (CRI, containerd, CRI-O, dockershim, runC and moving nodes off Docker).",
} as const;

const SORRY = { ko: "죄송합니다.", en: "Sorry:" } as const;

const ON_THE_NODES = {
  ko: "노드에서 돌아가는 다른 것에 대한 질문이라, 런타임 자체를 다루는 제 범위 밖입니다.",
  en: "that asks about something else running on your nodes, not about the container runtime itself.",
} as const;

/** Declines a neighbour asked on the runtime's nodes (setting.ts): one line, like a listed neighbour's. */
export const ON_THE_NODES_ID = "runs-on-the-nodes";
export function onTheNodesText(lang: Lang): string {
  return `${SORRY[lang]} ${ON_THE_NODES[lang]} ${COVERS[lang]}`;
}

/** One line: why the bot declines this neighbour, and what it does cover. */
export function nearMissText(topic: NearMiss, lang: Lang): string {
  return `${SORRY[lang]} ${topic[lang]} ${COVERS[lang]}`;
}
