import { loadCurriculum } from "../../src/adapters/knowledge/load-curriculum.ts";
import { loadKnowledge } from "../../src/adapters/knowledge/load-knowledge.ts";
import { createSearchIndex } from "../../src/core/retrieval/search-index.ts";
import type { Tokenizer } from "../../src/core/retrieval/tokenize.ts";
import type { Curriculum } from "../../src/core/tutor/curriculum.ts";

/** A two-lesson curriculum with one exercise of each kind, for exact reducer tests. */
export const SMALL: Curriculum = {
  components: {
    kubelet: { label: "kubelet", does: { ko: "노드 에이전트", en: "node agent" } },
    cri: { label: "CRI", does: { ko: "API", en: "the API" } },
    containerd: { label: "containerd", does: { ko: "고수준", en: "high-level" } },
    runc: { label: "runC", does: { ko: "저수준", en: "low-level" } },
    dockerd: { label: "dockerd", does: { ko: "도커 데몬", en: "Docker's daemon" } },
  },
  lessons: [
    {
      id: "one",
      title: { ko: "하나", en: "One" },
      explain: { ko: "설명", en: "Explanation" },
      entries: ["cri"],
      exercises: [
        {
          id: "c1",
          kind: "choice",
          prompt: { ko: "고르기", en: "Choose" },
          options: [
            { id: "x", text: { ko: "엑스", en: "Ex" }, why: { ko: "틀림", en: "x is wrong" } },
            { id: "y", text: { ko: "와이", en: "Why" }, why: { ko: "맞음", en: "y is right" } },
          ],
          answer: "y",
          hint: { ko: "와이", en: "think y" },
        },
        {
          id: "t1",
          kind: "text",
          prompt: { ko: "제거 버전", en: "Removed in?" },
          accept: ["1.24"],
          explain: { ko: "1.24", en: "It was 1.24" },
        },
      ],
    },
    {
      id: "two",
      title: { ko: "둘", en: "Two" },
      explain: { ko: "설명", en: "Explanation" },
      entries: ["cri"],
      exercises: [
        {
          id: "p1",
          kind: "path",
          prompt: { ko: "경로", en: "Path" },
          path: ["kubelet", "cri", "containerd", "runc"],
          given: 1,
          distractors: ["dockerd"],
          explain: { ko: "새 경로", en: "The new path" },
        },
        {
          id: "o1",
          kind: "order",
          prompt: { ko: "순서", en: "Order" },
          steps: [
            { id: "s1", text: { ko: "첫째", en: "first" } },
            { id: "s2", text: { ko: "둘째", en: "second" } },
            { id: "s3", text: { ko: "셋째", en: "third" } },
          ],
          explain: { ko: "순서", en: "That order" },
        },
      ],
    },
  ],
};

let loaded:
  | Promise<{ curriculum: Curriculum; tokenize: Tokenizer; entryIds: Set<string> }>
  | undefined;

/** The real curriculum and retrieval's tokenizer, from knowledge/. */
export function realTutoring() {
  loaded ??= (async () => {
    const kb = await loadKnowledge("knowledge");
    const entryIds = new Set(kb.entries.map((e) => e.id));
    const curriculum = await loadCurriculum("knowledge", entryIds);
    const index = createSearchIndex(kb.entries, kb.glossary);
    return { curriculum, tokenize: index.tokenize, entryIds };
  })();
  return loaded;
}
