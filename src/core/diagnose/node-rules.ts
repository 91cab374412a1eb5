import type { Lang } from "../knowledge/schema.ts";
import type { PastedNode } from "./nodes-table.ts";
import { say } from "./say.ts";
import type { DiagnosisItem, Verdict } from "./types.ts";
import { atLeast, parseVersion, type Version } from "./versions.ts";

export const CMDLINE_CHECK = "tr \\\\0 ' ' < /proc/$(pgrep kubelet)/cmdline";

/** The runtime stays as the node reports it (`docker`); the verdict says which path that is. */
function item(node: PastedNode, verdict: Verdict, reason: string): DiagnosisItem {
  return {
    name: node.name,
    ...(node.runtime ? { runtime: node.runtime } : {}),
    ...(node.runtimeVersion ? { version: node.runtimeVersion } : {}),
    ...(node.kubelet ? { kubelet: node.kubelet } : {}),
    verdict,
    reason,
  };
}

function dockerNode(node: PastedNode, kubelet: Version | undefined, lang: Lang): DiagnosisItem {
  const socket = node.criSocket ?? "";
  if (/cri-?dockerd?\.sock/.test(socket))
    return item(
      node,
      "cri-dockerd",
      say(
        lang,
        `the node's cri-socket annotation is ${socket}: cri-dockerd, not dockershim.`,
        `노드의 cri-socket 어노테이션이 ${socket}이므로 dockershim이 아니라 cri-dockerd입니다.`,
      ),
    );
  if (/dockershim\.sock/.test(socket))
    return item(
      node,
      "dockershim",
      say(
        lang,
        `the node's cri-socket annotation is ${socket}: dockershim, which is gone from kubelet 1.24.`,
        `노드의 cri-socket 어노테이션이 ${socket}이므로 dockershim입니다. kubelet 1.24부터는 없습니다.`,
      ),
    );
  if (!kubelet)
    return item(
      node,
      "check",
      say(
        lang,
        `docker:// without a kubelet version: dockershim on 1.23 and older, cri-dockerd from 1.24. The kubelet's command line (${CMDLINE_CHECK}) settles it.`,
        `kubelet 버전이 없어 판단할 수 없습니다. 1.23 이하면 dockershim, 1.24 이상이면 cri-dockerd입니다. kubelet 명령줄(${CMDLINE_CHECK})로 확인하십시오.`,
      ),
    );
  if (atLeast(kubelet, 1, 24))
    return item(
      node,
      "cri-dockerd",
      say(
        lang,
        "docker:// on a 1.24+ kubelet can only be cri-dockerd (the kubelet has no dockershim); keep cri-dockerd installed and updated.",
        "kubelet 1.24 이상에는 dockershim이 없으므로 docker://는 cri-dockerd입니다. cri-dockerd를 계속 설치·업데이트해 두십시오.",
      ),
    );
  return {
    ...item(
      node,
      "dockershim",
      say(
        lang,
        `docker:// on kubelet ${node.kubelet} is dockershim unless the kubelet's --container-runtime-endpoint is cri-dockerd.sock (the kubelet command-line check settles it); it stops working when the node moves to 1.24.`,
        `kubelet ${node.kubelet}에서 docker://는 dockershim입니다(kubelet의 --container-runtime-endpoint가 cri-dockerd.sock이면 cri-dockerd, kubelet 명령줄 확인 방법 참고). 노드를 1.24로 올리면 멈춥니다.`,
      ),
    ),
    inferred: true,
  };
}

/** containerd 1.6.4+ or 1.5.11+ for kubelet 1.24+ (1.6.0–1.6.3 had CNI bugs). */
const containerdFor124 = (v: Version) =>
  atLeast(v, 1, 6, 4) || (v.major === 1 && v.minor === 5 && v.patch >= 11);

