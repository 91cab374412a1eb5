import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPaste } from "../../src/core/diagnose/diagnose.ts";
import type { DiagnosisItem } from "../../src/core/diagnose/types.ts";
import { fenced, paste, slackEscaped } from "../helpers/pastes.ts";

function items(text: string, lang?: "ko" | "en"): DiagnosisItem[] {
  const reading = readPaste(text, lang);
  expect(reading, "should be read as a paste").toBeDefined();
  return [...(reading?.diagnosis.items ?? [])];
}
const verdicts = (list: DiagnosisItem[]) =>
  Object.fromEntries(list.map((i) => [i.name, i.verdict]));

describe("kubectl get nodes -o wide", () => {
  it("groups Docker (dockershim) and containerd nodes and names every node", () => {
    const reading = readPaste(`are we affected?\n${fenced(paste("nodes-wide-1.27.txt"))}`);
    expect(reading?.diagnosis.kind).toBe("nodes");
    expect(verdicts([...(reading?.diagnosis.items ?? [])])).toEqual({
      "node-a": "dockershim",
      "node-b": "dockershim",
      "node-c": "ok",
    });
    const summary = reading?.diagnosis.summary ?? "";
    expect(summary).toMatch(
      /^Of 3 nodes, 2 \(node-a, node-b\) are on Docker Engine through dockershim/,
    );
    expect(summary).toContain("1 (node-c) is on containerd and not affected");
    expect(reading?.diagnosis.nextSteps.join("\n")).toContain("/proc/$(pgrep kubelet)/cmdline");
    expect(reading?.diagram).toBe("compare");
    expect(reading?.question).toBe("are we affected?");
    const nodeA = reading?.diagnosis.items[0];
    expect(nodeA).toMatchObject({ runtime: "docker", version: "20.10.21", kubelet: "v1.23.17" });
  });

  it("reads the same table unfenced, as Slack sends it (entities), with a Korean question", () => {
    const text = `${slackEscaped(paste("nodes-wide-1.27.txt"))}\n우리 노드 1.24 올리면 영향 있나요?`;
    const reading = readPaste(text);
    expect(reading?.lang).toBe("ko");
    expect(verdicts([...(reading?.diagnosis.items ?? [])])).toMatchObject({
      "node-a": "dockershim",
      "node-c": "ok",
    });
    expect(reading?.diagnosis.summary).toContain("노드 3개 중 2개(node-a, node-b)");
  });

  it("reads an old kubectl layout (no INTERNAL-IP, OS image with spaces)", () => {
    const list = items(paste("nodes-old-kubectl.txt"));
    expect(list.map((i) => [i.name, i.kubelet, i.verdict])).toEqual([
      ["master", "v1.11.3", "dockershim"],
      ["worker1", "v1.11.3", "dockershim"],
    ]);
  });

  it("reads EKS names and versions separated by tabs; docker on 1.24+ is cri-dockerd", () => {
    const reading = readPaste(paste("nodes-eks-tabs.txt"));
    const list = [...(reading?.diagnosis.items ?? [])];
    expect(list[0]).toMatchObject({
      name: "ip-192-168-12-34.us-west-2.compute.internal",
      kubelet: "v1.23.16-eks-48e63af",
      verdict: "dockershim",
    });
    expect(list[1]).toMatchObject({ runtime: "containerd", version: "1.6.6", verdict: "ok" });
    expect(reading?.diagnosis.nextSteps.join("\n")).toContain(
      "On EKS the node image sets the runtime",
    );
    expect(reading?.entryIds).toContain("managed-kubernetes");
  });

  it("reads GKE rows whose spaces were collapsed and flags containerd too old for 1.24", () => {
    const list = items(paste("nodes-gke-collapsed.txt"));
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({
      name: "gke-prod-default-pool-3c2f1a6b-x7kq",
      kubelet: "v1.23.17-gke.1700",
      version: "1.5.18",
      verdict: "ok",
    });
  });

  it("reads AKS and Windows nodes, including a Windows node still on Docker", () => {
    const list = items(paste("nodes-aks-windows.txt"));
    expect(verdicts(list)).toEqual({
      "aks-nodepool1-12345678-vmss000000": "ok",
      akswin000000: "ok",
      akswin000001: "dockershim",
    });
  });

  it("checks containerd's version against the kubelet: 1.24 needs 1.6.4+ or 1.5.11+, 1.26 needs CRI v1", () => {
    const table = [
      "NAME STATUS ROLES AGE VERSION CONTAINER-RUNTIME",
      "n1 Ready <none> 1d v1.24.3 containerd://1.6.2",
      "n2 Ready <none> 1d v1.24.3 containerd://1.5.11",
      "n3 Ready <none> 1d v1.26.1 containerd://1.4.13",
      "n4 Ready <none> 1d v1.23.5 containerd://1.4.13",
      "n5 Ready <none> 1d v1.28.2 containerd://1.7.2",
      "n6 Ready <none> 1d v1.25.0 cri-o://1.22.1",
    ].join("\n");
    const list = items(table);
    expect(verdicts(list)).toEqual({
      n1: "upgrade-runtime",
      n2: "ok",
      n3: "upgrade-runtime",
      n4: "upgrade-runtime",
      n5: "ok",
      n6: "upgrade-runtime",
    });
    expect(list[2]?.reason).toContain("CRI v1");
  });

  it("asks for -o wide when the runtime column is missing", () => {
    const table =
      "NAME     STATUS   ROLES    AGE   VERSION\nnode-1   Ready    <none>   3d    v1.23.5\n";
    const list = items(table);
    expect(list[0]).toMatchObject({ name: "node-1", verdict: "check" });
    expect(list[0]?.reason).toContain("kubectl get nodes -o wide");
  });

  it("reads rows without a header, and custom-columns output", () => {
    expect(verdicts(items("node-x   Ready   <none>   5d   v1.23.4   docker://20.10.7"))).toEqual({
      "node-x": "dockershim",
    });
    expect(
      verdicts(
        items("NAME      RUNTIME\nnode-y    containerd://1.7.13\nnode-z    docker://24.0.7"),
      ),
    ).toEqual({
      "node-y": "ok",
      "node-z": "check",
    });
  });

  it("reads jsonpath output: name and runtime per line", () => {
    expect(verdicts(items("node-a\tdocker://20.10.7\nnode-b\tcontainerd://1.6.8\n"))).toEqual({
      "node-a": "check",
      "node-b": "ok",
    });
  });

  it("reads -o json (List) and settles docker:// with the kubeadm cri-socket annotation", () => {
    const list = items(fenced(paste("nodes.json"), "json"));
    expect(list.map((i) => [i.name, i.verdict])).toEqual([
      ["worker-1", "cri-dockerd"],
      ["worker-2", "upgrade-runtime"],
    ]);
  });

  it("reads -o yaml for one node", () => {
    const list = items(paste("nodes.yaml"));
    expect(list[0]).toMatchObject({ name: "edge-01", verdict: "dockershim", kubelet: "v1.21.14" });
    expect(list[0]?.reason).toContain("annotation");
  });

  it("reads host names Slack turned into links", () => {
    const text =
      "<http://ip-10-0-1-5.ec2.internal|ip-10-0-1-5.ec2.internal>   Ready   &lt;none&gt;   3d   v1.23.9-eks-ba74326   docker://20.10.17";
    expect(items(text)[0]?.name).toBe("ip-10-0-1-5.ec2.internal");
  });

  it("names every node in the groups even when there are many", () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) => `node-${i} Ready <none> 1d v1.27.3 containerd://1.7.${i}`,
    );
    const reading = readPaste(
      `NAME STATUS ROLES AGE VERSION CONTAINER-RUNTIME\n${rows.join("\n")}`,
    );
    expect(reading?.diagnosis.items).toHaveLength(40);
    expect(reading?.diagnosis.summary).toContain("All 40 nodes");
    expect(reading?.diagram).toBe("new");
  });
});

