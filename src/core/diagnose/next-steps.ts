import type { Lang } from "../knowledge/schema.ts";
import { CMDLINE_CHECK } from "./node-rules.ts";
import { say } from "./say.ts";
import { listNames } from "./summary.ts";
import type { DiagnosisItem } from "./types.ts";

const PROVIDER_NAMES = { eks: "EKS", gke: "GKE", aks: "AKS" } as const;
const MIGRATE_EN =
  "drain the node, stop the kubelet, install containerd (enable its cri plugin, SystemdCgroup = true), set --container-runtime-endpoint=unix:///run/containerd/containerd.sock, start the kubelet, check `kubectl get nodes -o wide`, uncordon";
const MIGRATE_KO =
  "노드 drain → kubelet 중지 → containerd 설치(cri 플러그인 켜기, SystemdCgroup = true) → --container-runtime-endpoint=unix:///run/containerd/containerd.sock 설정 → kubelet 시작 → `kubectl get nodes -o wide` 확인 → uncordon";

/** How to tell dockershim from cri-dockerd on docker:// nodes: their kubelet's command line. */
export function confirmDockerPath(shim: readonly DiagnosisItem[], lang: Lang): string {
  return say(
    lang,
    `Confirm on ${listNames(shim, lang)}: \`${CMDLINE_CHECK}\` — an endpoint ending in cri-dockerd.sock means cri-dockerd; no endpoint or --container-runtime=docker means dockershim.`,
    `${listNames(shim, lang)}에서 확인: \`${CMDLINE_CHECK}\` — 엔드포인트가 cri-dockerd.sock이면 cri-dockerd, 엔드포인트가 없거나 --container-runtime=docker면 dockershim입니다.`,
  );
}

/** `confirmedAbove`: the summary already opens with the command-line check. */
export function nodeSteps(
  items: readonly DiagnosisItem[],
  provider: keyof typeof PROVIDER_NAMES | undefined,
  lang: Lang,
  confirmedAbove = false,
): string[] {
  const of = (v: DiagnosisItem["verdict"]) => items.filter((i) => i.verdict === v);
  const steps: string[] = [];
  const shim = of("dockershim");
  if (shim.length > 0) {
    if (!confirmedAbove) steps.push(confirmDockerPath(shim, lang));
    steps.push(
      provider
        ? say(
            lang,
            `On ${PROVIDER_NAMES[provider]} the node image sets the runtime: move these node groups/pools to the provider's containerd image before upgrading them to 1.24.`,
            `${PROVIDER_NAMES[provider]}에서는 노드 이미지가 런타임을 정합니다. 1.24로 올리기 전에 이 노드 그룹/풀을 제공자의 containerd 이미지로 바꾸십시오.`,
          )
        : say(
            lang,
            `Before moving them to 1.24, switch each node to containerd (${MIGRATE_EN}), or install cri-dockerd to keep Docker Engine.`,
            `1.24로 올리기 전에 노드마다 containerd로 바꾸거나(${MIGRATE_KO}), Docker Engine을 유지하려면 cri-dockerd를 설치하십시오.`,
          ),
    );
    steps.push(
      say(
        lang,
        "Before switching, look for workloads that mount /var/run/docker.sock and for node scripts or agents that call docker: paste their manifests here and I will check them.",
        "전환 전에 /var/run/docker.sock을 마운트하는 워크로드와 docker를 부르는 노드 스크립트·에이전트를 찾으십시오. 매니페스트를 붙여 넣으면 확인해 드립니다.",
      ),
    );
  }
  const dockerd = of("cri-dockerd");
  if (dockerd.length > 0)
    steps.push(
      say(
        lang,
        `Keep cri-dockerd (cri-docker.service and cri-docker.socket) installed and updated on ${listNames(dockerd, lang)}, or plan their move to containerd.`,
        `${listNames(dockerd, lang)}에는 cri-dockerd(cri-docker.service, cri-docker.socket)를 계속 설치·업데이트해 두거나 containerd로 옮길 계획을 세우십시오.`,
      ),
    );
  const old = of("upgrade-runtime");
  if (old.length > 0)
    steps.push(
      say(
        lang,
        `Upgrade the runtime on ${listNames(old, lang)} before (or instead of) the kubelet: containerd 1.6.4+ or 1.5.11+ for 1.24 and later (CRI v1 from 1.26), CRI-O of the kubelet's minor version.`,
        `${listNames(old, lang)}는 kubelet보다 먼저 런타임을 올리십시오: 1.24 이상은 containerd 1.6.4 이상 또는 1.5.11 이상(1.26부터 CRI v1), CRI-O는 kubelet과 같은 마이너 버전.`,
      ),
    );
  const check = of("check");
  if (check.length > 0 && shim.length === 0)
    steps.push(
      say(
        lang,
        `For ${listNames(check, lang)}: run \`kubectl get nodes -o wide\` and, on the node, \`${CMDLINE_CHECK}\`, then paste the output here.`,
        `${listNames(check, lang)}: \`kubectl get nodes -o wide\`와 노드에서 \`${CMDLINE_CHECK}\`를 실행해 결과를 붙여 넣어 주십시오.`,
      ),
    );
  if (steps.length === 0)
    steps.push(
      say(
        lang,
        "Nothing to change for the runtime. Still worth checking: workloads that mount /var/run/docker.sock and node scripts or agents that call docker.",
        "런타임은 바꿀 것이 없습니다. 그래도 /var/run/docker.sock을 마운트하는 워크로드와 docker를 부르는 노드 스크립트·에이전트는 확인해 보십시오.",
      ),
    );
  return steps;
}

