import type { Lang } from "../knowledge/schema.ts";
import type { KubeletSettings } from "./kubelet-flags.ts";
import { say } from "./say.ts";
import type { DiagnosisItem } from "./types.ts";

/** Which runtime a CRI socket belongs to, from its well-known path. */
export function runtimeOfEndpoint(endpoint: string): string | undefined {
  if (/dockershim\.sock/.test(endpoint)) return "dockershim";
  if (/cri-?dockerd?\.sock|cri-docker/.test(endpoint)) return "cri-dockerd";
  if (/containerd\.sock|containerd-containerd/.test(endpoint)) return "containerd";
  if (/crio\.sock/.test(endpoint)) return "cri-o";
  return undefined;
}

const onDockershim = (name: string, reason: string): DiagnosisItem => ({
  name,
  runtime: "dockershim",
  verdict: "dockershim",
  reason,
});

function pathItem(k: KubeletSettings, lang: Lang): DiagnosisItem {
  const name = k.hostname ?? (k.source === "config" ? "config.yaml" : "kubelet");
  const runtime = k.containerRuntime;
  if (runtime !== undefined && runtime !== "remote")
    return onDockershim(
      name,
      say(
        lang,
        `--container-runtime=${runtime || "docker"}${k.endpoint ? "" : " with no remote endpoint"}: this node is on dockershim (kubelet → dockershim → dockerd → containerd). A 1.24+ kubelet has no dockershim and will not run this way.`,
        `--container-runtime=${runtime || "docker"}${k.endpoint ? "" : "이고 원격 엔드포인트가 없으므로"} 이 노드는 dockershim 경로(kubelet → dockershim → dockerd → containerd)입니다. kubelet 1.24 이상에는 dockershim이 없어 이대로는 동작하지 않습니다.`,
      ),
    );
  // No endpoint, and a flag only a 1.23-or-older kubelet starts with (--network-plugin): the
  // kubelet is old enough that no endpoint means dockershim.
  const dockershimEra = k.removedFlags[0];
  if (!k.endpoint && k.whole && dockershimEra !== undefined)
    return onDockershim(
      name,
      say(
        lang,
        `no --container-runtime-endpoint, and ${dockershimEra} is a flag only a kubelet of 1.23 or older starts with: this node is on dockershim (kubelet → dockershim → dockerd → containerd) and stops working on 1.24.`,
        `--container-runtime-endpoint가 없고 ${dockershimEra}는 kubelet 1.23 이하만 받는 플래그이므로 이 노드는 dockershim 경로(kubelet → dockershim → dockerd → containerd)이며 1.24에서는 동작하지 않습니다.`,
      ),
    );
  if (!k.endpoint)
    return {
      name,
      verdict: "check",
      reason: say(
        lang,
        "no --container-runtime-endpoint here: on kubelet 1.23 and older that means dockershim (unix:///var/run/dockershim.sock). Check `kubelet --version`, the flags in /var/lib/kubelet/kubeadm-flags.env and containerRuntimeEndpoint in the --config file (paste them too).",
        "--container-runtime-endpoint가 없습니다. kubelet 1.23 이하라면 dockershim(unix:///var/run/dockershim.sock)을 쓰는 것입니다. `kubelet --version`, /var/lib/kubelet/kubeadm-flags.env의 플래그, --config 파일의 containerRuntimeEndpoint를 확인하십시오(함께 붙여 넣어 주셔도 됩니다).",
      ),
    };
  const found = runtimeOfEndpoint(k.endpoint);
  const base = { name, ...(found ? { runtime: found } : {}) };
  switch (found) {
    case "dockershim":
      return {
        ...base,
        verdict: "dockershim",
        reason: say(
          lang,
          `the endpoint ${k.endpoint} is dockershim's socket: this node stops working when the kubelet moves to 1.24.`,
          `엔드포인트 ${k.endpoint}는 dockershim 소켓입니다. kubelet을 1.24로 올리면 이 노드는 동작하지 않습니다.`,
        ),
      };
    case "cri-dockerd":
      return {
        ...base,
        verdict: "cri-dockerd",
        reason: say(
          lang,
          `the endpoint ${k.endpoint} is cri-dockerd: Docker Engine through CRI, not affected by the dockershim removal.`,
          `엔드포인트 ${k.endpoint}는 cri-dockerd입니다. CRI로 Docker Engine을 쓰는 것이라 dockershim 제거와 무관합니다.`,
        ),
      };
    case "containerd":
    case "cri-o":
      return {
        ...base,
        verdict: "ok",
        reason: say(
          lang,
          `the endpoint ${k.endpoint} is ${found}: the kubelet talks CRI to it directly, so the dockershim removal does not touch this node.`,
          `엔드포인트 ${k.endpoint}는 ${found}입니다. kubelet이 CRI로 바로 통신하므로 dockershim 제거와 무관합니다.`,
        ),
      };
    default:
      return {
        ...base,
        verdict: "check",
        reason: say(
          lang,
          `${k.endpoint} is not a socket path I know; see which runtime listens on it (\`ls -l\` the socket, \`crictl --runtime-endpoint ${k.endpoint} version\`).`,
          `${k.endpoint}는 제가 아는 소켓 경로가 아닙니다. 어느 런타임이 듣는지 확인하십시오(\`crictl --runtime-endpoint ${k.endpoint} version\`).`,
        ),
      };
  }
}

