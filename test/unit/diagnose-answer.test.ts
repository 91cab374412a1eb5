import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/adapters/knowledge/load-knowledge.ts";
import { type BotCore, createBotCore } from "../../src/core/bot-core.ts";
import type { Logger } from "../../src/core/ports.ts";
import { fenced, paste } from "../helpers/pastes.ts";
import { loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});

describe("the answerer diagnoses pastes before retrieval", () => {
  it("a node list gets a diagnosis that leads with the verdict, not an entry's lead", async () => {
    const answer = await core.answerer.ask(
      `are we affected?\n${fenced(paste("nodes-wide-1.27.txt"))}`,
    );
    // The words around the paste get the intent any question with those words gets.
    expect(answer.intent).toBe(core.answerer.answerOffline("are we affected?").intent);
    expect(answer.diagnosis?.kind).toBe("nodes");
    expect(answer.kind).toBe("answer");
    expect(answer.text.split("\n")[0]).toBe(answer.diagnosis?.summary);
    expect(answer.text).toContain("node-a");
    expect(answer.text).toContain("Next steps:");
    expect(answer.question).toBe("are we affected?");
    expect(answer.diagram).toBe("compare");
  });

  it("cites only entries that exist, one link each, no page twice", () => {
    const answer = core.answerer.answerOffline(paste("nodes-eks-tabs.txt"));
    expect(answer.entryIds.length).toBeGreaterThan(1);
    for (const id of answer.entryIds) expect(core.kb.byId.has(id)).toBe(true);
    const urls = answer.sources.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("answers in the asker's language", () => {
    const answer = core.answerer.answerOffline(
      `우리 노드 괜찮나요?\n${paste("nodes-aks-windows.txt")}`,
    );
    expect(answer.lang).toBe("ko");
    expect(answer.title).toBe("노드별 컨테이너 런타임 진단");
    expect(answer.text).toContain("다음 할 일:");
  });

  it("an unreadable paste says so and never falls back to an entry", () => {
    const answer = core.answerer.answerOffline(
      fenced("apiVersion: v1\nkind: Pod\n  metadata: [\n"),
    );
    expect(answer.kind).toBe("invalid");
    expect(answer.text).toMatch(/^I couldn't read this/);
    expect(answer.entryIds).toEqual([]);
    expect(answer.sources).toEqual([]);
  });

  it("a question around a paste it cannot read is answered as asked, with the paste's words", () => {
    const crio = core.answerer.answerOffline(
      `CRI-O 1.28 노드 crio.conf 에 이렇게 되어있어요\n${fenced('[crio.image]\ninsecure_registries = ["registry.corp.local:5000"]')}\n이 설정 어디로 옮겨야 하나요?`,
    );
    expect(crio.diagnosis).toBeUndefined();
    expect(crio.kind).toBe("answer");
    expect(crio.text.split("\n")[0]).toContain("registries.conf");
    // The same paste with no question around it still says what it could not read.
    const bare = core.answerer.answerOffline(
      fenced('[crio.image]\ninsecure_registries = ["registry.corp.local:5000"]'),
    );
    expect(bare.kind).toBe("invalid");
  });

  it("a paste up to 40,000 characters is read although questions stop at 2,000", () => {
    const rows = Array.from(
      { length: 150 },
      (_, i) => `node-${i}   Ready   <none>   1d   v1.27.3   containerd://1.7.2`,
    );
    const text = `NAME STATUS ROLES AGE VERSION CONTAINER-RUNTIME\n${rows.join("\n")}`;
    expect(text.length).toBeGreaterThan(2000);
    const answer = core.answerer.answerOffline(text);
    expect(answer.diagnosis?.items).toHaveLength(150);
  });

  it("a typed question that names an error but asks for steps is answered as asked", () => {
    const how = core.answerer.answerOffline(
      "how do i get a locally built image into my kind cluster? it keeps going ErrImagePull",
    );
    expect(how.diagnosis).toBeUndefined();
    expect(how.text).toContain("kind load docker-image");
    // Asking why the error happens still gets the error's diagnosis.
    const why = core.answerer.answerOffline("why does my pod keep going ErrImagePull?");
    expect(why.diagnosis?.kind).toBe("errors");
  });

  it("an error quoted in a question about a neighbouring topic is declined, not diagnosed", () => {
    const laptop = core.answerer.answerOffline(
      "since upgrading docker desktop on my macbook it errors with `Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`",
    );
    expect(laptop.kind).toBe("decline");
    expect(laptop.nearMiss).toBe("desktop-podman");
    expect(laptop.diagnosis).toBeUndefined();
    // The same error from a pod on a containerd node is ours.
    const pod = core.answerer.answerOffline(
      "our CI pod logs `Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`",
    );
    expect(pod.diagnosis?.kind).toBe("errors");
  });

  it("a plain question is answered from the knowledge base as before", () => {
    const answer = core.answerer.answerOffline("why was dockershim removed?");
    expect(answer.diagnosis).toBeUndefined();
    expect(answer.entryIds[0]).toBe("why-dockershim-removed");
  });

  it("a secret in a plain question is removed before answering and the answer says so", () => {
    const answer = core.answerer.answerOffline(
      "why was dockershim removed? token: xoxb-1234-5678-abcdefghijkl",
    );
    expect(JSON.stringify(answer)).not.toContain("xoxb-1234");
    expect(answer.text).toContain("I removed 1 secret");
    // A typed question that names an error and is answered as asked is redacted the same way.
    const typed = core.answerer.answerOffline(
      "how do i get my image into kind? it keeps going ErrImagePull token: xoxb-1234-5678-abcdefghijkl",
    );
    expect(typed.diagnosis).toBeUndefined();
    expect(JSON.stringify(typed)).not.toContain("xoxb-1234");
    expect(typed.text).toContain("I removed 1 secret");
  });

  it("logs what was read by kind and counts, never the paste", async () => {
    const lines: Record<string, unknown>[] = [];
    const record = (obj: Record<string, unknown>, msg?: string) => void lines.push({ ...obj, msg });
    const logger: Logger = { debug: record, info: record, warn: record, error: record };
    const logged = createBotCore(await loadKnowledge("knowledge"), { logger });
    logged.answerer.answerOffline(
      `${paste("nodes-wide-1.27.txt")}\nAuthorization: Bearer abcdefghijklmnop`,
    );
    expect(lines).toEqual([
      { kind: "nodes", items: 3, redacted: 1, lang: "en", msg: "paste diagnosed" },
    ]);
  });
});
