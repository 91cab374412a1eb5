import type { Rule } from "./error-lines.ts";
import { say } from "./say.ts";

// Error lines about getting images onto a node after leaving Docker: local images the runtime
// cannot see, and plain-HTTP registries Docker allowed through daemon.json.

export const imagePull: Rule = (line, lang) => {
  const m = /\b(ErrImageNeverPull|ImagePullBackOff|ErrImagePull)\b/.exec(line);
  if (!m) return undefined;
  return {
    id: `image:${m[1]}`,
    entries: ["local-images-not-visible", "private-registries-pull-secrets"],
    item: {
      name: m[1] ?? "",
      verdict: "error",
      reason:
        m[1] === "ErrImageNeverPull"
          ? say(
              lang,
              "imagePullPolicy: Never and the image is not in the node runtime's image store (containerd's k8s.io namespace); images built or pulled with docker on the node stay in Docker's own store.",
              "imagePullPolicy: Never인데 이미지가 노드 런타임의 이미지 저장소(containerd라면 k8s.io 네임스페이스)에 없습니다. 노드에서 docker로 빌드하거나 받은 이미지는 Docker 저장소에만 있습니다.",
            )
          : say(
              lang,
              "after a switch to containerd this is usually a local image: the node's runtime cannot see images built with docker there, so it tries a registry that does not have them. `kubectl describe pod` shows the registry's own error if it is something else (tag, auth).",
              "containerd로 바꾼 뒤라면 대개 로컬 이미지 문제입니다. 노드에서 docker로 만든 이미지를 런타임이 보지 못해 레지스트리에서 받으려다 실패합니다. 다른 원인(태그, 인증)이면 `kubectl describe pod`에 레지스트리 오류가 나옵니다.",
            ),
    },
    fix: [
      say(
        lang,
        "Push the image to a registry the nodes can pull from (imagePullSecrets if private), or import it into containerd: `docker save IMG | ctr -n k8s.io images import -`; kind: `kind load docker-image IMG`; minikube: `minikube image load IMG`.",
        "노드가 받을 수 있는 레지스트리에 이미지를 올리거나(비공개면 imagePullSecrets), containerd로 가져오십시오: `docker save IMG | ctr -n k8s.io images import -`. kind는 `kind load docker-image IMG`, minikube는 `minikube image load IMG`.",
      ),
    ],
  };
};

// Docker pulled from a plain-HTTP registry listed under insecure-registries in daemon.json;
// containerd and CRI-O never read that file.
export const insecureRegistry: Rule = (line, lang) => {
  if (!/server gave HTTP response to HTTPS client/i.test(line)) return undefined;
  // Told in the same line that it was set in crio.conf: that key is the reason.
  const crioConf = /crio\.conf|insecure_registries/i.test(line);
  return {
    id: "insecure-registry",
    entries: ["registry-mirrors-daemon-json"],
    item: {
      name: "server gave HTTP response to HTTPS client",
      verdict: "error",
      reason: crioConf
        ? say(
            lang,
            "the registry speaks plain HTTP, and `insecure_registries` in crio.conf is deprecated and has no effect: CRI-O takes insecure registries from /etc/containers/registries.conf.",
            "레지스트리가 HTTP로만 응답하는데, crio.conf의 `insecure_registries`는 사용 중단돼 효과가 없습니다. CRI-O는 insecure registry를 /etc/containers/registries.conf에서 읽습니다.",
          )
        : say(
            lang,
            "the registry speaks plain HTTP: Docker allowed it through insecure-registries in /etc/docker/daemon.json, which containerd and CRI-O do not read.",
            "레지스트리가 HTTP로만 응답합니다. Docker는 /etc/docker/daemon.json의 insecure-registries로 허용했지만 containerd와 CRI-O는 그 파일을 읽지 않습니다.",
          ),
    },
    fix: [
      say(
        lang,
        'containerd: create /etc/containerd/certs.d/<registry-host>/hosts.toml with `server = "http://<registry-host>"` (and the CRI plugin\'s `config_path` pointing at /etc/containerd/certs.d). CRI-O: mark the registry `insecure = true` in /etc/containers/registries.conf.',
        'containerd: /etc/containerd/certs.d/<레지스트리 호스트>/hosts.toml에 `server = "http://<레지스트리 호스트>"`를 쓰고 CRI 플러그인의 `config_path`가 /etc/containerd/certs.d를 가리키게 하십시오. CRI-O: /etc/containers/registries.conf에서 그 레지스트리를 `insecure = true`로 두십시오.',
      ),
    ],
  };
};

// Every pod sandbox starts from the runtime's pause image; a node that cannot pull it (an
// air-gapped site, a blocked registry.k8s.io) fails every pod, whatever the pod's own image.
export const sandboxImage: Rule = (line, lang) => {
  if (!/failed to get sandbox image|failed to pull[^"]{0,40}"[^"]*\/pause:/i.test(line))
    return undefined;
  const image = /"([^"\s]*\/pause:[^"\s]+)"/.exec(line)?.[1] ?? "registry.k8s.io/pause";
  return {
    id: "sandbox-image",
    entries: ["sandbox-pause-image"],
    item: {
      name: `failed to get sandbox image ${image}`,
      verdict: "error",
      reason: say(
        lang,
        `the runtime cannot pull its pod sandbox (pause) image ${image}, so no pod on this node can start; the image is set in the runtime's config, not by the pod.`,
        `런타임이 파드 샌드박스(pause) 이미지 ${image}를 받지 못해 이 노드의 어떤 파드도 시작하지 못합니다. 이 이미지는 파드가 아니라 런타임 설정에서 정합니다.`,
      ),
    },
    fix: [
      say(
        lang,
        "Push the pause image to a registry the node can reach and point the runtime at it: containerd 1.x `sandbox_image` under [plugins.\"io.containerd.grpc.v1.cri\"], containerd 2.x `sandbox` under [plugins.'io.containerd.cri.v1.images'.pinned_images], CRI-O `pause_image` under [crio.image]. Restart the runtime and check with `crictl info`.",
        "노드가 닿는 레지스트리에 pause 이미지를 올리고 런타임이 그 주소를 쓰게 하십시오: containerd 1.x는 [plugins.\"io.containerd.grpc.v1.cri\"]의 `sandbox_image`, containerd 2.x는 [plugins.'io.containerd.cri.v1.images'.pinned_images]의 `sandbox`, CRI-O는 [crio.image]의 `pause_image`. 런타임을 재시작하고 `crictl info`로 확인하십시오.",
      ),
    ],
  };
};
