import type { Lang } from "../knowledge/schema.ts";
import { imagePull, insecureRegistry, sandboxImage } from "./image-errors.ts";
import { multipleCriEndpoints } from "./kubeadm-errors.ts";
import { REMOVED_IN_124 } from "./kubelet-flags.ts";
import {
  crictlDefaultEndpoints,
  dockershimDeprecated,
  missingRuntimeHandler,
} from "./runtime-errors.ts";
import { say } from "./say.ts";
import type { DiagnosisItem } from "./types.ts";

/** An error line recognised: its cause (the item), the fix (next steps) and the entries behind both. */
export interface ErrorFinding {
  readonly id: string;
  readonly item: DiagnosisItem;
  readonly fix: readonly string[];
  readonly entries: readonly string[];
}

export type Rule = (line: string, lang: Lang) => ErrorFinding | undefined;

const unknownFlag: Rule = (line, lang) => {
  const m = /unknown flag:?\s*--([a-z][a-z0-9-]*)/.exec(line);
  const flag = m?.[1];
  if (!flag) return undefined;
  const name = `unknown flag: --${flag}`;
  const reload = "systemctl daemon-reload && systemctl restart kubelet";
  if (flag === "container-runtime")
    return {
      id: "unknown-flag-container-runtime",
      entries: ["container-runtime-flag-removal", "container-runtime-endpoint-flag"],
      item: {
        name,
        verdict: "error",
        reason: say(
          lang,
          "the kubelet is 1.27 or newer, where --container-runtime no longer exists (deprecated in 1.24, removed in 1.27), but an old setting still passes it.",
          "kubelet이 1.27 이상인데 예전 설정이 --container-runtime을 아직 넘기고 있습니다. 이 플래그는 1.24에서 사용 중단, 1.27에서 제거됐습니다.",
        ),
      },
      fix: [
        say(
          lang,
          `Delete --container-runtime=remote from KUBELET_KUBEADM_ARGS in /var/lib/kubelet/kubeadm-flags.env (and from any /etc/systemd/system/kubelet.service.d/ drop-in or /etc/default/kubelet), keep --container-runtime-endpoint, then ${reload}.`,
          `/var/lib/kubelet/kubeadm-flags.env의 KUBELET_KUBEADM_ARGS(그리고 /etc/systemd/system/kubelet.service.d/ 드롭인이나 /etc/default/kubelet)에서 --container-runtime=remote를 지우고 --container-runtime-endpoint는 남긴 뒤 ${reload}를 실행하십시오.`,
        ),
      ],
    };
  if (REMOVED_IN_124.some((f) => f === flag))
    return {
      id: "unknown-flag-network",
      entries: ["kubelet-network-flags-removed"],
      item: {
        name,
        verdict: "error",
        reason: say(
          lang,
          `the kubelet is 1.24 or newer and --${flag} was removed with dockershim in 1.24; CNI is configured by the container runtime now.`,
          `kubelet이 1.24 이상인데 --${flag}는 1.24에서 dockershim과 함께 제거됐습니다. 이제 CNI는 컨테이너 런타임이 설정합니다.`,
        ),
      },
      fix: [
        say(
          lang,
          `Remove --${flag} from the kubelet's flags (/var/lib/kubelet/kubeadm-flags.env or the systemd drop-in), make sure the runtime has a CNI config in /etc/cni/net.d, then ${reload}.`,
          `kubelet 플래그(/var/lib/kubelet/kubeadm-flags.env 또는 systemd 드롭인)에서 --${flag}를 지우고 런타임이 /etc/cni/net.d의 CNI 설정을 쓰는지 확인한 뒤 ${reload}를 실행하십시오.`,
        ),
      ],
    };
  return undefined;
};

const criV1: Rule = (line, lang) => {
  const unimplemented =
    /unknown service runtime\.v1(?:alpha2)?\.(?:Runtime|Image)Service|CRI v1 (?:runtime|image) API is not implemented/i.test(
      line,
    ) ||
    (/v1 (?:runtime|image) API/i.test(line) && /Unimplemented/.test(line));
  if (!unimplemented) return undefined;
  const service =
    /runtime\.v1(?:alpha2)?\.(Runtime|Image)Service/.exec(line)?.[0] ?? "runtime.v1.RuntimeService";
  const alpha = service.includes("v1alpha2");
  return {
    id: "cri-v1-unimplemented",
    entries: ["cri-v1-not-implemented", "containerd-cri-plugin", "cri-v1-only"],
    item: {
      name: `Unimplemented: unknown service ${service}`,
      verdict: "error",
      // The plugin being off explains both versions; only what is said not to be served differs.
      reason: say(
        lang,
        `containerd's CRI plugin is almost always disabled here: \`disabled_plugins = ["cri"]\` in /etc/containerd/config.toml (as Docker's containerd package ships it), so nothing on that socket serves ${alpha ? "the CRI API, neither v1 nor the v1alpha2 this kubelet fell back to." : "CRI v1. Otherwise the runtime is too old for CRI v1."}`,
        `거의 항상 containerd의 CRI 플러그인이 꺼진 경우입니다: /etc/containerd/config.toml의 \`disabled_plugins = ["cri"]\`(Docker가 배포하는 containerd 패키지의 기본값) 때문에 그 소켓에서 ${alpha ? "CRI API를 v1도, kubelet이 대신 시도한 v1alpha2도 제공하지 않습니다." : "CRI v1을 제공하지 않습니다. 아니라면 런타임이 CRI v1을 모르는 오래된 버전입니다."}`,
      ),
    },
    fix: [
      say(
        lang,
        'Remove "cri" from disabled_plugins in /etc/containerd/config.toml (or regenerate it with `containerd config default > /etc/containerd/config.toml` and set SystemdCgroup = true), run `systemctl restart containerd`, then check with `crictl info`.',
        '/etc/containerd/config.toml의 disabled_plugins에서 "cri"를 빼거나(`containerd config default > /etc/containerd/config.toml`로 새로 만들고 SystemdCgroup = true 설정), `systemctl restart containerd` 후 `crictl info`로 확인하십시오.',
      ),
    ],
  };
};

