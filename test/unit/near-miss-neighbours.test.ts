import { beforeAll, describe, expect, it } from "vitest";
import { changesTopic } from "../../src/core/answer/follow-up.ts";
import type { BotCore } from "../../src/core/bot-core.ts";
import { withoutAcknowledgement } from "../../src/core/retrieval/courtesy.ts";
import { askAfter, loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});
const ask = (q: string) => core.answerer.answerOffline(q);
/** A neighbour is declined with one line that says why and names what the bot covers. */
const declinesInOneLine = (q: string) => {
  const a = ask(q);
  expect(a.kind).toBe("decline");
  expect(a.text.split("\n")).toHaveLength(1);
  expect(a.text).toMatch(/containerd/);
};
const keepsInField = (q: string) => {
  expect(ask(q).kind).toBe("answer");
};

describe("a runtime that only says which nodes are meant", () => {
  it.each([
    "how should we build grafana dashboards for the memory of our containerd nodes?",
    "is loki retention of 30 days enough for logs from the cri-o node pool?",
    "containerd 노드에서 커널 패치 후 재부팅 자동화 뭐로 해?",
  ])("does not carry a neighbour's question into the field: %s", (q) => {
    const a = ask(q);
    expect(a.kind).toBe("decline");
    expect(a.text.split("\n")).toHaveLength(1);
  });

  it.each([
    // The nodes' runtime is what is asked about: the GPU runtime, the runtime's own metrics tool.
    "how do I get containerd nodes to run cuda workloads with the nvidia driver already on the host?",
    "what replaces docker stats on our containerd nodes?",
    "containerd 노드에서 docker image prune 대신 뭐 써요?",
  ])("keeps a question about the runtime itself: %s", (q) => {
    expect(ask(q).kind).toBe("answer");
  });
});

describe("neighbours nobody had listed (round 14)", () => {
  it.each([
    "how do we make our harbor registry highly available?",
    "artifactory remote repo as a pull-through cache for docker hub, how?",
    "kured vs a cron job for reboots after kernel patches",
    "kubelet 서버 인증서 자동 갱신 켜는 법",
    "rotate the ssh keys on every worker node",
    "what maxSurge should the node group upgrade use?",
    "packer로 golden image 만드는 파이프라인 예시",
    "etcd 백업을 cronjob으로 하려면? etcd가 containerd 위에서 돌아",
    "does velero back up the containerd image store too?",
    "elasticsearch index retention for container logs",
    "fluent-bit or filebeat as the log daemonset?",
    "a falco rule that alerts on shells in containers",
    "CIS benchmark 기준 워커 노드 점검 항목",
    "set up a litmus experiment that kills pods on one node",
    "which tool makes SBOMs for our images?",
    "set up IRSA so the exporter pod can read an s3 bucket",
    "gke workload identity 설정 어떻게 해요?",
    "what evictionHard memory.available value do you recommend for workers?",
  ])("declines %s in one line", declinesInOneLine);

  it.each([
    // Pointing the runtime at a registry product, and the runtime version a node image pins.
    "containerd hosts.toml로 사내 harbor 미러 설정하는 법",
    "what's the minimum containerd for 1.24? our AMI pipeline pins an older one",
    "does falco keep working after the nodes move from docker to containerd?",
    "노드에 conmon 프로세스가 잔뜩 있는데 이거 채굴기 아니죠?",
  ])("keeps %s in the field", keepsInField);
});

