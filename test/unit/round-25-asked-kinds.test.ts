import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/core/bot-core.ts";
import { detectIntent } from "../../src/core/retrieval/intent.ts";
import { askAfter, loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});

describe("the kind of question, from wordings first seen in round 25", () => {
  it.each([
    // A docker command asked in another CLI's terms is that CLI's command, not what crictl is.
    ["그럼 docker ps -a 는 crictl로 뭐임", "command"],
    ["docker logs -f 는 crictl에선 뭐야?", "command"],
    // What stands where something was is its replacement.
    ["dockershim is gone, so what goes in its place if we have to keep docker?", "replacement"],
    // A place asked for last decides, whatever "instead" set up before it.
    ["what if we went CRI-O instead, what's the endpoint then?", "location"],
    // A relative "where" ("the one box where…") asks for no place; the steps asked for decide.
    [
      "plan B for the one box where the vendor app insists on docker engine: how do we keep docker as the runtime on 1.24+? steps pls",
      "procedure",
    ],
    ["the nodes where crictl fails: where is crictl.yaml?", "location"],
    // Where containers "went" asks what became of them, not for a path.
    ["파드는 다 Running인데 컨테이너 어디감??", "reason"],
    ["where did all my containers go after the switch? docker ps is empty", "reason"],
    ["kubeadm 1.34 — where did the cri-socket annotation go?", "location"],
  ])("%s -> %s", (q, intent) => {
    expect(detectIntent(q)).toBe(intent);
  });
});

describe("answers whose first sentence follows the kind", () => {
  it("'what goes in its place' for Docker Engine names cri-dockerd, not what dockershim was", () => {
    const a = askAfter(
      core,
      "the vendor insists their product requires Docker Engine on the node. dockershim is gone, so what goes in its place if we really have to give them docker?",
    );
    expect(a.text.split("\n")[0]).toContain("cri-dockerd");
  });

  it("'which socket is the kubelet really using' is read off the kubelet, not kubeadm's annotation", () => {
    const a = askAfter(
      core,
      "이 노드 kubelet이 지금 어느 CRI 소켓 보고 있는지 확인하려면 어디 봐야 돼요?",
    );
    const lead = a.text.split("\n")[0] ?? "";
    expect(lead).toContain("--container-runtime-endpoint");
    expect(lead).not.toContain("kubeadm.alpha.kubernetes.io/cri-socket");
  });

  it("keeps kubeadm's recorded socket for a question about the annotation", () => {
    const a = askAfter(core, "how do I check which cri socket kubeadm has recorded for a node");
    expect(a.text.split("\n")[0]).toContain("kubeadm.alpha.kubernetes.io/cri-socket");
  });

  it("a follow-up asking the endpoint 'instead' gets CRI-O's socket", () => {
    const a = askAfter(
      core,
      "what if we went CRI-O instead, what's the endpoint then?",
      "we have one old edge box still on kubeadm + docker engine (k8s 1.23). what's the order of steps to move it to containerd?",
    );
    expect(a.text.split("\n")[0]).toContain("crio.sock");
  });
});

describe("containers that 'went missing' from docker ps", () => {
  it("are explained by containerd's k8s.io namespace, not by where pause containers are listed", () => {
    const a = askAfter(
      core,
      "containerd로 바꾼 노드에서 docker ps 쳤더니 텅 비어있음;; 파드는 다 Running인데 컨테이너 어디감??",
    );
    expect(a.text.split("\n")[0]).toContain("k8s.io");
    expect(a.text.split("\n")[0]).toContain("crictl ps");
  });
});

describe("steps asked for outright", () => {
  it.each([
    "plan B for the one box where the vendor app insists on docker engine: how do we keep docker as the runtime on k8s 1.24+? steps pls",
    "we'll keep docker engine on the colo nodes for now via cri-dockerd. what's the per-node procedure",
  ])("are the cri-dockerd migration's steps, in order: %s", (q) => {
    const a = askAfter(core, q);
    expect(a.entryIds[0]).toBe("migrate-to-cri-dockerd");
    const text = a.text;
    const at = (s: string) => text.indexOf(s);
    expect(at("drain")).toBeGreaterThan(-1);
    expect(at("drain")).toBeLessThan(at("cri-dockerd.sock"));
    expect(at("cri-dockerd.sock")).toBeLessThan(at("uncordon"));
  });

  it("for moving an image into containerd are the image's steps, not a node migration", () => {
    const a = askAfter(
      core,
      "레지스트리 없이 노드에서 docker로 만든 이미지를 containerd 쪽으로 옮기는 방법 순서대로",
    );
    expect(a.entryIds[0]).not.toBe("migrate-to-containerd");
    const step = a.text.split("\n").find((l) => l.includes("docker save")) ?? "";
    expect(step.indexOf("docker save")).toBeLessThan(step.indexOf("images import"));
  });

  it("do not hand a question to a side task's steps the entry merely links to", () => {
    const a = askAfter(
      core,
      "air-gapped DC, nodes can't reach registry.k8s.io so every new pod dies with failed to get sandbox image. steps to make it use the pause image from our internal harbor?",
    );
    expect(a.entryIds[0]).toBe("sandbox-pause-image");
  });
});

describe("yes/no follow-ups after a runtime switch's steps", () => {
  it("'anything on the Node object too?' is a yes naming kubeadm's annotation", () => {
    const a = askAfter(
      core,
      "do i also have to change something on the Node object?",
      "write me the steps to move a kubeadm worker from docker engine to containerd",
    );
    expect(a.text).toMatch(/^Yes: .*kubeadm\.alpha\.kubernetes\.io\/cri-socket/);
  });

  it("'is there anything on the Node object to update?' asks the same need, so it is a yes too", () => {
    const a = askAfter(
      core,
      "is there anything on the Node object to update?",
      "steps to move a kubeadm worker from docker to containerd",
    );
    expect(a.text).toMatch(/^Yes: /);
  });

  it("'so I only delete that flag?' after the 1.27 unknown-flag error is a yes that keeps the endpoint", () => {
    const a = askAfter(
      core,
      "그럼 kubeadm-flags.env에서 그 플래그만 지우면 되는 거죠?",
      "1.27로 올렸더니 kubelet이 안 떠요. unknown flag: --container-runtime 이 플래그 언제 없어진 거예요?",
    );
    expect(a.text).toMatch(/^네, .*--container-runtime-endpoint/);
  });
});

describe("neighbours declined in round 25", () => {
  it.each([
    "gitlab-runner config.toml: what does `concurrent` vs `limit` do? our dind jobs queue forever",
    "how do I write a small go program with client-go that lists pods stuck in CrashLoopBackOff?",
    "DOKS 에서 파드가 밖으로 나갈 때 고정 IP 쓰려면? 방화벽 화이트리스트 때문에",
  ])("%s", (q) => {
    const a = core.answerer.answerOffline(q);
    expect(a.kind).toBe("decline");
    expect(a.text.split("\n")).toHaveLength(1);
  });

  it("keeps a registry allowlist question in the field", () => {
    const a = core.answerer.answerOffline(
      "air-gapped nodes: which registry do we allowlist so containerd can pull the pause image?",
    );
    expect(a.kind).toBe("answer");
  });
});
