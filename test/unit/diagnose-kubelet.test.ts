import { describe, expect, it } from "vitest";
import { readPaste } from "../../src/core/diagnose/diagnose.ts";
import { fenced, paste } from "../helpers/pastes.ts";

const read = (text: string) => {
  const reading = readPaste(text);
  expect(reading?.diagnosis.kind).toBe("kubelet");
  return reading;
};
const byName = (text: string) =>
  Object.fromEntries((read(text)?.diagnosis.items ?? []).map((i) => [i.name, i]));

describe("kubelet flags and config", () => {
  it("leads with the path when the question asks about the dockershim removal, else with the flag to delete", () => {
    const flags =
      "```\n--container-runtime=remote --container-runtime-endpoint=unix:///var/run/cri-dockerd.sock\n```";
    expect(read(`${flags}\nare we impacted by the 1.24 removal?`)?.diagnosis.summary).toMatch(
      /^This kubelet uses Docker Engine through cri-dockerd: not affected by the dockershim removal\. Delete the setting/,
    );
    expect(read(`${flags}\nanything to fix here?`)?.diagnosis.summary).toMatch(
      /^Delete the setting that stops the kubelet on upgrade/,
    );
  });

  it("kubeadm-flags.env: containerd endpoint is fine, --container-runtime=remote breaks at 1.27, --network-plugin at 1.24", () => {
    const env =
      'KUBELET_KUBEADM_ARGS="--container-runtime=remote --container-runtime-endpoint=unix:///run/containerd/containerd.sock --network-plugin=cni --pod-infra-container-image=k8s.gcr.io/pause:3.6"';
    const items = byName(`cat /var/lib/kubelet/kubeadm-flags.env\n${fenced(env)}`);
    expect(items.kubelet).toMatchObject({ runtime: "containerd", verdict: "ok" });
    expect(items["--container-runtime=remote"]?.verdict).toBe("breaks");
    expect(items["--container-runtime=remote"]?.reason).toContain("1.27");
    expect(items["--network-plugin=cni"]?.reason).toContain("1.24");
    expect(read(env)?.diagram).toBe("new");
  });

  it("--container-runtime=docker with no endpoint is dockershim", () => {
    const items = byName(
      'KUBELET_KUBEADM_ARGS="--container-runtime=docker --network-plugin=cni --pod-infra-container-image=k8s.gcr.io/pause:3.2"',
    );
    expect(items.kubelet).toMatchObject({ runtime: "dockershim", verdict: "dockershim" });
    expect(read('KUBELET_KUBEADM_ARGS="--container-runtime=docker"')?.diagram).toBe("old");
  });

  // --network-plugin only starts a kubelet of 1.23 or older, where no endpoint means dockershim.
  it("a ps line with no runtime flags but a dockershim-era flag: dockershim", () => {
    const items = byName(paste("kubelet-ps.txt"));
    expect(items.kubelet?.verdict).toBe("dockershim");
    expect(items.kubelet?.reason).toContain("1.23 or older");
    expect(items["--network-plugin=cni"]?.verdict).toBe("breaks");
  });

  it("the flag form with a space and a cri-dockerd endpoint", () => {
    const items = byName(
      "/usr/bin/kubelet --container-runtime remote --container-runtime-endpoint unix:///run/cri-dockerd.sock --kubeconfig /etc/kubernetes/kubelet.conf",
    );
    expect(items.kubelet).toMatchObject({ runtime: "cri-dockerd", verdict: "cri-dockerd" });
  });

  it("/var/lib/kubelet/config.yaml: containerRuntimeEndpoint and cgroupDriver", () => {
    const reading = read(fenced(paste("kubelet-config.yaml"), "yaml"));
    const items = Object.fromEntries((reading?.diagnosis.items ?? []).map((i) => [i.name, i]));
    expect(items["config.yaml"]).toMatchObject({ runtime: "cri-dockerd", verdict: "cri-dockerd" });
    expect(items["cgroupDriver: systemd"]?.reason).toContain("SystemdCgroup = true");
    expect(reading?.entryIds).toContain("cgroup-drivers");
  });

  it("answers in Korean around a Korean question", () => {
    const reading = readPaste(
      'kubeadm-flags.env 내용인데 1.27 올려도 되나요?\nKUBELET_KUBEADM_ARGS="--container-runtime=remote --container-runtime-endpoint=unix:///run/containerd/containerd.sock"',
    );
    expect(reading?.lang).toBe("ko");
    expect(reading?.diagnosis.summary).toBe(
      "업그레이드하면 kubelet이 시작하지 못하게 하는 설정 1개를 지우십시오: --container-runtime=remote (1.27에서 제거). 이 kubelet은 CRI로 containerd에 바로 연결됩니다. dockershim 제거와 무관합니다.",
    );
    expect(reading?.diagnosis.items[1]?.reason).toContain("1.27에서 제거");
  });

  it("names the release that removed each flag it asks to delete, so 'until when do they work?' is answered", () => {
    const reading = readPaste(
      'will these keep working up to 1.30?\nKUBELET_KUBEADM_ARGS="--container-runtime=remote --network-plugin=cni --container-runtime-endpoint=unix:///run/containerd/containerd.sock"',
    );
    expect(reading?.diagnosis.summary).toContain("--container-runtime=remote (removed in 1.27)");
    expect(reading?.diagnosis.summary).toContain("--network-plugin=cni (removed in 1.24)");
  });
});