describe("neighbours nobody had listed (round 15)", () => {
  it.each([
    "kubelet topology manager best-effort vs restricted, which one?",
    "파드에 huge pages 2Mi 주려면 노드 설정 뭐 해야 돼?",
    "노드 스왑 켜도 되나요? 1.30 기준",
    "wire a second nic into pods with multus",
    "quay를 두 데이터센터에 이중화하려면 DB는 어떻게?",
    "commit sha or semver for release image tags?",
    "steps to upgrade the control plane with kubeadm from 1.30 to 1.31",
    "1.29 end of life 언제야?",
    "which manifests still use removed beta APIs, is kubent the tool?",
    "ansible serial 25% for rolling reboots of the workers ok?",
    "journald 로그 보존 기간 얼마로 잡아요?",
    "send a pagerduty page when any worker flips to NotReady",
  ])("declines %s in one line", declinesInOneLine);

  it.each([
    // A CVE in the runtime's own binary, the dockershim removal's own release, the CRI's own API.
    "runc CVE 나왔는데 containerd 노드는 runc만 올리면 돼?",
    "we upgrade the control plane to 1.24 next week, do docker nodes break?",
    "is the v1alpha2 CRI API removed in containerd 2?",
    "journalctl -u containerd 로그에 뭐가 찍히면 정상이야?",
  ])("keeps %s in the field", keepsInField);
});

describe("storage and pod networking asked around runtime words (round 15)", () => {
  it.each([
    "이전엔 /var/lib/docker hostPath 썼는데 이제 StorageClass 뭐로?",
    "파드끼리 노드가 다르면 ping이 안 가요",
    "팀원 맥북에서 Docker Desktop이 너무 느리다는데 어떻게 해?",
  ])("declines %s", (q) => {
    expect(ask(q).kind).toBe("decline");
  });
});

describe("where a database runs (round 15)", () => {
  it("declines an operator-or-managed-service choice", () => {
    expect(ask("postgres operator on the cluster or RDS, which is better?").kind).toBe("decline");
  });
});

describe("a docker socket written with a hyphen (round 15)", () => {
  it("keeps a CI question about replacing the host docker-socket mount in the field", () => {
    expect(
      ask("what replaces the mount-the-host-docker-socket pattern for our gitlab ci jobs on k8s?")
        .kind,
    ).toBe("answer");
  });
});

describe("alerting, log shipping, CPU throttling and registry storage (round 19)", () => {
  it.each([
    "can we get paged whenever a worker flips to NotReady?",
    "노드 상태 바뀌면 슬랙 말고 메일로 알림 받으려면?",
    "fluent bit에서 로그를 opensearch로 보내는 설정 예시 있어?",
    "pods on cgroup v2 nodes are cpu throttled all day, raise the limit or drop it?",
    "moving our self-hosted registry's storage backend to gcs, any gotchas?",
    "cheapest 5 node cluster for a side project?",
  ])("declines %s", (q) => declinesInOneLine(q));

  it.each([
    // The parser that reads the runtime's log format, and a stale CRI socket after a switch.
    "after the runtime switch fluent-bit output lines start with a timestamp and 'stdout F', why?",
    "kubeadm upgrade node still points at /var/run/dockershim.sock after our containerd move, what do I fix?",
  ])("keeps %s", (q) => keepsInField(q));
});

describe("thanks for the last answer, then a new question (round 19)", () => {
  it("reads the question after an acknowledgement on its own", () => {
    expect(withoutAcknowledgement("소켓 찾음 ㄳ k3s 기본 대시보드 끄는법?")).toBe(
      "k3s 기본 대시보드 끄는법?",
    );
    expect(withoutAcknowledgement("that worked, thanks! where is the cri-o socket?")).toBe(
      "where is the cri-o socket?",
    );
    // A report of what failed is the question's own setup, not thanks.
    const failed = "docker build 한 이미지를 파드가 못 찾음. 런타임은 containerd인데 왜?";
    expect(withoutAcknowledgement(failed)).toBe(failed);
  });

  it("does not carry a neighbour asked after thanks into the thread", () => {
    const after =
      "our logging agent stopped finding containers after the containerd switch, what do I check?";
    const a = askAfter(
      core,
      "fixed it with the vendor guide, thanks. how do I cut our APM vendor's bill for custom metrics?",
      after,
    );
    expect(a.kind).toBe("decline");
    // …while one that points back after thanks stays in the thread.
    expect(
      askAfter(core, "thanks, that worked. and on cri-o nodes?", "where is the containerd socket?")
        .kind,
    ).toBe("answer");
  });
});

