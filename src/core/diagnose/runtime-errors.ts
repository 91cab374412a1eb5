import type { Rule } from "./error-lines.ts";
import { say } from "./say.ts";

// crictl with no endpoint configured warns and walks its old default list, dockershim.sock
// first: the fix is crictl's own config, not the kubelet's (which is fine when pods run).
export const crictlDefaultEndpoints: Rule = (line, lang) => {
  if (!/runtime connect using default endpoints/i.test(line)) return undefined;
  return {
    id: "crictl-default-endpoints",
    entries: ["crictl", "cri-socket-paths"],
    item: {
      name: "crictl: runtime connect using default endpoints",
      verdict: "error",
      reason: say(
        lang,
        "crictl has no endpoint configured (no /etc/crictl.yaml, no --runtime-endpoint or CONTAINER_RUNTIME_ENDPOINT), so it tries its deprecated default list, starting with dockershim.sock.",
        "crictl에 엔드포인트가 설정돼 있지 않아서(/etc/crictl.yaml도, --runtime-endpoint나 CONTAINER_RUNTIME_ENDPOINT도 없음) dockershim.sock부터 시작하는 사용 중단된 기본 목록을 차례로 시도합니다.",
      ),
    },
    fix: [
      say(
        lang,
        "Write the node's socket into /etc/crictl.yaml: `runtime-endpoint: unix:///run/containerd/containerd.sock` and `image-endpoint: unix:///run/containerd/containerd.sock` (CRI-O: unix:///var/run/crio/crio.sock); the warning then stops.",
        "/etc/crictl.yaml에 노드의 소켓을 적으십시오: `runtime-endpoint: unix:///run/containerd/containerd.sock`, `image-endpoint: unix:///run/containerd/containerd.sock`(CRI-O는 unix:///var/run/crio/crio.sock). 그러면 경고가 사라집니다.",
      ),
    ],
  };
};

// A pod whose RuntimeClass names a handler the node's runtime does not have ("runsc" without
// gVisor registered in containerd's config) fails at sandbox creation.
export const missingRuntimeHandler: Rule = (line, lang) => {
  const handler = /no runtime for \\?"([\w.-]+)\\?" is configured/i.exec(line)?.[1];
  if (!handler) return undefined;
  return {
    id: `missing-runtime-handler:${handler}`,
    entries: ["runtime-class", "alternative-oci-runtimes"],
    item: {
      name: `no runtime for "${handler}" is configured`,
      verdict: "error",
      reason: say(
        lang,
        `the pod's RuntimeClass has handler "${handler}", but the runtime on the node it landed on has no runtime registered under that name.`,
        `파드의 RuntimeClass가 handler "${handler}"를 가리키는데, 파드가 배치된 노드의 런타임에는 그 이름으로 등록된 런타임이 없습니다.`,
      ),
    },
    fix: [
      say(
        lang,
        `Register "${handler}" on those nodes (containerd: a \`runtimes.${handler}\` entry under the CRI plugin in /etc/containerd/config.toml, then \`systemctl restart containerd\`; CRI-O: \`[crio.runtime.runtimes.${handler}]\` in a drop-in under /etc/crio/crio.conf.d/), and keep such pods on those nodes with the RuntimeClass's \`scheduling.nodeSelector\`.`,
        `그 노드들에 "${handler}"를 등록하십시오(containerd는 /etc/containerd/config.toml의 CRI 플러그인 아래 \`runtimes.${handler}\` 항목을 넣고 \`systemctl restart containerd\`, CRI-O는 /etc/crio/crio.conf.d/ 드롭인의 \`[crio.runtime.runtimes.${handler}]\`). 그리고 RuntimeClass의 \`scheduling.nodeSelector\`로 이런 파드를 그 노드들에만 보내십시오.`,
      ),
    ],
  };
};

// The kubelet's startup warning on 1.20–1.23 ("Using dockershim is deprecated, please consider
// using a full-fledged CRI implementation"): harmless until the node goes to 1.24.
export const dockershimDeprecated: Rule = (line, lang) => {
  if (!/using dockershim is deprecated/i.test(line)) return undefined;
  return {
    id: "dockershim-deprecated",
    entries: ["dockershim-deprecation-1-20", "dockershim-removal-1-24", "migrate-to-containerd"],
    item: {
      name: "Using dockershim is deprecated",
      verdict: "error",
      reason: say(
        lang,
        "this kubelet still runs Docker Engine through dockershim; on 1.20–1.23 the warning is all that happens and it is safe to ignore for now, but 1.24 removes dockershim, so the node must move before that upgrade.",
        "이 kubelet이 아직 dockershim으로 Docker Engine을 쓴다는 경고이며, 1.20~1.23에서는 이 경고가 전부라 당장은 무시해도 되지만 1.24에서 dockershim이 없어지므로 그 업그레이드 전에 노드를 옮겨야 합니다.",
      ),
    },
    fix: [
      say(
        lang,
        "Before going to 1.24, switch the node to containerd or CRI-O, or install cri-dockerd to keep Docker Engine; `kubectl get nodes -o wide` shows which other nodes still report docker://.",
        "1.24로 올리기 전에 노드를 containerd나 CRI-O로 바꾸거나, Docker Engine을 유지하려면 cri-dockerd를 설치하십시오. `kubectl get nodes -o wide`로 아직 docker://인 다른 노드도 확인할 수 있습니다.",
      ),
    ],
  };
};