function socketCause(path: string, lang: Lang): { reason: string; fix: string } {
  if (/dockershim\.sock/.test(path))
    return {
      reason: say(
        lang,
        "dockershim.sock no longer exists: dockershim was removed in 1.24 (or Docker is gone), but the kubelet or crictl still points at it. crictl without /etc/crictl.yaml tries dockershim.sock first.",
        "dockershim.sock이 더는 없습니다. dockershim은 1.24에서 제거됐는데(또는 Docker를 지웠는데) kubelet이나 crictl이 아직 그 소켓을 가리킵니다. /etc/crictl.yaml이 없는 crictl은 dockershim.sock부터 시도합니다.",
      ),
      fix: say(
        lang,
        "Point at the real runtime: kubelet --container-runtime-endpoint=unix:///run/containerd/containerd.sock (or cri-dockerd's unix:///run/cri-dockerd.sock), and `runtime-endpoint: unix:///run/containerd/containerd.sock` in /etc/crictl.yaml.",
        "실제 런타임을 가리키게 하십시오. kubelet은 --container-runtime-endpoint=unix:///run/containerd/containerd.sock(또는 cri-dockerd의 unix:///run/cri-dockerd.sock), crictl은 /etc/crictl.yaml에 `runtime-endpoint: unix:///run/containerd/containerd.sock`.",
      ),
    };
  const service = /crio\.sock/.test(path)
    ? "crio"
    : /cri-?dockerd?\.sock/.test(path)
      ? "cri-docker.socket cri-docker.service"
      : /docker\.sock/.test(path)
        ? "docker"
        : "containerd";
  return {
    reason: say(
      lang,
      `nothing listens on ${path}: ${service.split(" ")[0]} is not running or not installed, or the path is wrong (k3s uses /run/k3s/containerd/containerd.sock).`,
      `${path}에서 듣는 프로세스가 없습니다. ${service.split(" ")[0]}가 실행 중이 아니거나 설치되지 않았거나 경로가 틀렸습니다(k3s는 /run/k3s/containerd/containerd.sock).`,
    ),
    fix: say(
      lang,
      `Check \`systemctl status ${service.split(" ")[0]}\` and \`systemctl enable --now ${service}\`; make the kubelet's --container-runtime-endpoint and /etc/crictl.yaml name the same socket.`,
      `\`systemctl status ${service.split(" ")[0]}\`를 보고 \`systemctl enable --now ${service}\`로 켜십시오. kubelet의 --container-runtime-endpoint와 /etc/crictl.yaml이 같은 소켓을 가리키게 하십시오.`,
    ),
  };
}

const missingSocket: Rule = (line, lang) => {
  if (!/no such file or directory/i.test(line) || /Cannot connect to the Docker daemon/i.test(line))
    return undefined;
  const path = /(\/[\w./-]+\.sock)\b/.exec(line)?.[1];
  if (!path) return undefined;
  const { reason, fix } = socketCause(path, lang);
  return {
    id: `missing-socket:${path}`,
    entries: ["cri-socket-paths", "crictl"],
    item: { name: `${path}: no such file or directory`, verdict: "error", reason },
    fix: [fix],
  };
};

