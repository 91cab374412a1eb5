import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/core/bot-core.ts";
import { firstSentence } from "../../src/core/eval/evaluate.ts";
import { askAfter, loadRealCore } from "../helpers/real-core.ts";

// Kinds of question answered on the real knowledge: the first sentence must answer what was asked.

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});
const ask = (q: string, after?: string) => askAfter(core, q, after);
const lead = (q: string, after?: string) => firstSentence(ask(q, after).text);

describe("a first message that opens like a follow-up", () => {
  it("is answered when it names the field and says enough", () => {
    const a = ask(
      "그럼 1.24부터는 Docker Engine을 노드에서 아예 못 쓰는 건가요? 팀장님이 물어보셔서요",
    );
    expect(a.kind).toBe("answer");
    expect(firstSentence(a.text)).toMatch(/cri-dockerd/);
  });

  it("still asks what a short one refers to", () => {
    expect(ask("그럼 CRI-O는?").kind).toBe("decline");
  });
});

describe("a question with a remark after it", () => {
  it("answers the question when the remark names nothing of the field", () => {
    const a = ask(
      "런타임 바꾸면 imagePullSecrets 다시 만들어야 하나요? 프로젝트마다 시크릿이 많아서요..",
    );
    expect(a.kind).toBe("answer");
    expect(firstSentence(a.text)).toMatch(/^아니요/);
  });
});

describe("a polite request around the question", () => {
  it("answers the question inside it", () => {
    expect(lead("k3s는 containerd 소켓이 어디 있는지 확인 부탁드립니다.")).toMatch(
      /\/run\/k3s\/containerd\/containerd\.sock/,
    );
  });
});

describe("the counterpart of a component", () => {
  it("is the peer's own entry", () => {
    expect(lead("who does containerd-shim's job on cri-o?")).toMatch(/conmon/);
  });

  it("reads 'the shim role' in Korean as containerd-shim's role", () => {
    expect(lead("cri-o에서는 shim 역할 하는게 뭐임?")).toMatch(/conmon/);
    expect(lead("CRI-O 노드에선 심 역할을 누가 맡아요?")).toMatch(/conmon/);
  });
});

describe("where the thing just answered is set", () => {
  it("stays on the previous answer's subject", () => {
    expect(lead("where's that set", "what's the default runtime in cri-o?")).toMatch(/crio\.conf/);
  });
});

describe("a yes/no question about pods after an action", () => {
  it("answers about the pods, not the action's command", () => {
    expect(
      lead("노드 패치하려고 systemctl restart containerd 하면 떠 있는 파드들 다 재시작돼?"),
    ).toMatch(/^아니요/);
  });
});

describe("facts people ask after a switch", () => {
  it("Docker's log options do not follow the switch", () => {
    expect(
      lead("does docker's daemon.json log-opts max-size still apply on containerd nodes?"),
    ).toMatch(/^No.*containerLogMaxSize/);
  });

  it("crictl logs takes a container ID", () => {
    expect(lead("what do I pass after crictl logs, the pod name?")).toMatch(/container ID/);
  });

  it("crictl takes its socket from an environment variable too", () => {
    expect(
      lead("can crictl read its socket from an environment variable rather than the yaml file?"),
    ).toMatch(/^Yes.*CONTAINER_RUNTIME_ENDPOINT/);
    // Building images is still a no.
    expect(lead("can crictl build images?")).toMatch(/^No/);
  });

  it("a pod's log is reached through its sandbox and container IDs, in order", () => {
    const a = ask(
      "how do I get from a crashlooping pod to its container log with crictl, in order?",
    );
    expect(a.text).toMatch(/crictl pods --name[\s\S]*crictl ps -a --pod[\s\S]*crictl logs/);
  });

  it("the kubelet's own default cgroup driver is cgroupfs", () => {
    expect(lead("is systemd the kubelet's built-in default cgroup driver?")).toMatch(/cgroupfs/);
    // Whether two different drivers may run together is still answered by the need to match.
    expect(lead("can the kubelet use systemd while containerd uses cgroupfs?")).toMatch(
      /^No: the kubelet and the runtime have to use the same cgroup driver/,
    );
  });
});

