import { describe, expect, it } from "vitest";
import { createFacetPeers, preferFacetOnSubject } from "../../src/core/answer/facet-subject.ts";
import { turnFrom } from "../../src/core/answer/turn.ts";
import type { Entry } from "../../src/core/knowledge/schema.ts";
import { entryFixture } from "../helpers/entry-fixture.ts";
import { loadRealCore } from "../helpers/real-core.ts";

const side = { title: "t", lead: "l.", points: [] };
const steps = (lead: string) => ({
  intent: "procedure",
  ko: { lead, examples: ["a 순서", "b 순서"] },
  en: { lead, examples: ["a steps", "b steps"] },
});
// The mirrors entry is about both runtimes; its only steps are containerd's.
const mirrors = entryFixture("mirrors", { ko: side, en: side }, [steps("containerd steps.")]);
const crio = entryFixture("crio", { ko: side, en: side }, [steps("crio steps.")]);
const tokenize = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];
const peers = new Map([
  ["containerd", new Set(["containerd", "crio"])],
  ["crio", new Set(["containerd", "crio"])],
]);
const byId = new Map<string, Entry>([
  ["mirrors", mirrors],
  ["crio", crio],
]);
const input = (named: string[], intent: "procedure" | "location" = "procedure") => ({
  hits: [
    { id: "mirrors", score: 10, matched: [] },
    { id: "crio", score: 8, matched: [] },
  ],
  named,
  asked: named,
  peers,
  intent,
  facetPeers: createFacetPeers([mirrors, crio], tokenize, new Set(peers.keys())),
  topicWords: new Map([
    ["mirrors", new Set(["mirror", "containerd", "crio"])],
    ["crio", new Set(["crio"])],
  ]),
  byId,
});

describe("an entry whose facets of the asked kind speak only of a rival", () => {
  it("hands the question to a close entry about the subject asked", () => {
    expect(preferFacetOnSubject(mirrors, input(["crio"])).id).toBe("crio");
  });

  it("keeps it when the facet names the subject, or when it has none of that kind", () => {
    expect(preferFacetOnSubject(mirrors, input(["containerd"])).id).toBe("mirrors");
    expect(preferFacetOnSubject(mirrors, input(["crio"], "location")).id).toBe("mirrors");
    expect(preferFacetOnSubject(mirrors, input([])).id).toBe("mirrors");
  });

  it("answers CRI-O mirror steps from CRI-O's registries.conf steps", async () => {
    const core = await loadRealCore();
    const a = core.answerer.answerOffline(
      "walk me through adding a pull-through mirror for docker hub on our cri-o workers",
    );
    expect(a.text.split("\n")[0]).toContain("registries.conf");
  });
});

describe("a yes/no question naming part of an entry's id", () => {
  it("is answered by that entry's own yes or no, not a neighbour's", async () => {
    const core = await loadRealCore();
    const a = core.answerer.answerOffline("shim은 컨테이너마다 하나씩 떠요?");
    expect(a.entryIds[0]).toBe("containerd-shim");
    expect(a.text).toMatch(/^아니요, .*파드마다/);
  });

  it("still hands a question that names no tool to an entry whose yes or no fits", async () => {
    const core = await loadRealCore();
    const first = core.answerer.answerOffline("docker images 같은 거 crictl 로는 뭐임");
    const a = core.answerer.answerOffline("이미지 지우는 건?", { previous: turnFrom(first) });
    expect(a.text.split("\n")[0]).toContain("crictl rmi");
  });
});
