import { describe, expect, it } from "vitest";
import { createSocketRows, type SocketAsk } from "../../src/core/answer/socket-rows.ts";
import { type Entry, EntrySchema, type Lang } from "../../src/core/knowledge/schema.ts";
import { plainEntry } from "../helpers/entry-fixture.ts";
import { loadRealCore } from "../helpers/real-core.ts";

const row = (terms: string[], en: string, place = false) => ({
  for: terms,
  place,
  en,
  ko: `ko ${en}`,
});
const list = {
  ...plainEntry("sockets"),
  intent: "location" as const,
  sockets: [
    row(["containerd"], "containerd row."),
    row(["crio"], "crio row."),
    row(["windows"], "windows row.", true),
  ],
};
const ask = (question: string, own: string[], searched = own, intent = "location" as const) => ({
  question,
  own,
  searched,
  intent,
});

describe("a runtime's socket row", () => {
  const named = createSocketRows([list]);
  // As the answerer reads them: the first row's entry answers, and each entry opens with its rows.
  const rows = {
    entryFor: (q: SocketAsk) => named(q)[0]?.entry,
    sentencesFor: (entry: Entry, q: SocketAsk, lang: Lang) =>
      named(q)
        .filter((r) => r.entry === entry)
        .map((r) => r.text[lang]),
  };

  it("answers a place question naming a socket and a runtime", () => {
    const q = ask("where is the containerd socket", ["containerd", "socket"]);
    expect(rows.entryFor(q)?.id).toBe("sockets");
    expect(rows.sentencesFor(list, q, "en")).toEqual(["containerd row."]);
  });

  it("gives a place's row instead of the runtime's, and two runtimes both rows", () => {
    const win = ask("윈도우 노드 containerd 소켓", ["windows", "node", "containerd", "socket"]);
    expect(rows.sentencesFor(list, win, "ko")).toEqual(["ko windows row."]);
    const two = ask("containerd랑 crio 소켓", ["containerd", "crio", "socket"]);
    expect(rows.sentencesFor(list, two, "en")).toEqual(["containerd row.", "crio row."]);
  });

  it("takes the runtime from the previous turn only when the question names none", () => {
    const follow = ask("그거 소켓 경로는?", ["socket"], ["socket", "crio"]);
    expect(rows.sentencesFor(list, follow, "en")).toEqual(["crio row."]);
  });

  it("takes the socket asked for from the previous turn when the question names another runtime", () => {
    // "and for crio?" after "where's the containerd socket?": its own words name only crio.
    const follow = ask("and for crio?", ["crio"], ["crio", "socket", "node"]);
    expect(rows.sentencesFor(list, follow, "en")).toEqual(["crio row."]);
  });

  it("leaves settings, kubeadm's record and other kinds of question alone", () => {
    for (const q of [
      ask("where do I set the containerd socket for the kubelet", ["containerd", "socket"]),
      ask("containerd 소켓 kubelet 설정 파일 어디", ["containerd", "socket"]),
      ask("where does kubeadm keep the containerd socket", ["kubeadm", "containerd", "socket"]),
      ask("where is containerd's config", ["containerd", "config"]),
    ])
      expect(rows.entryFor(q)).toBeUndefined();
    const why = {
      ...ask("why the containerd socket", ["containerd", "socket"]),
      intent: "reason" as const,
    };
    expect(rows.entryFor(why)).toBeUndefined();
    // Putting a value somewhere is a setting, unless the path itself is what is asked.
    const put = ask("kubelet 엔드포인트에 넣을 crio 소켓 경로", [
      "kubelet",
      "endpoint",
      "crio",
      "socket",
    ]);
    expect(rows.sentencesFor(list, put, "en")).toEqual(["crio row."]);
    // A yes/no naming a socket in passing is not about its path; one about the path is.
    const passing = ask("would buildkit work with no docker socket on containerd?", [
      "containerd",
      "socket",
    ]);
    expect(rows.entryFor({ ...passing, intent: "yesno" })).toBeUndefined();
    const same = ask("is the crio socket the same path as before?", ["crio", "socket"]);
    expect(rows.entryFor({ ...same, intent: "yesno" })?.id).toBe("sockets");
  });

  it("is declared only on a location entry", () => {
    const other = { ...plainEntry("x"), sockets: list.sockets };
    expect(EntrySchema.safeParse(other).error?.issues[0]?.path).toEqual(["sockets"]);
  });
});

describe("answers to 'where is X's socket?'", () => {
  it("open with X's socket, or the place's, whatever close entry search liked", async () => {
    const core = await loadRealCore();
    const first = (q: string) => core.answerer.answerOffline(q).text.split("\n")[0] ?? "";
    expect(first("containerd socket on a plain linux worker, where?")).toContain(
      "unix:///run/containerd/containerd.sock",
    );
    expect(first("k3s 에선 containerd 소켓 어디 있어요?")).toContain(
      "/run/k3s/containerd/containerd.sock",
    );
    expect(first("what socket does containerd use on windows workers?")).toContain("npipe://");
    // Docker's own socket is not CRI: the kubelet that keeps Docker Engine points at cri-dockerd.
    expect(first("where is the docker engine socket the kubelet should use now?")).toContain(
      "cri-dockerd.sock",
    );
  });
});