describe("a neighbour named only in the setup before the question", () => {
  it("does not decline a question about what breaks", () => {
    const a = ask(
      "setup: kubeadm 1.23, docker 20.10 on every node, weave for networking. we have cron jobs on the hosts calling docker ps. moving to containerd soon. which of those break",
    );
    expect(a.kind).toBe("answer");
  });

  it("still declines asking the neighbour's advice after the setup", () => {
    const a = ask(
      "our nodes run containerd. we are choosing between calico and cilium. any recommendations?",
    );
    expect(a.kind).toBe("decline");
  });
});

describe("the kubelet's side of the cgroup driver", () => {
  it("is checked in the kubelet's config", () => {
    expect(lead("kubelet 쪽 드라이버 뭔지 어떻게 봐?")).toMatch(
      /\/var\/lib\/kubelet\/config\.yaml/,
    );
  });
});

describe("steps for a thing a move to containerd carries", () => {
  it("are that thing's steps, not the move's", () => {
    expect(
      lead(
        "GPU 서버들 nvidia-docker로 도커에서 돌리는 중인데 containerd로 옮기면 GPU 계속 쓰려면 뭘 설정해야 돼?",
      ),
    ).toMatch(/NVIDIA Container Toolkit/);
    // Moving the node itself is still the move's steps.
    expect(
      lead("docker engine 20.10 workers need to move to containerd, what's the order?"),
    ).toMatch(/^Cordon and drain/);
  });
});

describe("when it was deprecated and when removed", () => {
  it("dates both in the first sentence", () => {
    expect(lead("in which versions was dockershim deprecated and then dropped?")).toMatch(
      /1\.20.*1\.24/,
    );
  });
});

describe("a yes/no question whose closest entry only defines", () => {
  it("is answered by the close entry that says yes or no", () => {
    expect(lead("can our team still run docker engine as the node runtime on 1.29?")).toMatch(
      /^Yes.*cri-dockerd/,
    );
  });
});

describe("the exact command", () => {
  it("is the command itself for GPU nodes, per runtime", () => {
    expect(
      lead(
        "nvidia-ctk 명령 정확히 뭐야?",
        "GPU 노드를 containerd로 옮기면 nvidia 쪽은 뭘 해야 돼?",
      ),
    ).toMatch(/nvidia-ctk runtime configure --runtime=containerd/);
  });

  it("is kubectl get nodes -o wide for every node's runtime at once", () => {
    expect(lead("is there one command that lists the container runtime of all our nodes?")).toMatch(
      /kubectl get nodes -o wide/,
    );
  });
});

describe("a pronoun right after what the asker heard", () => {
  it("points at what was heard, not at the previous answer", () => {
    const a = ask(
      "노드 어노테이션도 바꿔야 된다던데 그게 뭐야?",
      "도커 패키지 지울 때 주의할 점 있어?",
    );
    expect(a.entryIds[0]).toBe("kubeadm-cri-socket");
  });
});

describe("a neighbour named only in a remark after a version question", () => {
  it("does not decline the version question", () => {
    const a = ask(
      "what containerd version did kubernetes 1.24 ask for? our flannel acts up since the upgrade",
    );
    expect(a.kind).toBe("answer");
    expect(firstSentence(a.text)).toMatch(/1\.6\.4/);
  });
});

describe("a neighbour asked after leaving the thread", () => {
  it("is declined, not read against the previous answer", () => {
    const a = ask(
      "off topic: who has the key to the server room on saturday?",
      "is cri-o a cncf graduated project?",
    );
    expect(a.kind).toBe("decline");
  });
});