const dockerDaemon: Rule = (line, lang) => {
  const m = /Cannot connect to the Docker daemon at (\S+?)\.?(?:\s|$)/i.exec(line);
  if (!m) return undefined;
  const tcp = /^tcp:/.test(m[1] ?? "");
  return {
    id: "docker-daemon",
    entries: ["docker-sock-mounts", "build-images-without-docker"],
    item: {
      name: `Cannot connect to the Docker daemon at ${m[1]}`,
      verdict: "error",
      reason: tcp
        ? say(
            lang,
            `${m[1]} is normally a docker:dind sidecar: it has not started yet, is not privileged, or its TLS setting (DOCKER_TLS_CERTDIR) does not match the client's.`,
            `${m[1]}은 보통 docker:dind 사이드카입니다. 아직 안 떴거나, privileged가 아니거나, TLS 설정(DOCKER_TLS_CERTDIR)이 클라이언트와 다릅니다.`,
          )
        : say(
            lang,
            "from inside a pod this means the pod mounts the node's docker.sock, but the node runs containerd (or CRI-O): there is no dockerd on it any more.",
            "파드 안에서 이 오류가 나면 노드의 docker.sock을 마운트했는데 노드가 containerd(또는 CRI-O)로 바뀌어 dockerd가 더는 없다는 뜻입니다.",
          ),
    },
    fix: [
      tcp
        ? say(
            lang,
            'Run the dind sidecar with `securityContext.privileged: true` and wait for it (or set DOCKER_TLS_CERTDIR="" on both sides for plain tcp://…:2375).',
            'dind 사이드카를 `securityContext.privileged: true`로 띄우고 준비될 때까지 기다리십시오(평문 tcp://…:2375라면 양쪽 DOCKER_TLS_CERTDIR="").',
          )
        : say(
            lang,
            "Stop depending on the node's Docker: build with BuildKit or buildah, or add a privileged docker:dind sidecar and set DOCKER_HOST=tcp://localhost:2375; for monitoring agents use their containerd/CRI mode.",
            "노드의 Docker에 기대지 마십시오. BuildKit이나 buildah로 빌드하거나, privileged docker:dind 사이드카를 두고 DOCKER_HOST=tcp://localhost:2375로 설정하십시오. 모니터링 에이전트는 containerd/CRI 모드를 쓰십시오.",
          ),
    ],
  };
};

const cgroupMismatch: Rule = (line, lang) => {
  const m =
    /kubelet cgroup driver:?\s*\\?"?(\w+)\\?"? is different from (\w+) cgroup driver:?\s*\\?"?(\w+)/i.exec(
      line,
    );
  if (!m && !/cgroup driver.{0,40}(mismatch|is different|does not match)/i.test(line))
    return undefined;
  const detail = m
    ? say(lang, ` (kubelet: ${m[1]}, ${m[2]}: ${m[3]})`, ` (kubelet: ${m[1]}, ${m[2]}: ${m[3]})`)
    : "";
  return {
    id: "cgroup-mismatch",
    entries: ["cgroup-drivers"],
    item: {
      name: m
        ? `cgroup driver mismatch: kubelet ${m[1]}, ${m[2]} ${m[3]}`
        : "cgroup driver mismatch",
      verdict: "error",
      reason: say(
        lang,
        `the kubelet and the container runtime use different cgroup drivers${detail}; they must match.`,
        `kubelet과 컨테이너 런타임의 cgroup 드라이버가 다릅니다${detail}. 둘이 같아야 합니다.`,
      ),
    },
    fix: [
      say(
        lang,
        'Use systemd on both sides on systemd hosts: `cgroupDriver: systemd` in /var/lib/kubelet/config.yaml, and `SystemdCgroup = true` in containerd\'s runc options (Docker: `"exec-opts": ["native.cgroupdriver=systemd"]` in /etc/docker/daemon.json). Restart the runtime, then the kubelet.',
        'systemd 호스트에서는 양쪽 모두 systemd를 쓰십시오. /var/lib/kubelet/config.yaml에 `cgroupDriver: systemd`, containerd runc 옵션에 `SystemdCgroup = true`(Docker는 /etc/docker/daemon.json에 `"exec-opts": ["native.cgroupdriver=systemd"]`). 런타임을 재시작한 뒤 kubelet을 재시작하십시오.',
      ),
    ],
  };
};

const RULES: readonly Rule[] = [
  unknownFlag,
  criV1,
  dockerDaemon,
  multipleCriEndpoints,
  crictlDefaultEndpoints,
  missingSocket,
  sandboxImage,
  imagePull,
  cgroupMismatch,
  insecureRegistry,
  missingRuntimeHandler,
  dockershimDeprecated,
];

/** Every recognised error line, once per kind of error (a log repeats the same line). */
export function findErrors(lines: readonly string[], lang: Lang): ErrorFinding[] {
  const found = new Map<string, ErrorFinding>();
  for (const line of lines) {
    for (const rule of RULES) {
      const finding = rule(line, lang);
      if (finding && !found.has(finding.id)) found.set(finding.id, finding);
      if (finding) break;
    }
  }
  return [...found.values()];
}

/** Findings of the docker CLI failing to reach its own daemon (the docker-daemon and docker.sock ids above). */
const DOCKER_CLIENT_ERROR = /^docker-daemon$|\/docker\.sock$/;

/**
 * Whether a message quotes an error of the runtime Kubernetes uses ("CRI v1 runtime API is not
 * implemented", an unknown kubelet flag): such a message is the field's own whatever neighbour its
 * setting names. The docker CLI's own errors are not: Docker Desktop trouble is a neighbour.
 */
export function quotesRuntimeError(text: string): boolean {
  // Only the finding ids are read, which do not depend on the language.
  return findErrors(text.split("\n"), "en").some((f) => !DOCKER_CLIENT_ERROR.test(f.id));
}
