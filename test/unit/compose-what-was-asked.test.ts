import { beforeAll, describe, expect, it } from "vitest";
import { appendPoint, createThingWords, missingAsk } from "../../src/core/answer/complete.ts";
import type { BotCore } from "../../src/core/bot-core.ts";
import type { Entry } from "../../src/core/knowledge/schema.ts";
import { loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});

const entry = (id: string): Entry => {
  const e = core.kb.byId.get(id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

describe("a thing the question names but the answer leaves out", () => {
  /** missingAsk over the real knowledge with the given answer text and question weights. */
  const lookUp = (
    text: string,
    weights: [string, number][],
    options: { things?: ReadonlySet<string>; candidates?: readonly Entry[] } = {},
  ) =>
    missingAsk({
      things: options.things ?? createThingWords(core.kb, core.index.tokenize),
      text,
      lang: "en",
      weights: new Map(weights),
      tokenize: core.index.tokenize,
      candidates: options.candidates ?? core.kb.entries,
    });

  it("is looked up in the other retrieved entries", () => {
    const extra = lookUp(
      "Use crictl against the containerd socket.",
      [
        ["rmp", 4],
        ["crictl", 1],
      ],
      { candidates: [entry("containerd"), entry("crictl-pods-vs-ps")] },
    );
    expect(extra?.entry.id).toBe("crictl-pods-vs-ps");
    expect(extra?.sentence).toContain("rmp");
  });

  it("is not looked up for an ordinary word, however rare", () => {
    const things = createThingWords(core.kb, core.index.tokenize);
    expect(things.has("crictl")).toBe(true);
    expect(things.has("limited")).toBe(false);
    expect(
      lookUp("crictl is the CRI debugging CLI.", [["limited", 5]], { things }),
    ).toBeUndefined();
  });

  it("is not looked up when the answer already names it", () => {
    const text = "Remove a stopped sandbox with crictl rmp.";
    expect(lookUp(text, [["rmp", 4]], { things: new Set(["rmp"]) })).toBeUndefined();
  });
});

describe("appending the supplement", () => {
  it("drops trailing points to stay under the limit, never the lead", () => {
    const text = "Lead sentence.\n- first point\n- second point";
    expect(appendPoint(text, "extra", 100)).toBe(`${text}\n- extra`);
    expect(appendPoint(text, "extra", 40)).toBe("Lead sentence.\n- first point\n- extra");
    expect(appendPoint(text, "a much longer extra sentence than fits", 30)).toBe(text);
  });

  it("never drops a numbered step", () => {
    const steps = "Do this.\n- 1) drain\n- 2) uncordon";
    expect(appendPoint(steps, "extra", 20)).toBe(steps);
  });
});

describe("answers", () => {
  it("find the thing asked about even when common words outscore it in retrieval", () => {
    // docker, node, pod and containerd outscore "stats", which only the commands table names.
    const a = core.answerer.answerOffline(
      "we used `docker stats` on nodes to eyeball pod cpu/mem. what's the replacement on containerd nodes",
    );
    expect(a.text).toContain("crictl stats");
  });

  it("name the docker command asked about even when another entry answered", () => {
    const answer = core.answerer.answerOffline("docker exec -it 대신 뭐 쳐야돼? containerd 노드임");
    expect(answer.text).toContain("crictl exec");
    const ids = answer.sources.map((s) => s.id);
    expect(new Set(ids).size).toBeGreaterThan(1);
    expect(new Set(answer.sources.map((s) => s.url)).size).toBe(answer.sources.length);
  });
});

describe("sentences about another subject of the same kind", () => {
  it("do not lead an answer about the subject asked", () => {
    const a = core.answerer.answerOffline(
      "daemon.json에 insecure-registries 넣어놨었는데 containerd에선 그거 대신 뭘 써요?",
    );
    // The entry's point about CRI-O's insecure_registries shares the most words, but the question is about containerd.
    expect(a.text.split("\n")[0]).toContain("containerd");
    expect(a.text.split("\n")[0]).not.toMatch(/^CRI-O/);
  });
});

describe("a yes/no lead written for another yes/no question", () => {
  it("gives way to the point naming the thing asked about", () => {
    const a = core.answerer.answerOffline("is crun the default in cri-o now or still runc?");
    // The entry's yes/no facet answers "does CRI-O default to the systemd driver?".
    expect(a.text.split("\n")[0]).toContain("crun");
    expect(a.text.split("\n")[0]).not.toMatch(/^Yes/);
  });
});

describe("a facet of the main lead's own kind", () => {
  it("answers only when it names the thing asked about that the main lead does not", () => {
    const section = core.answerer.answerOffline("where do I set SystemdCgroup in containerd 2.0?");
    expect(section.text.split("\n")[0]).toContain(
      "io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options",
    );
    // The same entry's main lead still answers the plain location question.
    const file = core.answerer.answerOffline("containerd config 파일 위치?");
    expect(file.text.split("\n")[0]).toContain("/etc/containerd/config.toml");
    expect(file.text.split("\n")[0]).not.toContain("SystemdCgroup");
  });
});

describe("Korean words with endings", () => {
  it("count half, so a shared ending does not outweigh the lead written for the question", () => {
    // "마운트한 파드" matches another lead's wording exactly; the check lead says "마운트하는 파드".
    const a = core.answerer.answerOffline(
      "docker.sock 마운트한 파드 찾는 방법 있어요? 클러스터 전체에서",
    );
    expect(a.text.split("\n")[0]).toContain("kubectl get pods -A");
  });
});

describe("the rarest subject a question names", () => {
  it("decides the entry when a close one is about it and answers the asked kind", () => {
    // crictl's entry scores highest, but the question is about k3s's socket.
    const a = core.answerer.answerOffline(
      "on k3s, crictl says it can't connect to unix:///run/containerd/containerd.sock. where's k3s's containerd socket?",
    );
    // k3s's own entry or the socket list's k3s row answers; crictl's entry does not.
    expect(a.entryIds[0]).not.toBe("crictl");
    expect(a.text.split("\n")[0]).toContain("/run/k3s/containerd/containerd.sock");
  });

  it("decides it when only one subject is named and a remark pulls elsewhere", () => {
    // "블로그" in the remark matches the 1.20 announcement entry more strongly than the term.
    const a = core.answerer.answerOffline("예전 블로그 글마다 나오는 cri-containerd, 그거 뭐였음?");
    expect(a.entryIds[0]).toBe("containerd-cri-plugin-ga");
  });
});

describe("a term asked about, then a guess at what it is", () => {
  it("is answered from the entry named for the term, however low the guess's words rank it", () => {
    // "daemon" and "spec" pull toward daemon.json and the OCI specs; CRI's own entry ranked 14th.
    const a = core.answerer.answerOffline(
      "quick one for the runbook glossary: what exactly is CRI? is it a daemon or just a spec",
    );
    expect(a.intent).toBe("definition");
    expect(a.entryIds[0]).toBe("cri");
  });

  it("is answered from the entry named for the term when background comes first", () => {
    const a = core.answerer.answerOffline(
      "이번 분기에 GKE 버전 올린다고 인프라팀이 공지했는데 'CRI 호환' 얘기가 계속 나와요. 저는 개발만 해서요. CRI가 정확히 뭔가요? 팀 공유용으로 짧게요",
    );
    expect(a.entryIds[0]).toBe("cri");
  });

  it("is a comparison when the guess names another thing", () => {
    const a = core.answerer.answerOffline(
      "what's containerd-shim? is that the same thing as dockershim?",
    );
    expect(a.text).toContain("dockershim");
    expect(a.entryIds[0]).not.toBe("containerd-shim");
  });
});

describe("points that only restate", () => {
  it("are left out: no point's words were nearly all said above it", () => {
    for (const e of core.kb.entries) {
      for (const lang of ["en", "ko"] as const) {
        const q = e[lang].examples[0] ?? e[lang].title;
        const lines = core.answerer.answerOffline(q, { lang }).text.split("\n");
        const said = new Set(core.index.tokenize(lines[0] ?? ""));
        for (const line of lines.slice(1)) {
          if (!line.startsWith("- ") || /^- \d+\) /.test(line)) continue;
          const words = new Set(core.index.tokenize(line));
          const known = [...words].filter((w) => said.has(w)).length;
          expect(known / words.size, `${e.id} ${lang}: ${line}`).toBeLessThan(0.8);
          for (const w of words) said.add(w);
        }
      }
    }
  });
});

describe("a facet of the asked kind that leaves out an aside the question asks about", () => {
  it("gives way to the point naming that aside, not to one naming the entry's subject", () => {
    const aside = core.answerer.answerOffline(
      "cri-dockerd 새 버전 깔면 kubenet 네트워크는 어떻게 돼요?",
    );
    expect(aside.intent).toBe("impact");
    expect(aside.text.split("\n")[0]).toContain("kubenet");
    // systemd and cgroupfs run through the whole cgroup entry: they set the premise, and the
    // impact facet written for a mismatch still leads.
    const premise = core.answerer.answerOffline(
      "what breaks when the kubelet runs systemd and containerd stays on cgroupfs?",
    );
    expect(premise.text.split("\n")[0]).toMatch(/^Mismatched cgroup drivers/);
    // An aside in the context after the question is the asker's situation, not the ask.
    const context = core.answerer.answerOffline(
      "what takes the place of dockershim.sock now? the kubeadm-flags.env on our workers still points at it",
    );
    expect(context.text.split("\n")[0]).toContain("unix:///run/containerd/containerd.sock");
  });
});