describe("more neighbours and ways of leaving the thread (round 19)", () => {
  it.each([
    "promql to fire when a pod restarts five times in an hour?",
    "how do I make flux image automation write the new tag back to git?",
    "does GCR cross-region replication copy the images that are already there?",
    "zot vs harbor for a small pull-through mirror at each site?",
    "our app writes /var/log/app/*.log inside the container, how do we rotate those?",
    "we want gVisor for untrusted pods; how do I write Falco rules for it?",
  ])("declines %s", (q) => declinesInOneLine(q));

  it("reads a thanks that ends in a laugh, and a changed topic opening a later sentence", () => {
    expect(withoutAcknowledgement("로그 파서 고쳤어요. 이제 로그 보관 기간은 어디서 정해요?")).toBe(
      "이제 로그 보관 기간은 어디서 정해요?",
    );
    expect(withoutAcknowledgement("crictl로 잘 보이네요 ㅎㅎ 근데 노드 접속은 어떻게 해요?")).toBe(
      "근데 노드 접속은 어떻게 해요?",
    );
    expect(
      changesTopic("ok we'll drop the socket mount. separate q: how do I size the agents?"),
    ).toBe(true);
    expect(changesTopic("ok we'll drop the socket mount. what replaces it?")).toBe(false);
  });
});

describe("CI agents' own settings and image archives (round 19)", () => {
  it.each([
    "jenkins kubernetes plugin: how long do idle agent pods stay before they are removed?",
    "should we back up our release images to an s3 bucket with docker save or skopeo?",
  ])("declines %s", (q) => declinesInOneLine(q));

  it("keeps Jenkins agents that use the node's docker.sock", () => {
    keepsInField("our jenkins agent pods mount docker.sock; what breaks on containerd nodes?");
  });
});

describe("an organisation's rules and the site's plumbing (round 19)", () => {
  it.each([
    "폐쇄망이라 yum 레포 미러를 reposync로 만들어야 하는데 순서 알려줘요",
    "how many years are we required by law to retain container logs?",
    "GS인증 받을 때 쿠버네티스 노드도 대상이에요?",
    "이미지 반입 신청서 양식 어떻게 만드세요?",
    "방화벽에 노드 간 포트 뭐뭐 열어야 돼요? 10250 말고",
    "openssl로 harbor용 사설 인증서 발급하는 명령 알려줘",
    "keycloak OIDC login for kubectl, which apiserver flags?",
  ])("declines %s", (q) => declinesInOneLine(q));

  it.each([
    // Trusting a private CA for pulls is the runtime's registry config, and a pre-upgrade
    // checklist is the dockershim removal's.
    "harbor uses a private CA and containerd pulls fail with x509 unknown authority; where does ca.crt go?",
    "1.24 업그레이드 전 점검 항목이 뭐예요? 도커 노드가 있어요",
  ])("keeps %s", (q) => keepsInField(q));
});

describe("scheduler profiles, Job failure policy, Cluster API and other neighbours (round 19)", () => {
  it.each([
    "can the default kube-scheduler take a second profile for bin-packing our batch pool?",
    "pod failure policy so a Job stops on exit code 3 instead of retrying to backoffLimit?",
    "Cluster API MachineHealthCheck timeout for slow-booting nodes?",
    "talos 노드에 ssh가 없는데 노드 상태는 어떻게 들여다봐요?",
    "MetalLB L2 모드에서 IP가 한 노드로만 몰리는데 정상이에요?",
    "generate an AppArmor profile for our api container from complain-mode logs?",
    "how do we attach SLSA provenance to images we push?",
    "which release removed extensions/v1beta1 Deployments?",
  ])("declines %s", (q) => declinesInOneLine(q));

  it("keeps a Talos question about its runtime", () => {
    keepsInField("which containerd socket does crictl use on talos nodes?");
  });
});