export function kubeletSteps(
  path: DiagnosisItem | undefined,
  items: readonly DiagnosisItem[],
  lang: Lang,
): string[] {
  const steps: string[] = [];
  if (path?.verdict === "dockershim")
    steps.push(
      say(
        lang,
        `Before 1.24, move this node to containerd (${MIGRATE_EN}) or to cri-dockerd (--container-runtime-endpoint=unix:///run/cri-dockerd.sock).`,
        `1.24 전에 이 노드를 containerd(${MIGRATE_KO})나 cri-dockerd(--container-runtime-endpoint=unix:///run/cri-dockerd.sock)로 옮기십시오.`,
      ),
    );
  const breaking = items.filter((i) => i.verdict === "breaks");
  if (breaking.length > 0)
    steps.push(
      say(
        lang,
        `Remove ${listNames(breaking, lang)} from /var/lib/kubelet/kubeadm-flags.env (or the kubelet's systemd drop-in) before upgrading, then \`systemctl daemon-reload && systemctl restart kubelet\`.`,
        `업그레이드 전에 /var/lib/kubelet/kubeadm-flags.env(또는 kubelet systemd 드롭인)에서 ${listNames(breaking, lang)}를 지우고 \`systemctl daemon-reload && systemctl restart kubelet\`을 실행하십시오.`,
      ),
    );
  if (items.some((i) => i.name.startsWith("cgroupDriver")))
    steps.push(
      say(
        lang,
        "Compare with the runtime: `grep SystemdCgroup /etc/containerd/config.toml` (or `crio config | grep cgroup_manager`).",
        "런타임 쪽과 비교하십시오: `grep SystemdCgroup /etc/containerd/config.toml`(또는 `crio config | grep cgroup_manager`).",
      ),
    );
  if (steps.length === 0)
    steps.push(
      say(
        lang,
        "Nothing to change in these settings for the runtime.",
        "이 설정에서 런타임 때문에 바꿀 것은 없습니다.",
      ),
    );
  return steps;
}

export function manifestSteps(items: readonly DiagnosisItem[], lang: Lang): string[] {
  const breaking = items.filter((i) => i.verdict === "breaks");
  if (breaking.length === 0)
    return [
      say(
        lang,
        "Nothing to change in these workloads for a containerd or CRI-O node.",
        "이 워크로드는 containerd·CRI-O 노드로 옮겨도 바꿀 것이 없습니다.",
      ),
    ];
  return [
    say(
      lang,
      `Replace the docker.sock mounts in ${listNames(breaking, lang)}: BuildKit or buildah for image builds, a privileged docker:dind sidecar (DOCKER_HOST=tcp://localhost:2375) for jobs that need the docker CLI, the vendor's containerd/CRI mode for monitoring agents.`,
      `${listNames(breaking, lang)}의 docker.sock 마운트를 바꾸십시오: 이미지 빌드는 BuildKit이나 buildah, docker CLI가 필요한 작업은 privileged docker:dind 사이드카(DOCKER_HOST=tcp://localhost:2375), 모니터링 에이전트는 제공사의 containerd/CRI 모드.`,
    ),
    say(
      lang,
      "Until then, keep these pods on Docker Engine nodes (nodeSelector or affinity) so they do not land on converted nodes.",
      "그 전까지는 nodeSelector나 affinity로 이 파드들이 Docker Engine 노드에만 뜨게 하십시오.",
    ),
  ];
}