describe("neighbours that mention the runtime", () => {
  it.each([
    "gVisor 파드에 NetworkPolicy는 어떻게 써?",
    "crictl 말고 k9s 설치하는 방법 알려줘",
    "이참에 jenkins를 tekton으로 바꾸는 게 나을까?",
    "what's the difference between a pod and a deployment, honestly",
    "initContainers 는 언제 써요?",
    "difference between kubectl apply and kubectl create?",
    "our managed node group update has been stuck in progress for an hour",
    "typescript: why does typeof null return object?",
    "sql inner join vs left join 설명 좀",
    "스테이트풀셋 스케일 다운 순서가 이상해요",
    "what's the cleanest way to set up replication between two harbor registries?",
    "any tricks to make those smaller? one is 2.4gb",
    "containerd 노드들 do-release-upgrade 돌릴 때 체크리스트 있어?",
    "github actions on our runners: how do we cache the gradle dir between jobs?",
    "our java service keeps hitting heap OOM on the new containerd nodes, how do i size -Xmx?",
    "gatekeeper: how do i write a constraint that rejects pods mounting /var/run/docker.sock?",
    "windows containerd nodes: setting up gMSA for our service account against AD?",
    "the drain for the containerd switch is stuck on a PDB, how should the budget be set?",
    "rolling kernel upgrade on all our containerd workers, ubuntu, best approach?",
    "node-problem-detector custom rule for NIC resets on containerd nodes?",
    "rough engineer-weeks to move 40 clusters off docker?",
    "vcluster or namespace-per-team with ResourceQuota for shared containerd pools?",
    "DR 리전 페일오버 전략은 cri-dockerd 클러스터에선 어떻게 가져가요?",
  ])("declines %s", (q) => {
    const a = ask(q);
    expect(a.kind).toBe("decline");
    expect(a.text.split("\n")).toHaveLength(1);
  });

  it.each([
    "gVisor RuntimeClass 만드는 법",
    "python 이미지도 containerd 노드에서 그대로 돌아?",
    "what even is cri-dockerd? it showed up in our terraform module and nobody knows why",
    "containerd-shim-runc-v2 프로세스가 잔뜩 떠 있는데 메모리 누수인가요?",
  ])("keeps %s in the field", (q) => {
    expect(ask(q).kind).toBe("answer");
  });
});

describe("a follow-up pointing back at the previous answer (round 17)", () => {
  it("finds the place in the previous answer's entry, not a socket its question named", async () => {
    const core = await loadRealCore();
    const a = askAfter(
      core,
      "그거 어딨어요?",
      "containerd 설치하고 kubelet 연결했는데 'CRI v1 runtime API is not implemented for endpoint' 에러가 나요 왜죠?",
    );
    expect(a.entryIds[0]).toBe("cri-v1-not-implemented");
    expect(firstSentence(a.text)).toContain("config.toml");
  });
});

describe("a follow-up with a question word after a yes/no (round 18)", () => {
  it("asks its own kind of question, so it gets no yes or no", () => {
    const a = ask("how many services does it expose?", "does CRI-O talk to the kubelet over gRPC?");
    expect(a.intent).not.toBe("yesno");
    expect(firstSentence(a.text)).toMatch(/RuntimeService/);
    expect(
      ask("그거 누가 관리해?", "1.24 넘어서도 Docker Engine 노드 유지 가능해?").intent,
    ).not.toBe("yesno");
  });

  it("still asks the yes/no of another subject when it only names one", () => {
    expect(ask("what about CRI-O?", "does containerd support cgroup v2?").intent).toBe("yesno");
  });
});

describe("a question of its own asked in a thread (round 18)", () => {
  it("is answered for the thread's subject when that reading names it first", () => {
    expect(
      lead("so which socket path should crictl use then", "does k3s bring its own containerd?"),
    ).toMatch(/k3s\/containerd\/containerd\.sock/);
  });
});

describe("a runtime error quoted next to a neighbour's words (round 18)", () => {
  it("is answered for the error, while the docker client's own errors stay a neighbour's", () => {
    const a = ask(
      'autoscaled nodes stay NotReady: kubelet says "CRI v1 runtime API is not implemented for endpoint unix:///run/containerd/containerd.sock". our base image installs containerd from the distro',
    );
    expect(a.kind).toBe("answer");
    expect(firstSentence(a.text)).toMatch(/disabled_plugins/);
    const desktop = ask(
      "docker desktop on my laptop: `Cannot connect to the Docker daemon at unix:///var/run/docker.sock` since the upgrade",
    );
    expect(desktop.kind).toBe("decline");
  });
});

describe("a runtime CLI asked about docker's own networks (round 18)", () => {
  it("is the CLI's question, while docker's networks alone stay networking", () => {
    const a = ask("can crictl list networks like docker network ls does?");
    expect(a.kind).toBe("answer");
    expect(ask("docker network create 로 만든 브릿지는 어떻게 관리해요?").kind).toBe("decline");
  });
});