export interface KubeletDiagnosis {
  /** Which path the node is on, when the paste says enough to tell. */
  readonly path?: DiagnosisItem;
  /** The path item first, then every setting that breaks or needs a check. */
  readonly items: readonly DiagnosisItem[];
}

export function diagnoseKubelet(k: KubeletSettings, lang: Lang): KubeletDiagnosis {
  const told = k.whole || k.endpoint !== undefined || (k.containerRuntime ?? "remote") !== "remote";
  const path = told ? pathItem(k, lang) : undefined;
  const items = path ? [path] : [];
  if (k.containerRuntime === "remote")
    items.push({
      name: "--container-runtime=remote",
      verdict: "breaks",
      removedIn: "1.27",
      reason: say(
        lang,
        "deprecated in 1.24 and removed in 1.27: a 1.27+ kubelet refuses to start (unknown flag). Delete it before that upgrade and keep --container-runtime-endpoint.",
        "1.24에서 사용 중단되고 1.27에서 제거됐습니다. 1.27 이상의 kubelet은 이 플래그가 있으면 시작하지 않습니다(unknown flag). 업그레이드 전에 지우고 --container-runtime-endpoint만 남기십시오.",
      ),
    });
  for (const flag of k.removedFlags)
    items.push({
      name: flag,
      verdict: "breaks",
      removedIn: "1.24",
      reason: say(
        lang,
        "removed with dockershim in 1.24: a 1.24+ kubelet refuses to start with it. CNI is set up by the runtime (containerd, CRI-O, cri-dockerd) now; delete the flag.",
        "1.24에서 dockershim과 함께 제거됐습니다. kubelet 1.24 이상은 이 플래그가 있으면 시작하지 않습니다. 이제 CNI는 런타임(containerd, CRI-O, cri-dockerd)이 설정하니 플래그를 지우십시오.",
      ),
    });
  if (k.cgroupDriver)
    items.push({
      name: `cgroupDriver: ${k.cgroupDriver}`,
      verdict: "check",
      reason:
        k.cgroupDriver === "systemd"
          ? say(
              lang,
              "the runtime must use the same driver: containerd needs `SystemdCgroup = true` in the runc options of /etc/containerd/config.toml (CRI-O uses systemd by default).",
              "런타임도 같은 드라이버를 써야 합니다. containerd는 /etc/containerd/config.toml의 runc 옵션에 `SystemdCgroup = true`가 필요합니다(CRI-O는 기본이 systemd).",
            )
          : say(
              lang,
              `the runtime must use ${k.cgroupDriver} too (containerd: SystemdCgroup = false). kubeadm defaults to systemd since 1.22, which is the usual choice on systemd hosts.`,
              `런타임도 ${k.cgroupDriver}를 써야 합니다(containerd: SystemdCgroup = false). kubeadm은 1.22부터 systemd가 기본이며 systemd 호스트에서는 보통 systemd를 씁니다.`,
            ),
    });
  return path ? { path, items } : { items };
}