describe("upgrading Kubernetes itself, ticket tools, and runtime words that only look like neighbours (round 20)", () => {
  it.each([
    "can we go from 1.23 straight to 1.30 with kubeadm, skipping the minor versions in between?",
    "kubeadm 업그레이드할 때 마이너 버전 건너뛰어도 돼요?",
    "kubeadm 업그레이드하면 etcd 버전도 같이 올라가나요?",
    "how do I set up a jira automation rule that creates a sub-task per node?",
  ])("declines %s", (q) => declinesInOneLine(q));

  it("keeps a control plane's static pods (apiserver, scheduler…) on docker in the field", () => {
    keepsInField(
      "our masters run the static pods (kube-apiserver, etcd, controller-manager, scheduler) on docker. is moving a master to containerd different from a worker?",
    );
  });

  it("keeps images a node already holds, asked about the switch to containerd, in the field", () => {
    keepsInField("전환하면 노드에 있던 이미지들(노드당 80GB)이 containerd로 그대로 넘어오나요?");
  });
});

describe("the pod sandbox (pause) image (round 20)", () => {
  it.each([
    ["where do I set the pause image on containerd nodes?", "sandbox_image"],
    ["CRI-O에서 pause 이미지 바꾸는 키 이름?", "pause_image"],
    ["is sandbox_image still the key for the pause image on containerd 2?", "pinned_images"],
  ])("answers %s from the runtime's config key", (q, key) => {
    const a = ask(q);
    expect(a.entryIds[0]).toBe("sandbox-pause-image");
    expect(a.text.split("\n")[0]).toContain(key);
  });
});

describe("kubeconfig, per-team namespaces, and GPUs or images a runtime switch touches (round 20)", () => {
  it.each([
    "how do i switch kubectl between the lab cluster and my kind cluster without messing up kubeconfig?",
    "how do i give each lab its own namespace where students can create pods but not touch nodes?",
    "맥북에서 Docker Desktop이 계속 starting에서 멈춰있어요 minikube 써야되는데 어케 함?",
  ])("declines %s", (q) => declinesInOneLine(q));

  it.each([
    "GPU 노드 containerd로 바꿨더니 nvidia.com/gpu가 0으로 나와요 런타임 쪽에 뭐 해줘야됨?",
    "Slurm에서 쓰던 nvidia/cuda 베이스 이미지들 containerd GPU 노드에서 그대로 써도 됨?",
  ])("keeps %s in the field", (q) => keepsInField(q));

  it("still declines asking for GPUs in a pod spec", () => {
    declinesInOneLine("how many nvidia.com/gpu can one pod request?");
  });
});

describe("a registry's private CA on the nodes, and the neighbours around it (round 20)", () => {
  it.each([
    "내부 harbor가 사설 CA 인증서라 containerd로 pull하면 x509: certificate signed by unknown authority 나요. 왜 그래요?",
    "why does containerd fail with x509 unknown authority when pulling from our self-signed registry?",
  ])("answers %s with the CA the node's runtime must trust", (q) => {
    const a = ask(q);
    expect(a.entryIds[0]).toBe("registry-mirrors-daemon-json");
    expect(a.text.split("\n")[0]).toMatch(/ca\.crt|CA/);
  });

  it.each([
    "노드 시간 동기화가 어긋나서 인증서 오류가 나는데 어떻게 맞춰?",
    "podman on my rhel 9 workstation can't pull from harbor — x509 unknown authority. how do i make it trust our CA?",
  ])("declines %s", (q) => declinesInOneLine(q));
});

describe("placement and volumes that only sit next to runtime words (round 20)", () => {
  it.each([
    "how do i pin our collector pod to only the nodes labeled zone=b?",
    "pod stuck in ContainerCreating with 'failed to attach volume' on the new containerd nodes",
  ])("declines %s", (q) => declinesInOneLine(q));
});

describe("a dashboard's panels next to the nodes' runtime (round 20)", () => {
  it("declines a Grafana panel question that only says the nodes run containerd", () => {
    declinesInOneLine("containerd 노드인데 사내 grafana 대시보드 패널 색깔 바꾸는 법?");
  });
});

describe("a node's disk: where the runtime keeps images, and growing the disk (round 21)", () => {
  it.each([
    "where on disk does containerd keep its images and layers?",
    "containerd 이미지 레이어는 디스크 어디에 저장돼요?",
  ])("answers %s with containerd's root directory", (q) => {
    const a = ask(q);
    expect(a.kind).toBe("answer");
    expect(a.text.split("\n")[0]).toContain("/var/lib/containerd");
  });

  it.each([
    "the worker's root disk is almost full, how do i grow the root LV on rhel?",
    "노드 루트 디스크 LVM으로 늘리는 방법 알려줘",
  ])("declines %s", (q) => declinesInOneLine(q));
});

