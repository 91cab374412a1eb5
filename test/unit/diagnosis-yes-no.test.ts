import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/core/bot-core.ts";
import { readPaste } from "../../src/core/diagnose/diagnose.ts";
import { askAfter, loadRealCore } from "../helpers/real-core.ts";

const cmdline =
  "/usr/bin/kubelet --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --network-plugin=cni --pod-infra-container-image=k8s.gcr.io/pause:3.5";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});

describe("a kubelet command line with a dockershim-era flag and no endpoint", () => {
  it("is on dockershim, not 'needs one more check'", () => {
    const reading = readPaste(cmdline);
    expect(reading?.diagnosis.items[0]?.verdict).toBe("dockershim");
    expect(reading?.diagnosis.summary).toMatch(
      /^This kubelet runs Docker Engine through dockershim/,
    );
  });

  it("answers 'is this on dockershim?' with a yes, in the asker's language", () => {
    const en = askAfter(
      core,
      `${cmdline}\nthat's one of our workers, is it still using dockershim?`,
    );
    expect(en.text).toMatch(/^Yes: This kubelet runs Docker Engine through dockershim/);
    const ko = askAfter(core, `${cmdline}\n우리 워커 중 하나인데 dockershim 쓰는 거 맞지?`);
    expect(ko.text).toMatch(/^네, 이 kubelet은 dockershim으로/);
  });

  it("answers it with a no for a kubelet on containerd's socket", () => {
    const a = askAfter(
      core,
      "/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///run/containerd/containerd.sock\nis this node still on dockershim?",
    );
    expect(a.text).toMatch(/^No: This kubelet talks CRI to containerd directly/);
  });
});

describe("a node list whose docker:// node is on a 1.23 kubelet", () => {
  const table = `NAME         STATUS   ROLES    AGE    VERSION    CONTAINER-RUNTIME
wh-edge-03   Ready    <none>   412d   v1.23.17   docker://20.10.21`;

  it("answers 'is it on dockershim?' with a likely yes that names the cri-dockerd exception", () => {
    const en = askAfter(core, `${table}\ndoes this mean wh-edge-03 is on dockershim?`);
    expect(en.text).toMatch(/^Most likely: Node wh-edge-03 is on Docker Engine through dockershim/);
    expect(en.text.split("\n")[0]).toContain("cri-dockerd.sock");
    const ko = askAfter(core, `${table}\n이거 도커심 쓰는 거 맞아?`);
    expect(ko.text).toMatch(/^네, 아마도 노드 wh-edge-03는 .*cri-dockerd\.sock/);
  });

  it("reads a question that quotes docker:// as the question, and leads with the kubelet check", () => {
    const a = askAfter(
      core,
      `how do i tell if a node is really still on dockershim or on cri-dockerd? both just show docker:// in\n${table}`,
    );
    expect(a.text).toMatch(/^Confirm on wh-edge-03: `tr /);
  });
});