describe("docker:// on a 1.23 kubelet, asked dockershim or cri-dockerd", () => {
  const table = [
    "NAME        STATUS   ROLES    AGE    VERSION    CONTAINER-RUNTIME",
    "legacy-03   Ready    <none>   612d   v1.23.17   docker://19.3.15",
  ].join("\n");

  it("opens with the command-line check that tells them apart, not with a verdict", () => {
    const reading = readPaste(`dockershim or cri-dockerd? how do I tell?\n${table}`);
    expect(reading?.diagnosis.summary).toMatch(/^Confirm on legacy-03: `tr/);
    expect(reading?.diagnosis.nextSteps.join("\n")).not.toContain("Confirm on");
  });

  it("keeps the verdict first when the question does not ask which", () => {
    const reading = readPaste(`are we affected?\n${table}`);
    expect(reading?.diagnosis.summary).toMatch(
      /^Node legacy-03 is on Docker Engine through dockershim/,
    );
    expect(reading?.diagnosis.nextSteps[0]).toMatch(/^Confirm on legacy-03/);
  });
});

describe("a cordoned node", () => {
  const table = [
    "NAME       STATUS                     ROLES           AGE   VERSION    CONTAINER-RUNTIME",
    "cp-1       Ready                      control-plane   2y    v1.24.17   containerd://1.6.24",
    "worker-1   Ready,SchedulingDisabled   <none>          2y    v1.24.17   containerd://1.6.24",
  ].join("\n");

  it("is named with its uncordon step in the verdict sentence", () => {
    const summary = readPaste(`switched worker-1 last night, anything left?\n${table}`)?.diagnosis
      .summary;
    expect(summary).toBe(
      "All 2 nodes (cp-1, worker-1) are on containerd and not affected; worker-1 is still cordoned (SchedulingDisabled) and takes no new pods: run `kubectl uncordon worker-1` once it checks out.",
    );
  });

  it("is named in Korean after the verdict", () => {
    const summary = readPaste(`워커1 전환 끝났는데 남은거 있나?\n${table}`)?.diagnosis.summary;
    expect(summary).toContain("worker-1는 아직 cordon 상태(SchedulingDisabled)");
    expect(summary).toContain("`kubectl uncordon worker-1`");
  });

  it("is not invented for nodes that take pods", () => {
    const summary = readPaste(`ok?\n${table.replace("Ready,SchedulingDisabled", "Ready")}`)
      ?.diagnosis.summary;
    expect(summary).not.toContain("uncordon");
  });
});

describe("local and lightweight clusters", () => {
  it("k3s, kind and minikube rows", () => {
    const table = [
      "NAME                 STATUS   ROLES                  AGE   VERSION        INTERNAL-IP    EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION     CONTAINER-RUNTIME",
      "k3s-server-1         Ready    control-plane,master   20d   v1.24.4+k3s1   10.0.1.10      <none>        Ubuntu 22.04.1 LTS               5.15.0-48-generic  containerd://1.6.6-k3s1",
      "kind-control-plane   Ready    control-plane          5m    v1.27.3        172.18.0.2     <none>        Debian GNU/Linux 11 (bullseye)   6.2.0-26-generic   containerd://1.7.1",
      "minikube             Ready    control-plane          1d    v1.26.3        192.168.49.2   <none>        Ubuntu 20.04.5 LTS               5.15.0-76-generic  docker://23.0.2",
    ].join("\n");
    expect(verdicts(items(table))).toEqual({
      "k3s-server-1": "ok",
      "kind-control-plane": "ok",
      minikube: "cri-dockerd",
    });
  });
});

describe("other node outputs", () => {
  it("reads kubectl describe node, with the cri-socket annotation settling docker://", () => {
    const list = items(paste("describe-node.txt"));
    expect(list).toEqual([
      expect.objectContaining({
        name: "worker-3",
        runtime: "docker",
        kubelet: "v1.25.6",
        verdict: "cri-dockerd",
      }),
    ]);
  });

  it("reads a bare .status.nodeInfo printed with jsonpath", () => {
    const info =
      '{"architecture":"amd64","containerRuntimeVersion":"containerd://1.6.8","kernelVersion":"5.15.0","kubeletVersion":"v1.25.3","operatingSystem":"windows","osImage":"Windows Server 2022 Datacenter"}';
    expect(items(info)[0]).toMatchObject({ runtime: "containerd", verdict: "ok" });
  });

  it("reads a code block the way Slack's composer sends it (content on the fence lines)", () => {
    const table = paste("nodes-wide-1.27.txt").trim();
    const reading = readPaste(`are we affected? \`\`\`${slackEscaped(table)}\`\`\``);
    expect(reading?.diagnosis.items.map((i) => i.name)).toEqual(["node-a", "node-b", "node-c"]);
  });
});

