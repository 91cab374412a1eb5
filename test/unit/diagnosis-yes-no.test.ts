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