describe("neighbours of GPU and edge clusters (round 21)", () => {
  it.each([
    "should our lab pick docker swarm or k3s for five small nodes?",
    "Docker Swarm 이랑 k3s 중에 엣지 장비엔 뭐가 나아요?",
    "kueue or volcano for queueing training jobs on the gpu nodes?",
    "how do I install the NVIDIA driver on ubuntu gpu nodes, apt or the .run installer?",
    "pods stuck in ContainerCreating with 'failed to assign an IP address to container', is ipamd out of addresses?",
    "SG 문제인지 NACL 문제인지 어떻게 구분해요?",
  ])("declines %s", (q) => declinesInOneLine(q));

  it.each([
    "k3s 에서 도커 엔진을 런타임으로 쓸 수 있어요?",
    "why did kubernetes drop dockershim? our slurm users liked docker",
    "how do I install the nvidia container toolkit on containerd nodes?",
  ])("keeps %s", (q) => keepsInField(q));
});

describe("cluster operations next to the runtime's field (round 21)", () => {
  it.each([
    "the node's /var/log/journal is 20GB, how do I cap journald's size?",
    "노드 syslog 파일이 너무 커져요. logrotate 설정 어떻게 바꿔요?",
    "can kubeadm take us from 1.26 straight to 1.28 or one minor at a time?",
    "how do I give the interns read-only access to pods in one namespace?",
    "pods can't resolve each other's service names, where do I look?",
    "kubectl command to list pods sorted by restart count?",
    "파드별 CPU 사용량 보는 kubectl 명령어?",
    "how long can terminationGracePeriodSeconds be for game servers?",
    "do our devs need paid Docker Desktop seats?",
  ])("declines %s", (q) => declinesInOneLine(q));

  it.each([
    "how do I rotate container logs on containerd nodes?",
    "journalctl -u containerd 로 런타임 로그 보는 법",
    "we're going 1.23 to 1.24 straight, what happens to our docker nodes?",
    "image pull fails with 'no such host' when resolving our registry, is that containerd's mirror config?",
  ])("keeps %s", (q) => keepsInField(q));
});

describe("process, platform choice and node chores around the runtime (round 21)", () => {
  it.each([
    "any tips to make our images smaller? they're 2GB",
    "이미지 태그 전략 날짜로 붙이는게 나아 커밋 해시가 나아?",
    "how should we write up the containerd outage postmortem for the auditors?",
    "does falco's shell-in-container rule fire on kubectl exec?",
    "GPU 사용시간 리포트 뽑으려면 DCGM exporter 써야 돼요?",
    "kind vs k3d for a workshop, which is easiest to install on windows laptops?",
    "minikube 메모리랑 cpu 늘리는 법?",
    "where do I find the k3s agent join token?",
    "how do I RDP into a windows node on EKS?",
    "node NotReady due to DiskPressure, how do I change the eviction threshold?",
  ])("declines %s", (q) => declinesInOneLine(q));

  it.each([
    "for the postmortem: when was dockershim first deprecated?",
    "for the SOC2 evidence pack, which command shows each node's runtime?",
    "how do I shrink the disk containerd uses for images?",
    "is the latest tag pulled again every time on containerd?",
  ])("keeps %s", (q) => keepsInField(q));
});

describe("Dockerfiles", () => {
  it.each([
    "how do I write a good Dockerfile for a node app?",
    "tips for writing a dockerfile with multi-stage builds?",
  ])("declines writing one: %s", (q) => declinesInOneLine(q));

  it.each([
    "Do we need to rebuild images or rewrite Dockerfiles when we switch the nodes to containerd?",
    "런타임 바꾸면 Dockerfile 다시 짜야 돼?",
  ])("answers whether a runtime switch touches them: %s", (q) => keepsInField(q));
});