describe("not a paste", () => {
  it.each([
    "why was dockershim removed?",
    "is containerd://1.4.12 ok for 1.24?",
    "도커심은 왜 제거됐어?",
    "what does --container-runtime-endpoint do?",
    "kubelet won't start after upgrade to 1.27, complains about the --container-runtime flag",
    "crictl ps vs docker ps",
    "--container-runtime=remote 플래그 없어졌던데 이제 뭐 써야됨",
    "which k8s version dropped the kubelet --container-runtime flag?",
    "is --container-runtime=remote still needed?",
    "Hi bot,\nQuestion: what is CRI?\nContext: we run EKS 1.23 with docker",
    "안녕하세요\n질문: containerd랑 CRI-O 차이가 뭔가요?\n환경: EKS",
    "We are planning:\n- upgrade the cluster to 1.24\n- switch the nodes to containerd\n- remove docker from the nodes\nAnything to watch out for?",
  ])("%s goes to the knowledge base", (q) => {
    expect(readPaste(q)).toBeUndefined();
  });
});

describe("the eval questions", () => {
  it("are answered from the knowledge base, except those that quote an error line", () => {
    const files = ["dev", "test", "holdout", "holdout-v2"];
    const questions = files.flatMap((f) =>
      readFileSync(`test/eval/${f}.jsonl`, "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => String(JSON.parse(l).q)),
    );
    const read = questions.flatMap((q) => {
      const r = readPaste(q);
      return r ? [r.diagnosis.kind] : [];
    });
    expect(questions.length).toBeGreaterThan(500);
    expect(read.every((kind) => kind === "errors")).toBe(true);
    expect(read.length).toBeLessThanOrEqual(Math.ceil(questions.length * 0.02));
  });
});
