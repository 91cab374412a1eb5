import type { Rule } from "./error-lines.ts";
import { say } from "./say.ts";

// kubeadm refuses to guess between runtimes: a node that still has cri-dockerd (or Docker's
// socket) next to containerd after a switch or a trial stops `kubeadm init/join/upgrade` here.
export const multipleCriEndpoints: Rule = (line, lang) => {
  if (!/found multiple CRI endpoints on the host/i.test(line)) return undefined;
  const endpoints = (line.match(/unix:\/\/\/\S+?\.sock/g) ?? []).join(", ");
  return {
    id: "multiple-cri-endpoints",
    entries: ["kubeadm-cri-socket", "cri-socket-paths"],
    item: {
      name: "Found multiple CRI endpoints on the host",
      verdict: "error",
      reason: say(
        lang,
        `more than one CRI socket answers on this node${endpoints && ` (${endpoints})`}, so kubeadm will not pick one by itself: name it with --cri-socket (or nodeRegistration.criSocket).`,
        `이 노드에 CRI 소켓이 둘 이상 있어${endpoints && `(${endpoints})`} kubeadm이 스스로 고르지 않으므로 --cri-socket(또는 nodeRegistration.criSocket)으로 지정해야 합니다.`,
      ),
    },
    fix: [
      say(
        lang,
        "Name the runtime: `kubeadm join … --cri-socket unix:///run/containerd/containerd.sock` (or `nodeRegistration.criSocket` in the kubeadm config), or stop and disable the runtime you no longer use (e.g. `systemctl disable --now cri-docker.socket cri-docker.service`).",
        "런타임을 지정하십시오: `kubeadm join … --cri-socket unix:///run/containerd/containerd.sock`(또는 kubeadm 설정의 `nodeRegistration.criSocket`). 아니면 더 쓰지 않는 런타임을 멈추고 끄십시오(예: `systemctl disable --now cri-docker.socket cri-docker.service`).",
      ),
    ],
  };
};
