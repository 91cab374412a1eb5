import { describe, expect, it } from "vitest";
import { composeText } from "../../src/core/answer/compose.ts";
import { answersWithSteps } from "../../src/core/answer/facet-choice.ts";
import { FacetSchema } from "../../src/core/knowledge/schema.ts";
import { entryFixture } from "../helpers/entry-fixture.ts";

const text = (lead: string, steps?: string[]) => ({
  lead,
  examples: [],
  ...(steps ? { steps } : {}),
});

const entry = entryFixture(
  "local-images",
  {
    ko: {
      title: "로컬 이미지",
      lead: "로컬 이미지는 노드에 없습니다.",
      points: ["레지스트리에 올리는 것이 기본입니다.", "태그가 latest면 항상 받습니다."],
    },
    en: {
      title: "Local images",
      lead: "A local image is not on the node.",
      points: ["Pushing to a registry is the default.", "A latest tag is always pulled."],
    },
  },
  [
    {
      intent: "procedure",
      ko: text("kind에서는 빌드한 이미지를 노드에 넣고 씁니다.", [
        "docker build",
        "kind load docker-image",
        "imagePullPolicy: IfNotPresent",
        "kubectl describe pod",
      ]),
      en: text("On kind, load the image you built into the nodes.", [
        "docker build",
        "kind load docker-image",
        "imagePullPolicy: IfNotPresent",
        "kubectl describe pod",
      ]),
    },
  ],
);
const compose = (intent: "procedure" | "definition") =>
  composeText({
    entry,
    lang: "en",
    intent,
    queryTokens: new Set(["latest"]),
    tokenize: (t) => t.toLowerCase().split(/\W+/),
  });

describe("a procedure facet's steps", () => {
  it("are shown whole, numbered and in the author's order, whatever the question's words", () => {
    expect(compose("procedure").split("\n")).toEqual([
      "On kind, load the image you built into the nodes.",
      "- 1) docker build",
      "- 2) kind load docker-image",
      "- 3) imagePullPolicy: IfNotPresent",
      "- 4) kubectl describe pod",
    ]);
    expect(answersWithSteps(entry, "procedure")).toBe(true);
  });

  it("stay out of answers to other kinds of question", () => {
    expect(compose("definition")).not.toContain("1) docker build");
    expect(answersWithSteps(entry, "definition")).toBe(false);
  });

  it("exist only on procedure facets, with the same number of steps in both languages", () => {
    const facet = (intent: string, ko: string[], en: string[]) =>
      FacetSchema.safeParse({ intent, ko: text("가", ko), en: text("a", en) });
    expect(facet("procedure", ["a", "b"], ["a", "b"]).success).toBe(true);
    expect(facet("location", ["a"], ["a"]).success).toBe(false);
    expect(facet("procedure", ["a", "b"], ["a"]).success).toBe(false);
  });
});