function containerdNode(node: PastedNode, kubelet: Version | undefined, lang: Lang): DiagnosisItem {
  const v = parseVersion(node.runtimeVersion);
  const ok = (extra = "") =>
    item(
      node,
      "ok",
      say(
        lang,
        `containerd: the kubelet talks CRI to containerd directly, so the dockershim removal does not touch this node.${extra}`,
        `containerd: kubelet이 CRI로 containerd와 바로 통신하므로 dockershim 제거와 무관합니다.${extra}`,
      ),
    );
  if (!v || !kubelet) return ok();
  if (atLeast(kubelet, 1, 26) && !atLeast(v, 1, 5))
    return item(
      node,
      "upgrade-runtime",
      say(
        lang,
        `kubelet ${node.kubelet} speaks only CRI v1 (from 1.26) and containerd ${node.runtimeVersion} does not serve it: the node will not register. Upgrade containerd to 1.6.4+ (or 1.5.11+).`,
        `kubelet ${node.kubelet}은(1.26부터) CRI v1만 쓰는데 containerd ${node.runtimeVersion}은 이를 제공하지 않아 노드가 등록되지 않습니다. containerd를 1.6.4 이상(또는 1.5.11 이상)으로 올리십시오.`,
      ),
    );
  if (atLeast(kubelet, 1, 23) && !containerdFor124(v)) {
    const when = atLeast(kubelet, 1, 24)
      ? say(lang, `kubelet ${node.kubelet} needs`, `kubelet ${node.kubelet}에는`)
      : say(lang, "before this node moves to 1.24 it needs", "이 노드를 1.24로 올리기 전에");
    return item(
      node,
      "upgrade-runtime",
      say(
        lang,
        `containerd ${node.runtimeVersion} is below what 1.24+ needs: ${when} containerd 1.6.4+ or 1.5.11+ (1.6.0–1.6.3 have CNI bugs).`,
        `containerd ${node.runtimeVersion}은 1.24 이상에 필요한 버전보다 낮습니다. ${when} containerd 1.6.4 이상 또는 1.5.11 이상이 필요합니다(1.6.0–1.6.3은 CNI 버그가 있음).`,
      ),
    );
  }
  if (!atLeast(kubelet, 1, 23) && !containerdFor124(v))
    return ok(
      say(
        lang,
        " Before 1.24, upgrade containerd to 1.6.4+ or 1.5.11+.",
        " 1.24로 올리기 전에 containerd를 1.6.4 이상 또는 1.5.11 이상으로 올리십시오.",
      ),
    );
  return ok();
}

function crioNode(node: PastedNode, kubelet: Version | undefined, lang: Lang): DiagnosisItem {
  const v = parseVersion(node.runtimeVersion);
  if (v && kubelet && atLeast(kubelet, 1, 24) && v.major === 1 && v.minor < kubelet.minor)
    return item(
      node,
      "upgrade-runtime",
      say(
        lang,
        `CRI-O ${node.runtimeVersion} is older than kubelet ${node.kubelet}: CRI-O follows Kubernetes minor versions (1.24+ needs CRI-O 1.24+); use CRI-O 1.${kubelet.minor}.`,
        `CRI-O ${node.runtimeVersion}이 kubelet ${node.kubelet}보다 오래됐습니다. CRI-O는 Kubernetes 마이너 버전을 따르므로(1.24 이상은 CRI-O 1.24 이상) CRI-O 1.${kubelet.minor}을 쓰십시오.`,
      ),
    );
  return item(
    node,
    "ok",
    say(
      lang,
      "CRI-O: a CRI runtime built for Kubernetes, so the dockershim removal does not touch this node.",
      "CRI-O: Kubernetes 전용 CRI 런타임이므로 dockershim 제거와 무관합니다.",
    ),
  );
}

export function diagnoseNode(node: PastedNode, lang: Lang): DiagnosisItem {
  const kubelet = parseVersion(node.kubelet);
  switch (node.runtime) {
    case "docker":
      return dockerNode(node, kubelet, lang);
    case "containerd":
      return containerdNode(node, kubelet, lang);
    case "cri-o":
      return crioNode(node, kubelet, lang);
    case undefined:
      return item(
        node,
        "check",
        say(
          lang,
          "no CONTAINER-RUNTIME in this output: run `kubectl get nodes -o wide` to see it.",
          "이 출력에는 CONTAINER-RUNTIME 열이 없습니다. `kubectl get nodes -o wide`로 확인하십시오.",
        ),
      );
    default:
      return item(
        node,
        "check",
        say(
          lang,
          `${node.runtime}:// is not a runtime I know; check the kubelet's --container-runtime-endpoint.`,
          `${node.runtime}://는 제가 아는 런타임이 아닙니다. kubelet의 --container-runtime-endpoint를 확인하십시오.`,
        ),
      );
  }
}

/** Managed clusters set the runtime through the node image, so the next step differs. */
export function providerOf(nodes: readonly PastedNode[]): "eks" | "gke" | "aks" | undefined {
  for (const n of nodes) {
    if (/-eks-/.test(n.kubelet ?? "") || /\.compute\.internal$|\.ec2\.internal$/.test(n.name))
      return "eks";
    if (/-gke\./.test(n.kubelet ?? "") || /^gke-/.test(n.name)) return "gke";
    if (/^aks/.test(n.name) || /azure/.test(n.runtimeVersion ?? "")) return "aks";
  }
  return undefined;
}
