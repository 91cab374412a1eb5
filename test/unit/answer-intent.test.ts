import { beforeAll, describe, expect, it } from "vitest";
import { splitAsks } from "../../src/core/answer/choose.ts";
import { joinBareAnswer } from "../../src/core/answer/yes-no.ts";
import type { BotCore } from "../../src/core/bot-core.ts";
import { firstSentence, inOrder } from "../../src/core/eval/evaluate.ts";
import { askAfter, loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});
const ask = (q: string, after?: string) => askAfter(core, q, after);

describe("the lead answers the asked intent", () => {
  it("answers what replaced dockershim, not what it was", () => {
    const en = ask("What took dockershim's place?");
    expect(en.intent).toBe("replacement");
    expect(firstSentence(en.text)).toMatch(/cri-dockerd/);
    expect(firstSentence(ask("도커심 없어지고 뭘로 바꿨어요?").text)).toMatch(/cri-dockerd/);
  });

  it("answers a diagnostic question with a check, not the migration procedure", () => {
    const a = ask("How can I tell whether a node goes through dockershim or cri-dockerd?");
    expect(a.intent).toBe("check");
    expect(a.entryIds[0]).not.toMatch(/^migrate/);
    expect(firstSentence(a.text)).toMatch(/command line|cmdline/);
  });

  it("opens with Yes/네 only on yes/no questions", () => {
    expect(ask("docker build 이미지 1.24에서도 돌아가?").text).toMatch(/^네,/);
    const impact = ask("what happens to my docker images after 1.24");
    expect(impact.entryIds[0]).toBe("docker-images-still-run");
    expect(impact.text).not.toMatch(/^(Yes|No)\b/);
    for (const q of [
      "After the 1.24 upgrade, what happens to nodes still on Docker?",
      "1.24 올리면 도커 노드 어떻게 되나요",
    ])
      expect(ask(q).text).not.toMatch(/^(Yes|No|네|아니요)\b/);
  });
});

describe("near kinds of question", () => {
  it("answers whether containers survive a containerd restart from what a restart does", () => {
    const a = ask("do running containers survive a containerd restart");
    expect(firstSentence(a.text)).toMatch(/keep running|does not stop/);
  });

  it("answers 'what do I use instead' from the steps that name the tool when no replacement lead exists", () => {
    const a = ask("kind load 말고 minikube 에서는 로컬 이미지 넣을 때 뭘로 바꿔 써?");
    expect(firstSentence(a.text)).toContain("minikube image load");
  });
});

describe("a first question with a guess or aside after it", () => {
  it("answers what one term is from the entry named for it, not a neighbour sharing the guess's words", () => {
    const a = ask("what exactly is runc? is it a daemon?");
    expect(a.intent).toBe("definition");
    expect(a.entryIds[0]).toBe("runc");
  });

  it("answers the first question when the aside has words the knowledge never uses", () => {
    const a = ask("도커 지원은 왜 빠진 거예요? 회사 사정이 안 좋아서 그런 건가");
    expect(a.kind).toBe("answer");
    expect(a.entryIds[0]).toBe("why-dockershim-removed");
  });

  it("does not answer a first question outside the field on its own", () => {
    expect(ask("what is a statefulset? our db team keeps mentioning it").kind).toBe("decline");
  });
});

describe("a question followed by its context", () => {
  it("weighs the words of the asking sentence more than the story after it", () => {
    const a = ask(
      "why did k8s drop dockershim in the first place? docker worked fine for us for like 5 years on prem and now we're burning a whole sprint migrating nodes to containerd. trying to understand what we actually gain",
    );
    expect(a.entryIds[0]).toBe("why-dockershim-removed");
  });
});

describe("a facet of a near kind", () => {
  it("stands in for the main lead only when it carries as much of the question", () => {
    // No replacement facet: the procedure facet (mirrors on containerd) would stand in, but
    // the main lead names both runtimes' files.
    const a = ask(
      "daemon.json에 insecure-registries 넣어놨었는데 containerd에선 그거 대신 뭘 써요?",
    );
    expect(firstSentence(a.text)).toContain("hosts.toml");
    // A yes/no about the config format is not answered by what breaks on containerd 2.0.
    const config = ask("Does containerd 2.x still load our old `version = 2` config.toml?");
    expect(firstSentence(config.text)).toContain("version = 3");
  });
});

describe("an end of a span", () => {
  it("answers 'the last version with it' with the last version, not the removal", () => {
    expect(
      firstSentence(ask("which k8s version is the last one that still ships dockershim").text),
    ).toContain("1.23");
    expect(firstSentence(ask("도커심 들어있는 마지막 버전 몇이야").text)).toContain("1.23");
  });
});

describe("lookups", () => {
  it("leads a two-part answer's part with the point naming the asked thing", () => {
    const a = ask("where is the containerd socket on k3s?");
    expect(firstSentence(a.text)).toContain("/run/k3s/containerd/containerd.sock");
  });

  it("leads with a point naming a file when the question asks which file", () => {
    const a = ask("kubeadm node: in which file is the kubelet's runtime endpoint flag set?");
    expect(firstSentence(a.text)).toContain("/var/lib/kubelet/kubeadm-flags.env");
  });

  it("names crictl's image inspect among the everyday commands", () => {
    const a = ask("crictl로 이미지 정보 자세히 보는 명령어 뭐야");
    expect(firstSentence(a.text)).toContain("crictl inspecti");
  });

  it("leads with the point that names the asked command when the lead does not", () => {
    const a = ask("which crictl command is rmp");
    expect(a.intent).toBe("command");
    expect(firstSentence(a.text)).toContain("crictl rmp");
  });

  it("answers a command to look at something from the entry's check, not its steps", () => {
    const a = ask("노드에서 kubelet 어떤 플래그로 떠있는지 보는 명령어?");
    expect(firstSentence(a.text)).toMatch(/pgrep kubelet|ps -ef \| grep kubelet/);
  });

  it("leads with the point naming the docker flags asked about", () => {
    expect(firstSentence(ask("crictl equivalent of docker logs -f?").text)).toContain(
      "crictl logs -f",
    );
    expect(
      firstSentence(ask("docker exec -it 처럼 컨테이너 들어가려면 crictl 로 뭐 침?").text),
    ).toContain("crictl exec -it");
  });

  it("answers where crictl's config lives from its location facet", () => {
    expect(firstSentence(ask("where is the crictl config file").text)).toContain(
      "/etc/crictl.yaml",
    );
  });
});

describe("yes/no direction", () => {
  it.each([
    ["can I keep docker engine as the runtime after 1.24?", /^Yes\b/],
    ["is docker dead", /^No\b/],
    ["1.24부터 docker 못씀?", /^아니요/],
    ["도커로 빌드한 이미지 다시 빌드해야 하나요", /^아니요/],
    ["런타임 바꾸면 imagePullSecrets 새로 만들어야 돼?", /^아니요/],
    // Any "-야 돼" asks whether something is needed, not only "해야".
    ["쿠버네티스가 도커 지원 끊었으니 개발자 노트북에서도 도커 지워야돼요?", /^아니요/],
  ])("%s", (q, opener) => {
    expect(ask(q).text).toMatch(opener);
  });
});

describe("where registry mirrors go on containerd 2.x", () => {
  it("leads with hosts.toml, not the version 3 format", () => {
    for (const q of [
      "where should our registry mirror be configured on containerd 2.0? we had a mirrors block in config.toml and it stopped working after the upgrade",
      "containerd 2.0 미러 설정 어디에 넣어야 돼? config.toml 에 mirrors 써뒀는데 업그레이드 후 무시됨",
    ])
      expect(firstSentence(ask(q).text)).toContain("hosts.toml");
  });
});

describe("steps written for another runtime", () => {
  it("do not answer a question about CRI-O", () => {
    for (const q of [
      "moving these nodes to CRI-O — how do we carry over the insecure registries from daemon.json?",
      "CRI-O로 옮길 때 도커 daemon.json 미러 설정은 어떻게 옮겨요?",
    ]) {
      const lead = firstSentence(ask(q).text);
      expect(lead).toMatch(/registries\.conf|daemon\.json/);
      expect(lead).not.toMatch(
        /^(?:To add a Docker Hub mirror on containerd|containerd 노드에 Docker Hub)/,
      );
    }
  });
});

describe("removing a pod sandbox", () => {
  it("answers crictl stopp and rmp", () => {
    for (const q of [
      "crictl 로 파드 샌드박스 지우는 명령?",
      "crictl: delete a stuck pod sandbox, what's the command",
    ])
      expect(firstSentence(ask(q).text)).toContain("crictl rmp");
  });
});

describe("how many shims", () => {
  it("answers per pod, not per container, without a yes or no for a choice", () => {
    for (const q of [
      "under k8s do we get one containerd-shim per container or per pod?",
      "containerd-shim은 파드 단위예요 컨테이너 단위예요?",
    ]) {
      const lead = firstSentence(ask(q).text);
      expect(lead).toMatch(/per pod|파드마다/);
      expect(lead).not.toMatch(/^(?:Yes|No|네|아니요)\b/);
    }
    expect(
      firstSentence(ask("does each container get its own containerd-shim process?").text),
    ).toMatch(/^No; .*per pod/);
  });
});

describe("procedures", () => {
  it("answers a move to a runtime '쪽으로 넘기' with that runtime's migration steps", () => {
    const a = ask("워커 두 대를 cri-dockerd 쪽으로 넘길 건데 순서 알려줘");
    expect(a.entryIds[0]).toBe("migrate-to-cri-dockerd");
  });

  it("keeps every migration step, in order", () => {
    for (const q of [
      "how do I migrate a node from docker to containerd",
      "도커 노드를 containerd로 옮기는 순서",
    ]) {
      const a = ask(q);
      expect(a.entryIds[0]).toBe("migrate-to-containerd");
      const steps = a.text
        .split("\n")
        .filter((l) => /^- \d\)/.test(l))
        .map((l) => l.slice(2, 4));
      expect(steps).toEqual(["1)", "2)", "3)", "4)", "5)", "6)", "7)"]);
      expect(
        inOrder(a.text, ["cordon", "drain", "stop", "containerd", "start kubelet", "uncordon"]),
      ).toBe(true);
    }
  });
});

describe("steps for a tool or a log shipper", () => {
  it("sets crictl up in order: install, endpoint file, check, then look", () => {
    const a = ask("how do i get crictl working on a new containerd node, steps please");
    expect(a.entryIds[0]).toBe("crictl");
    expect(inOrder(a.text, ["cri-tools", "/etc/crictl.yaml", "crictl info", "crictl ps"])).toBe(
      true,
    );
  });

  it("moves a log shipper to the cri parser in order, not the runtime migration", () => {
    const a = ask("fluentd 를 containerd 로그 형식에 맞게 바꾸는 절차 알려줘");
    expect(a.entryIds[0]).toBe("cri-log-format");
    expect(inOrder(a.text, ["/var/log/pods/", "cri", "rollout restart"])).toBe(true);
  });
});

describe("a steps question answered by an entry that only explains", () => {
  it("is handed to the procedure that entry lists as related", () => {
    const a = ask("how can we keep using Docker Engine on workers past 1.24, step by step");
    expect(a.entryIds[0]).toBe("migrate-to-cri-dockerd");
    expect(a.text).toMatch(/1\) .*cri-dockerd/);
  });
});

describe("a move between runtimes", () => {
  it("takes the steps of the entry named for the destination, whatever the story says of the source", () => {
    const a = ask(
      "we run self-managed k8s 1.23 on ubuntu with kubeadm, workers are on docker engine 20.10. need to move each worker to containerd before we bump to 1.24 — what's the order of operations per node?",
    );
    expect(a.entryIds[0]).toBe("migrate-to-containerd");
    // Other verbs of a move ("flip", "cut over") move the node too.
    for (const q of [
      "what's the order of operations to flip one worker to containerd?",
      "steps to cut over a docker engine node to containerd",
    ])
      expect(ask(q).entryIds[0]).toBe("migrate-to-containerd");
    // A move already made asks about something else.
    const done = ask(
      "migrated nodes to containerd but the kubeadm cri-socket annotation still says dockershim.sock, how do i fix it step by step?",
    );
    expect(done.entryIds[0]).not.toBe("migrate-to-containerd");
    const after = ask(
      "containerd로 옮기고 나서 노드 로그 수집기가 이상해요. 어떻게 고쳐요? 순서대로",
    );
    expect(after.entryIds[0]).not.toBe("migrate-to-containerd");
    // A local cluster switched to containerd is not a node migrated.
    const local = ask("kind 말고 minikube 를 containerd 로 바꾸는 순서 알려줘");
    expect(local.entryIds[0]).not.toBe("migrate-to-containerd");
  });
});

describe("a definition asked before a remark that asks nothing", () => {
  it("comes from the entry named for the one term asked about, however the remark scores", () => {
    const a = ask("CRI가 뭐예요? 배포가 깨져서 kubelet 로그를 봤더니 CRI 어쩌고가 계속 찍히네요");
    expect(a.entryIds[0]).toBe("cri");
  });
});

describe("two things asked", () => {
  it("compares two named things from the entry written to compare them, whatever context follows", () => {
    const a = ask("containerd랑 CRI-O 차이 뭐에요? 새 클러스터 어떤걸로 갈지 고민중");
    expect(a.entryIds[0]).toBe("containerd-vs-crio");
    // Two versions of one thing are not two things: no "-vs-" entry takes over.
    const versions = ask(
      "what's the CRI plugin id in a containerd 1.x config vs the new 2.x config?",
    );
    expect(versions.entryIds[0]).toBe("containerd-2-config");
  });

  it("keeps every step of a procedure that is one of two parts", () => {
    const a = ask("what are the steps to move a node from Docker Engine to containerd?");
    expect(inOrder(a.text, ["cordon", "drain", "containerd.sock", "uncordon"])).toBe(true);
  });

  it("answers from both entries with sources from both, no URL twice", () => {
    const a = ask("what is conmon and what is containerd-shim");
    expect(a.entryIds.slice(0, 2).sort()).toEqual(["conmon", "containerd-shim"]);
    expect(new Set(a.sources.map((s) => s.id))).toEqual(new Set(["conmon", "containerd-shim"]));
    const urls = a.sources.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe("several facets of one kind", () => {
  it("answer with the one whose lead and examples share most of the question", () => {
    const change = ask("운영 중인 노드에서 cgroup driver 바꾸면 돌던 파드들 어떻게 됨?");
    expect(change.intent).toBe("impact");
    expect(firstSentence(change.text)).toMatch(/drain/);
    const mismatch = ask(
      "what happens if the kubelet uses systemd but containerd stays on cgroupfs?",
    );
    expect(firstSentence(mismatch.text)).toMatch(/SystemdCgroup/);
    expect(firstSentence(ask("which release made CRI v1 stable?").text)).toContain("1.23");
  });
});

describe("the rarest subject named", () => {
  it("answers from an entry about it when the best hit did not even match it", () => {
    // "connection refused" and "crictl" pull to crictl's entry, which never names k3s.
    const a = ask(
      "k3s 노드에서 crictl 붙으면 connection refused 나는데 소켓 경로 맞는지 어떻게 봐?",
    );
    // Either entry about k3s answers it; both say where its socket is.
    expect(["local-clusters-runtimes", "k3s-rke2-config"]).toContain(a.entryIds[0]);
    expect(firstSentence(a.text)).toContain("/run/k3s/containerd/containerd.sock");
  });
});

describe("running pods during a runtime switch", () => {
  it("says they are drained and recreated, not carried over, and keeps the uninstall warning", () => {
    const pods = ask("워커를 도커에서 containerd로 옮기면 거기 돌던 파드는 어떻게 돼?");
    expect(firstSentence(pods.text)).toMatch(/drain/);
    const uninstall = ask("what happens to containerd when I uninstall docker after the switch?");
    expect(firstSentence(uninstall.text)).toMatch(/containerd\.io/);
  });
});

describe("yes/no openers", () => {
  it("answer 'do I need to rebuild?' the other way round from 'do they still run?'", () => {
    expect(ask("docker build 이미지 다시 빌드해야 하나요?").text).toMatch(/^아니요/);
    expect(ask("do we have to rebuild our docker images for containerd?").text).toMatch(/^No/);
  });
});

describe("yes/no asked the other way round", () => {
  it("says yes to 'is it fine to restart containerd?' and no to 'do containers die?'", () => {
    expect(ask("컨테이너디 재시작해도 파드 괜찮아?").text).toMatch(/^네,/);
    expect(ask("containerd 재시작하면 컨테이너 다 죽어?").text).toMatch(/^아니요,/);
    expect(ask("will pods die if i restart containerd").text).toMatch(/^No,/);
  });

  it("reads the direction from the clause that asks, not from the situation before it", () => {
    // "해야 되는데요" is the asker's need; the question is whether containers die.
    const q = "이번 주에 containerd 패치 적용해야 되는데요, 재시작하면 떠 있는 컨테이너 죽어요?";
    expect(ask(q).text).toMatch(/^아니요,/);
  });

  it("answers a yes/no first sentence followed by context as yes/no", () => {
    const a = ask("윈도우 노드에서도 containerd 돌아가나요? 지금은 도커 엔진 노드풀이에요");
    expect(a.intent).toBe("yesno");
    expect(a.text).toMatch(/^네,/);
    expect(a.text).toContain("npipe://./pipe/containerd-containerd");
  });

  it("answers 'is containerd-shim dockershim renamed?' from its own yes/no, not the restart one", () => {
    const a = ask("is containerd-shim just the new name for dockershim?");
    expect(firstSentence(a.text)).toMatch(/^No, containerd-shim is not dockershim/);
  });
});

describe("a bare yes or no", () => {
  it("is joined to the fact it answers, and dropped for other kinds of question", () => {
    const yes = ask("containerd-shim 이 도커심이랑 같은거임?");
    expect(firstSentence(yes.text)).toMatch(/^아니요, containerd-shim/);
    const what = ask("containerd-shim이랑 dockershim 차이");
    expect(what.text).toMatch(/^이름만 비슷할 뿐/);
  });

  it("joins a hedge to its fact too, so the first sentence says why", () => {
    const hedge = joinBareAnswer(
      "꼭 그렇지는 않습니다. `docker://`는 cri-dockerd일 수도 있습니다.",
      "ko",
    );
    expect(firstSentence(hedge)).toContain("cri-dockerd");
    expect(
      joinBareAnswer("버전과 설정에 따라 다릅니다. 에이전트가 소켓을 읽으면 깨집니다.", "ko"),
    ).toBe("버전과 설정에 따라 다르며, 에이전트가 소켓을 읽으면 깨집니다.");
    expect(joinBareAnswer("Not necessarily. It may be cri-dockerd.", "en")).toBe(
      "Not necessarily: It may be cri-dockerd.",
    );
  });
});

describe("a counterpart on another runtime", () => {
  it("is the entry named for the component's peer, wherever it ranked", () => {
    expect(ask("on cri-o nodes, what does the job of containerd-shim?").entryIds[0]).toBe("conmon");
    const back = ask(
      "containerd 에서는 그거랑 같은 역할 하는 게 뭐야",
      "conmon 은 뭐하는 프로세스야?",
    );
    expect(back.entryIds[0]).toBe("containerd-shim");
  });

  it("is asked for as 'the containerd equivalent of that' after conmon", () => {
    const a = ask(
      "and what's the containerd equivalent of that?",
      "ps shows a conmon process next to every container. what does conmon do in cri-o?",
    );
    expect(a.entryIds[0]).toBe("containerd-shim");
  });
});

describe("two replacements in one entry", () => {
  it("each answer the replacement question about their own thing", () => {
    const id = ask("containerd 2 renamed the io.containerd.grpc.v1.cri section - to what?");
    expect(firstSentence(id.text)).toContain("io.containerd.cri.v1.runtime");
    const mirrors = ask("the mirrors key is gone in containerd 2.0, what replaces it?");
    expect(firstSentence(mirrors.text)).toContain("hosts.toml");
  });
});

describe("the subject named", () => {
  it("is not answered from the entry about its peer", () => {
    const a = ask("where does containerd keep its config file? i want a fresh default one");
    expect(a.entryIds[0]).not.toBe("crio-config");
    expect(a.entryIds[0]).toMatch(/^containerd/);
    expect(firstSentence(a.text)).toContain("/etc/containerd/config.toml");
  });
});

describe("a lead of several sentences", () => {
  it("opens with its sentence that names the thing asked", () => {
    expect(firstSentence(ask("k3s 돌리려면 도커도 깔아야 돼?").text)).toContain("k3s");
  });

  it("keeps a sentence that leans on the one before it in second place", () => {
    const lines = ask("kubeadm-flags.env에 --container-runtime=remote 남겨두면 문제 돼?").text;
    expect(firstSentence(lines)).not.toMatch(/^(?:그래서|따라서)/);
  });
});

describe("a point that names what was asked", () => {
  it("leads when the entry has no lead for the asked kind", () => {
    // cri-v1-only answers yes/no and checks; the version it became stable is one of its points.
    for (const q of ["which version made CRI v1 stable?", "CRI v1 이 stable 된 건 몇 버전이야?"]) {
      const a = ask(q);
      expect(a.entryIds[0]).toBe("cri-v1-only");
      expect(firstSentence(a.text)).toContain("1.23");
    }
  });

  it("never replaces a lead written for the asked kind with the question's premise", () => {
    const a = ask("kaniko archived, what should we use instead for CI builds");
    expect(firstSentence(a.text)).toMatch(/BuildKit|buildah/);
  });
});

describe("removal spelled as people say it", () => {
  it("reads 'rip out' and 'yank' as removal, not as the deprecation a remark names", () => {
    expect(
      firstSentence(ask("when did they rip out dockershim? people keep saying 1.20").text),
    ).toContain("1.24");
  });
});

describe("follow-ups", () => {
  it("reads '<subject>면요?' as a follow-up asking the previous question again", () => {
    const a = ask("k3s 쓰면요?", "kind 노드에서 containerd 소켓 경로 어디예요?");
    expect(a.intent).toBe("location");
    expect(firstSentence(a.text)).toContain("/run/k3s/containerd/containerd.sock");
  });

  it("answers a question about the steps just given with steps, for the runtime it names", () => {
    const a = ask(
      "and if a few pools go cri-o instead, what changes in those steps?",
      "what's the order of steps to move a kubeadm worker from docker to containerd?",
    );
    expect(a.intent).toBe("procedure");
    expect(a.entryIds[0]).toBe("crio");
    expect(a.text).toContain("unix:///var/run/crio/crio.sock");
  });

  it("answers about the release a follow-up names, even one the asker's story named before", () => {
    const a = ask(
      "so what did 1.20 do then",
      "which release removed dockershim? my lead insists it was 1.20",
    );
    expect(firstSentence(a.text)).toMatch(/^The 1\.20 deprecation/);
    // A release that only bounds a span ("up to 1.24") is not the one asked about.
    const span = ask(
      "and between 1.20 and up to 1.24, did anything change on the nodes?",
      "when was dockershim deprecated?",
    );
    expect(firstSentence(span.text)).not.toMatch(/^dockershim was (?:taken out|deleted)/);
  });

  it("reads 'which one it actually is' as the previous answer's own question", () => {
    const a = ask(
      "fine, how can i check which one it really is then",
      "kubectl get nodes shows docker://20.10 for our workers, so they still go through dockershim, right?",
    );
    // The kubelet's command line tells dockershim from cri-dockerd; the runtime column cannot.
    expect(firstSentence(a.text)).toMatch(/command line/);
    expect(firstSentence(a.text)).not.toMatch(/^`kubectl get nodes -o wide` prints/);
  });

  it("ranks a follow-up that brings words of its own by them, not by the previous answer", () => {
    const a = ask(
      "and how do i get an image i built on my laptop into it without a registry",
      "how do i make minikube use containerd?",
    );
    expect(a.entryIds[0]).toBe("local-images-not-visible");
  });

  it("answers about the side asked for even when the previous question named it too", () => {
    const a = ask(
      "그럼 kubelet 쪽은 어디서 바꿔?",
      "kubelet하고 containerd cgroup 드라이버가 다르면 왜 안 돼?",
    );
    expect(firstSentence(a.text)).toContain("cgroupDriver");
  });

  it("leads with the point naming a bare new subject the previous answer's entry covers", () => {
    const a = ask(
      "what about falco?",
      "will the dynatrace daemonset keep working once workers run containerd instead of docker?",
    );
    expect(firstSentence(a.text)).toContain("Falco");
  });

  it("reads 'when did that happen' as asking about the previous answer's event", () => {
    const a = ask(
      "when did that happen",
      "is kaniko archived? what do people build images with now",
    );
    expect(a.entryIds[0]).toBe("build-images-without-docker");
    expect(firstSentence(a.text)).toContain("2025-06-03");
  });

  it("resolves a follow-up against the previous turn's topic and intent", () => {
    const crio = ask("and for CRI-O?", "where do I configure registry mirrors for containerd?");
    expect(crio.kind).toBe("answer");
    expect(crio.text).toContain("registries.conf");
    const same = ask(
      "same thing, but for crio?",
      "where do I configure registry mirrors for containerd?",
    );
    expect(same.kind).toBe("answer");
    expect(same.text).toContain("registries.conf");
    const rollback = ask("그럼 롤백은?", "containerd로 마이그레이션 어떻게 해?");
    expect(rollback.entryIds[0]).toBe("rollback-runtime-switch");
    expect(
      ask("what about 1.27?", "when was the --container-runtime flag deprecated").text,
    ).toContain("1.27");
  });

  it("reads a question that points back, or makes no sense alone, against the previous turn", () => {
    const previous = "why is docker ps empty on a node where kubectl shows running pods?";
    const instead = ask("ok so what should I run there instead?", previous);
    expect(instead.kind).toBe("answer");
    expect(instead.text).toContain("crictl");
    const noRegistry = ask(
      "push 안 하고 해결하려면?",
      "로컬에서 docker build 한 이미지로 파드 띄우니까 ErrImagePull 나요",
    );
    expect(noRegistry.kind).toBe("answer");
    expect(noRegistry.text).toMatch(/import|load/);
    // Without a previous turn the same question is still declined.
    expect(ask("push 안 하고 해결하려면?").kind).toBe("decline");
  });

  it("reads 'X 쪽은' as the other side of the previous answer, with the point saying where", () => {
    const a = ask("kubelet 쪽은 어디서 바꿔?", "cgroupfs랑 systemd cgroup driver 뭐가 달라");
    expect(firstSentence(a.text)).toContain("/var/lib/kubelet/config.yaml");
  });

  it("reads 'X면 …?' as the previous question asked for another case", () => {
    const a = ask(
      "CRI-O면 어디에 넣어?",
      "예전엔 /etc/docker/daemon.json 에 registry-mirrors 넣어서 사내 미러 썼거든요. containerd 노드에선 이거 어디다 설정해야 돼요?",
    );
    expect(firstSentence(a.text)).toContain("registries.conf");
  });

  it("reads 'when was it removed' as asking about the previous answer's subject", () => {
    const a = ask(
      "which version removed it exactly?",
      "found `--container-runtime=remote` still sitting in kubeadm-flags.env on half our nodes. is that gonna bite us?",
    );
    expect(firstSentence(a.text)).toContain("1.27");
  });

  it("reads 'it' inside a follow-up as the previous subject when it names nothing new", () => {
    const a = ask(
      "and which path does containerd actually read it from",
      "whats the command to dump containerd's default config",
    );
    expect(a.entryIds[0]).toBe("containerd-2-config");
    expect(a.text).toContain("/etc/containerd/config.toml");
  });

  it("reads 'is that …' as pointing back, even when it names a version of its own", () => {
    const a = ask(
      "is that still how it works on 1.34?",
      "where does kubeadm keep the node's CRI socket?",
    );
    expect(a.entryIds[0]).toBe("kubeadm-cri-socket");
    expect(a.text).toContain("instance-config.yaml");
    // A clause later in the question is not the pointer: it has its own subject.
    const later = ask(
      "ok it shows docker://20.10.17 — does that mean 1.24 is going to hit us?",
      "how do i tell which runtime our eks nodes are using",
    );
    expect(later.entryIds[0]).toBe("docker-prefix-not-dockershim");
  });

  it("opens with the sentence naming a follow-up's new subject, however common the word", () => {
    const crio = ask("and on cri-o?", "where's the containerd socket? crictl needs it");
    expect(firstSentence(crio.text)).toContain("crio.sock");
  });

  it("does not repeat the previous runtime's steps for a new subject", () => {
    const crio = ask("what about on cri-o?", "steps to add a docker hub mirror to containerd");
    expect(firstSentence(crio.text)).toContain("registries.conf");
  });

  it("reads a subject alone followed by a remark as a follow-up, in a conversation only", () => {
    const remark = "cri-o 는? 문서마다 경로가 다르게 나와서";
    const next = ask(remark, "containerd 소켓 경로 어디야");
    expect(next.intent).toBe("location");
    expect(firstSentence(next.text)).toContain("crio.sock");
    expect(ask(remark).kind).toBe("answer");
  });

  it("reads a Korean pronoun as the previous answer's subject, even beside a named runtime", () => {
    const apply = ask(
      "우리 containerd 노드 파드에는 그거 어떻게 붙여요? 순서대로요",
      "gVisor가 뭐야?",
    );
    expect(apply.entryIds[0]).toBe("runtime-class");
  });

  it("keeps a follow-up's own yes/no wording instead of the previous intent", () => {
    const same = ask("그럼 conmon 이랑 containerd-shim 이랑 같은거야?", "what does a shim even do");
    expect(same.intent).toBe("yesno");
  });

  it("moves to the entry about a subject word the follow-up brings", () => {
    const removedIn = "dockershim removal was in which release again?";
    const deprecated = ask("and the deprecation, since when?", removedIn);
    expect(deprecated.entryIds[0]).toBe("dockershim-deprecation-1-20");
    expect(firstSentence(deprecated.text)).toContain("1.20");
    // "언제" is the glossary's "when", which the removal entry's title holds: a way of asking, not a subject.
    const korean = ask(
      "그럼 deprecated 는 언제였어요?",
      "we're on 1.23 going to 1.24, do our docker nodes break? removal is in 1.24 right?",
    );
    expect(korean.entryIds[0]).toBe("dockershim-deprecation-1-20");
    // A common word the follow-up adds ("work") is no new subject.
    const stays = ask(
      "does that still work on 1.34?",
      "where does kubeadm keep the node's cri socket?",
    );
    expect(stays.entryIds[0]).not.toBe("what-keeps-working");
  });

  it("leads with the newly named subject's sentence when the entry stays the same", () => {
    const k3s = ask("what about containerd on k3s?", "where's the crio socket");
    expect(firstSentence(k3s.text)).toContain("/run/k3s/containerd/containerd.sock");
    const crio = ask("and for cri-o?", "where do i put registry mirror config for containerd");
    expect(firstSentence(crio.text)).toContain("registries.conf");
  });

  it("asks the previous question about a subject named alone ('미니큐브는?')", () => {
    const a = ask("미니큐브는?", "kind 클러스터에 로컬 이미지 넣는 명령어 뭐였지");
    expect(a.kind).toBe("answer");
    // The previous turn asked for a command: the follow-up keeps that intent.
    expect(a.intent).toBe("command");
    expect(a.text).toContain("minikube");
  });

  it("keeps 'that file' on the previous answer's subject instead of the best match for 'file'", () => {
    const a = ask(
      "그 설정 파일 어딨어?",
      "containerd 깔고 kubeadm join 하는데 'CRI v1 runtime API is not implemented' 뜸 왜 이래요",
    );
    expect(a.entryIds[0]).not.toBe("crio-config");
    expect(firstSentence(a.text)).toContain("/etc/containerd/config.toml");
    // "그 중에 EKS는?" picks a new subject among the previous answer's, not the previous one.
    expect(
      ask("그 중에 EKS 는 기본으로 뭐 씀?", "도커심 없어지고 대신 뭐 써야 돼?").entryIds[0],
    ).toBe("managed-kubernetes");
  });

  it("answers a wordy follow-up that lands on the previous answer's entry", () => {
    const previous = "도커 지원 끊긴게 1.22 부터 맞죠?";
    const first = ask(previous);
    const next = ask("그럼 1.23은 얼마나 더 지원해줬어?", previous);
    expect(next.kind).toBe("answer");
    expect(next.entryIds[0]).toBe(first.entryIds[0]);
    // Alone, the same words are not enough to answer.
    expect(ask("1.23은 얼마나 더 지원해줬어?").kind).toBe("decline");
  });

  it("reads 'same thing for X?', a short '…는?' phrase and '…for that' as follow-ups", () => {
    const previous = "where do i put registry mirror config for containerd now?";
    expect(firstSentence(ask("same thing for cri-o nodes?", previous).text)).toContain(
      "registries.conf",
    );
    expect(
      ask("CRI-O 쓰는 클러스터는?", "containerd 레지스트리 미러 설정 어디에 넣어?").text,
    ).toContain("registries.conf");
    const file = ask(
      "ok which file do i edit for that",
      "kubelet keeps logging CRI v1 runtime API is not implemented, containerd is running, why",
    );
    expect(file.text).toContain("/etc/containerd/config.toml");
  });

  it("does not read 'instead' as a new subject of a follow-up", () => {
    const a = ask(
      "ok so what should we use instead for the builds",
      "we have a jenkins agent pod that mounts /var/run/docker.sock to build images. what happens to it on containerd nodes",
    );
    expect(a.text).toMatch(/BuildKit|buildah/);
  });

  it("swaps only the previous subject of the same kind for a newly named one", () => {
    // crun replaces runc; the question stays about CRI-O's default.
    const a = ask("crun 은?", "is runc the default runtime in cri-o?");
    expect(a.text).toMatch(/crun/);
    expect(a.entryIds.slice(0, 2)).toContain("crio-config");
  });

  it("does not repeat the previous answer for words that ask nothing", () => {
    const previous = "도커심은 왜 제거됐어?";
    for (const q of ["thanks!", "<!channel> hi", "ㅋㅋ 감사"])
      expect(ask(q, previous).kind).toBe("decline");
    // One word of the field alone still leans on the previous turn.
    expect(ask("1.27?", previous).kind).toBe("answer");
  });

  it("asks what an unresolvable follow-up refers to", () => {
    for (const q of ["and for CRI-O?", "그럼 롤백은?"]) {
      const a = ask(q);
      expect(a.kind).toBe("decline");
      expect(a.text).toMatch(/refers to|무엇에 대한/);
    }
  });
});

describe("a neighbour named only in the asker's background", () => {
  it("does not decline a lookup in the field asked first", () => {
    const a = ask(
      "which crictl command lists images on a node? we only know docker-compose on laptops",
    );
    expect(a.kind).toBe("answer");
    expect(firstSentence(a.text)).toContain("crictl images");
    // Asking for the neighbour's own advice is still declined, however the runtime is named.
    const cni = ask("containerd로 가면서 CNI도 갈아탈까 하는데 뭐가 좋아요? 지금 flannel 씀");
    expect(cni.kind).toBe("decline");
  });
});

describe("a question quoted inside a request about it", () => {
  it("is answered when the request around it is not", () => {
    const a = ask(
      "회의록 정리하다가 '쿠버네티스가 도커 지원 왜 끊었지' 질문 나왔는데 두세줄 요약 부탁",
    );
    expect(a.kind).toBe("answer");
    expect(a.entryIds[0]).toBe("why-dockershim-removed");
  });
});

describe("a word ending in 너 ('컨테이너는 뭐야?')", () => {
  it("is not a question about the bot", () => {
    const pause = ask("노드마다 떠 있는 pause 컨테이너는 뭐야?");
    expect(pause.kind).toBe("answer");
    expect(firstSentence(pause.text)).toContain("pause");
    expect(ask("너는 뭐야?").kind).toBe("decline");
  });
});

describe("Slack abbreviations for runtimes", () => {
  it("reads ctrd as containerd and cri-d as cri-dockerd", () => {
    const socket = ask("ctrd 소켓 경로 어디임?");
    expect(socket.kind).toBe("answer");
    expect(firstSentence(socket.text)).toContain("/run/containerd/containerd.sock");
    expect(ask("is cri-d still maintained?").entryIds[0]).toMatch(/^cri-dockerd/);
  });
});

describe("yes/no questions an entry had no yes/no lead for", () => {
  it("get one that answers them, with the fact in the first sentence", () => {
    const schema1 = ask("will containerd 2.0 still pull our old schema 1 images?");
    expect(firstSentence(schema1.text)).toMatch(/^No, .*schema 1/);
    const sections = ask("containerd 2.x 가면 config.toml cri 섹션 이름도 바뀌나요?");
    expect(firstSentence(sections.text)).toContain("io.containerd.cri.v1.runtime");
    const ctr = ask("ctr이랑 crictl 같은 도구야?");
    expect(firstSentence(ctr.text)).toMatch(/^아니요/);
  });

  it("do not treat 'good' or 'every' as words of the field", () => {
    expect(ask("good morning everyone, anybody around?").kind).toBe("decline");
  });
});

describe("replacements an entry had no lead for", () => {
  it("name the new thing first", () => {
    expect(
      firstSentence(
        ask("GPU workers used nvidia-docker2 under Docker; what replaces it on containerd?").text,
      ),
    ).toContain("NVIDIA Container Toolkit");
    expect(firstSentence(ask("cri-o 는 이제 runc 대신 뭘 기본으로 돌려?").text)).toContain("crun");
  });
});

describe("two dates asked", () => {
  it("answers the first ask first, when search liked the second's entry best", () => {
    const a = ask("when did the CRI api first land in kubernetes, and when did v1 become stable?");
    expect(firstSentence(a.text)).toMatch(/1\.5/);
    expect(a.text).toContain("1.23");
  });

  it("hears two dates joined the Korean way ('언제고 … 언제') or with a plus", () => {
    const ko = ask("CRI가 쿠버네티스에 들어온 건 언제고 v1 안정화는 언제였어?");
    expect(firstSentence(ko.text)).toMatch(/1\.5/);
    expect(ko.text).toContain("1.23");
    expect(splitAsks("1.24 release date + which containerd it recommended")).toHaveLength(2);
  });
});

describe("a move to 'plain' containerd", () => {
  it("gets the containerd steps, whatever adjective sits before the runtime", () => {
    const a = ask(
      "we're on cri-dockerd today; what's the order to move a node to plain containerd?",
    );
    expect(a.entryIds[0]).toBe("migrate-to-containerd");
  });
});

describe("a checklist before the 1.24 upgrade", () => {
  it("is answered with everything to check, in one first sentence", () => {
    const a = ask("1.24 올리기 전 체크리스트 알려줘");
    expect(a.kind).toBe("answer");
    const first = firstSentence(a.text);
    for (const thing of [
      "CONTAINER-RUNTIME",
      "--container-runtime-endpoint",
      "/var/run/docker.sock",
    ])
      expect(first).toContain(thing);
  });
});

describe("a removed thing coming back", () => {
  it("is answered that it never came back, with what took its place", () => {
    for (const q of ["is dockershim ever coming back?", "도커심 다시 돌아오나요?"]) {
      const a = ask(q);
      expect(a.entryIds[0]).toBe("dockershim-removal-1-24");
      expect(firstSentence(a.text)).toMatch(
        /no later release has brought it back|다시 들어오지 않았/,
      );
      expect(a.text).toContain("cri-dockerd");
    }
  });

  it("lends no 'No' to another yes/no question about the removal", () => {
    // Written without an opener: "do our docker-built images still run after 1.24?" reached this
    // lead and got "아니요" (no, they don't), the opposite of the truth.
    const a = ask(
      "1.24에서 dockershim 빠졌다던데 dockershim 이 다시 생길 일은 없는 거죠? 이미지는 그대로 돌아가고?",
    );
    expect(firstSentence(a.text)).not.toMatch(/^(?:No|아니요|Yes|네)\b/);
  });
});

describe("near misses", () => {
  it.each([
    "Dockerfile 잘 짜는 법",
    "how do I convert docker-compose to kubernetes yaml",
    "Calico vs Cilium which CNI",
    "how to schedule pods on GPU nodes",
    "컨테이너 타임존 KST로 바꾸는 법",
    "docker swarm vs kubernetes",
    // Each topic's vocabulary, not one wording: a cloud bill, a managed disk, a Dockerfile instruction.
    "would switching our nodes to containerd save anything on the aws bill",
    "EBS랑 EFS 중에 postgres 파드엔 뭐가 나아?",
    "does kubernetes use the HEALTHCHECK from my image?",
    "containerd로 바꾼 뒤 파드 통신이 안 돼요. CNI 뭐 써야 돼요?",
    // Whole-topic vocabulary: Services and DNS, placement, app data, image size, laptops,
    // clock skew, access control, scaling, sizing, plus the probe/manifest/config/observability neighbours.
    "우리 api 서비스 NodePort로 열었는데 밖에서 안 붙어요",
    "service names stop resolving inside pods after a while, dns times out",
    "배치 작업 파드를 전용 노드에만 올리고 싶은데요",
    "keep the two web replicas away from the same node",
    "mysql 파드 죽으면 데이터 다 날아가나요?",
    "our node app image is 1.5GB, how do we shrink the image size",
    "회사 맥북에서 도커 데스크탑 자꾸 멈춰요",
    "my docker desktop eats all the cpu, can i limit it",
    "how many gpus can one pod request, and where do i put nvidia.com/gpu",
    "네임스페이스 사이 트래픽 네트워크폴리시로 막는 법",
    "파드 간 트래픽 막으려면 어떻게 해요",
    "our eks bill doubled this quarter, is the runtime to blame?",
    "앱 로그 찍히는 시간이 9시간 밀려 있어요",
    "give the qa team read-only access to one namespace, service account or role?",
    "주문 많을 때 파드 자동으로 늘어나게 하려면",
    "PSP 1.25에서 없어졌는데 대체는?",
    "Dockerfile에서 apt-get 캐시 지우는게 이미지 용량에 효과 있음?",
    // Licensing, instance pricing, Helm values, Windows Dockerfiles, pod CIDRs, the bot itself.
    "is Docker Desktop still free for a 300-person company?",
    "spot vs on-demand for EKS worker nodes, how much can we save?",
    "helm upgrade 할때 runtimeClassName 값만 --set 으로 바꾸는 명령어 뭐예요?",
    "윈도우 컨테이너 이미지 Dockerfile 에서 FROM 은 servercore 랑 nanoserver 중에 뭐 써야돼요?",
    "kubeadm init 할때 --pod-network-cidr 값 뭐로 줘야 함?",
    "너 누가 만들었어?",
    // Round 12: each neighbour's vocabulary — a pod's node in a kubectl listing, base images
    // swapped for size, uninstalling Docker Desktop, replacing the CI server, spot savings,
    // known-vulnerable libraries, the node OS's lifecycle and patches, the app's own crashes,
    // database tuning.
    "kubectl command to show every pod with the node it runs on?",
    "우리 앱 이미지 alpine 말고 distroless로 가면 더 가벼워져?",
    "도커 데스크탑 지우면 받아둔 이미지도 같이 없어져요?",
    "while we're at it, should we ditch jenkins? what would replace it",
    "how much would we save moving the batch node group to spot",
    "log4j 취약한 버전 들어간 이미지 찾는 법",
    "when does rhel 8 reach end of support? half our nodes run it",
    "when does standard support for ubuntu 22.04 end, our nodes are on jammy",
    "GKE 1.27 지원 종료 언제예요?",
    "what's a CNI plugin, in plain words",
    "CNI가 정확히 뭐예요?",
    "커널 보안 패치 때문에 노드 재부팅 돌려야 하는데 순서 어떻게 해요?",
    "gdb로 파드 안 프로세스에 붙어서 segfault 원인 보고 싶어요",
    "what shared_buffers should postgres get in a 4Gi pod",
    // Round 8: Docker Desktop's daemon errors, EXPOSE, anti-affinity with a named RuntimeClass,
    // and security groups are laptop, Dockerfile, scheduling and network questions.
    "docker desktop on windows says it cannot connect to the docker daemon after an update",
    "is EXPOSE in the Dockerfile what opens the port for a kubernetes Service?",
    "spread our gvisor runtimeclass pods with pod anti-affinity across zones",
    "pods can't reach redis, do i need to open the security group on the node pool?",
    "ctrd 노드로 옮긴 뒤 hostPort 쓰는 파드끼리 포트 충돌나요",
    "which AMI saves us more on spot nodes now that everything runs containerd?",
    "containerd 워커에서 max-pods 올리려면 ENI 개수 어떻게 계산해요?",
    "after the containerd rebuild the kubelet registers the wrong node IP on dual-NIC hosts",
    // Round 8, second pass: CI/CD systems, registry and instance costs, version skew and
    // certificate lifetimes, Pod Security levels, and "only X pods on these nodes" placement.
    "circleci or github actions for shipping to our containerd clusters?",
    "GHCR랑 Docker Hub 중에 이미지 보관 비용 어디가 더 싸요?",
    "for the containerd workers, c6i.2xlarge or m6i.xlarge?",
    "can the kubelets lag one minor version behind the control plane? what's the allowed skew",
    "when do the kubeadm certificates expire on our nodes?",
    "the namespace enforces restricted pod security and our runtime class pods get rejected",
    "nvidia 런타임 설정은 끝났고 GPU 노드엔 학습 파드만 뜨게 하고 싶어요",
    // Round 8: who may run kubectl against what is access control.
    "who is allowed to kubectl delete in the staging namespace?",
    // Round 8: "cheaper" asks about cost as much as "cost" does; a named cloud CNI is a networking choice.
    "would serverless fargate pods come out cheaper than our own worker nodes?",
    "latency between pods on two nodes, should we blame the aws vpc cni?",
    // A runtime named in passing does not keep a scheduling or storage question in scope.
    "we installed the nvidia toolkit on the containerd gpu nodes. how do i make sure only gpu workloads get scheduled there and nothing else?",
    "kata pods keep getting evicted for ephemeral storage — how should i size emptyDir / ephemeral-storage requests for them?",
    // Node administration next to the runtime: reservations, sysctls, certificates, metrics, control-plane upgrades.
    "how much memory should I reserve for the kubelet (system-reserved) on containerd nodes",
    "containerd 노드에서 sysctl net.core.somaxconn 바꾸는 법",
    "metrics-server shows unknown cpu after switching to containerd",
    "쿠버네티스 업그레이드 순서 (control plane 먼저?) 1.27→1.28",
    "minikube dashboard 안 열려요",
    "컨테이너 안 시간이 UTC로 나와요 containerd 때문인가요",
    "cost of running containerd vs docker on EC2",
    // Creative writing names a topic only in passing.
    "write me a haiku about kubernetes pls",
    "containerd 로 삼행시 지어줘",
    "도커허브 무료 플랜이면 pull 한도 몇 번이에요",
    "readiness probe 계속 실패해서 롤아웃이 멈춤",
    "configmap 고치면 파드에 바로 반영돼?",
    "which logging stack should we pick, loki or elasticsearch?",
    // Windows nodes and local clusters keep only their runtime questions.
    "윈도우 노드에만 우리 .NET 파드 뜨게 하려면 어떻게 해요",
    "minikube 에서 ingress addon 켜는 법",
    "the app pod restarted overnight and the uploaded files were gone",
    "docker network create 로 묶던 컨테이너들 k8s에서는?",
    // Round 11: OpenShift's SecurityContextConstraints are pod security, on any runtime.
    "our cri-o pods on openshift are blocked by the restricted-v2 scc, which one should we grant?",
    // What an account may do is access control.
    "신입 계정이 네임스페이스에 디플로이먼트 만들 권한 있는지 보려면?",
    "what's docker run --restart=always in kubernetes terms",
    // Round 9: image scanning and signing, sizing requests/limits and evictions, pipeline YAML,
    // a Role for exec, and messages to write.
    "which scanner catches more CVEs in our base layers, grype or trivy?",
    "컨테이너 이미지 취약점 스캔 파이프라인에 넣으려면?",
    "java pod keeps getting OOMKilled, how much memory limit should it get",
    "pods evicted with low on resource: ephemeral-storage, what request should i give them",
    "gitlab-ci yml job that builds and pushes our image, got an example?",
    "개발자들한테 pods/exec 권한만 주는 Role 어떻게 만들어요?",
    "팀 채널에 올릴 신입 환영 메시지 좀 작성해줘",
    "how much more per month would three extra worker nodes cost us",
    "도커 데스크탑 회사에서 유료라는데 계속 써도 돼요?",
    "윈도우 노드용 Dockerfile에서 RUN으로 powershell 쓰는 법",
    // Round 10: a pipeline's stages and artifacts are the CI system's, whichever builder runs.
    "github actions matrix로 arm/amd 따로 도는 stage 어떻게 나눠? 빌드는 buildkit",
    // Swapping or upgrading the CNI plugin itself is networking.
    "is it safe to replace our cni with a different one while pods are running?",
    "CNI 플러그인 교체할 때 노드 재부팅 필요함?",
    // Round 13: what a registry charges and the cheapest machine; node and container metrics,
    // audit logs; a dependency install re-run on every build; one CI product against another and
    // a CI system's own credentials; a managed node image's upgrade channel and node access
    // without SSH; an app that cannot reach its database; tag naming and retention; disruption
    // budgets; compose v1 against v2.
    "what does ECR charge per GB-month for stored images",
    "which is the cheapest instance type for a small gpu inference node group",
    "how do i set up node exporter and grafana dashboards for container metrics",
    "클러스터 전체 노드 cpu 사용량 한눈에 보는 법",
    "how do I enable audit logs on the api server",
    "pip install runs again on every build even though requirements didn't change",
    "jenkins vs tekton for our image pipelines?",
    "gitlab ci 랑 github actions 중에 뭐가 나아요",
    "our argo cd can't read the git ssh credentials",
    "gke node image auto-upgrade 채널 뭐로 해요",
    "how do i get into an eks node without ssh",
    "app pod can't connect to the mysql on rds, timeout",
    "디비 연결이 자꾸 끊겨요 파드에서",
    "what's a good image tagging strategy for rollbacks",
    "harbor 에서 오래된 태그 자동 삭제 정책 거는 법",
    "PDB 설정 어떻게 해야 drain 이 안 막혀요",
    "do we need to move from docker-compose v1 to compose v2",
    "학습 파드를 gpu 노드에만 띄우고 싶어요",
    // Which CUDA a GPU driver supports; a CNI asked for with a topic particle.
    "cuda 12 이미지가 드라이버 525랑 호환돼요?",
    "host has driver 550, will a cuda 12.6 image work?",
    "CNI는 뭘로 까는 게 좋아요?",
    "레플리카들이 같은 노드에 몰리지 않게 하는 법",
    // Neighbours nobody had listed: backups, policy engines and secret managers, kubectl helpers,
    // GPU partitioning, and picking a registry product.
    "how do I back up our cluster with velero before the upgrade",
    "kyverno policy that blocks the latest tag",
    "store db passwords in vault and inject into pods",
    "k9s 단축키 알려줘",
    "nvidia mig 프로필 바꾸는 법",
    "which registry should we pick, harbor or ecr?",
  ])("declines %s with one line saying why and what it covers", (q) => {
    const a = ask(q);
    expect(a.kind).toBe("decline");
    expect(a.text.split("\n")).toHaveLength(1);
    expect(a.text).toMatch(/containerd/);
  });

  it.each([
    "gvisor runtimeclass 설정",
    "nvidia container toolkit containerd setup",
    "windows node containerd endpoint npipe",
    "kind에서 로컬 이미지 쓰는 법",
    // Docker on laptops and build servers after dockershim's removal is the field, not laptop trouble.
    "what happens to docker on my laptop now that kubernetes removed dockershim? do i need to uninstall it",
    "can we still use docker compose on our build servers after 1.24?",
    // Runtime questions that share words with the wider vocabulary above.
    "jenkins 에이전트가 docker.sock 볼륨 마운트하던 거 containerd 노드에선?",
    "docker hub pull limit 때문에 containerd hosts.toml 에 미러 두려면",
    "promtail이 containerd 로그를 cri 형식으로 못 읽어요",
    "does the serviceaccount imagePullSecret still work on containerd",
    "kaniko build cache 설정",
    "kubelet에서 --network-plugin=cni 지우고 containerd로 바꾸면 CNI 교체해야 돼?",
    "what should we use instead of docker-in-docker to build images on self-hosted gitlab-ci runners?",
    "윈도우 노드에는 도커 대신 뭐가 돌아요?",
    "k3s 는 어떤 런타임 써?",
    // kube-proxy as a workload a runtime tool lists, not a networking question.
    "moved our nodes to containerd and now `docker ps` shows nothing, not even the kube-proxy container. whats the equivalent?",
    "왜 쿠버네티스가 도커를 버린 거예요?",
    // "Kubernetes dropped Docker support" names the dockershim removal, whatever guess follows.
    "쿠버네티스가 도커 지원 뺀 게 도커 회사 사정 때문이라던데 사실이에요?",
    "someone said kubernetes dropped docker support because docker inc was going under, true?",
    // Round 9: limits across a runtime switch, and a base image's old manifest schema.
    "do our memory limits keep working when the nodes switch to containerd?",
    "containerd 2.0 에서 schema 1 으로 푸시된 옛날 base image 는 못 받아요?",
    // Whether a runtime switch means rewriting Dockerfiles is the field's question.
    "containerd 로 옮기면 우리 Dockerfile 새로 짜야 함?",
    // Round 13: the runtime's own tools and steps beside the new neighbours' words.
    "crictl stats shows cpu usage per container?",
    "how do i clean up old images on the node's disk with crictl",
    "kubectl drain before switching the runtime to containerd, pdb blocks it, what order",
    "노드에 ssh로 들어가서 crictl로 직접 보는 방법은?",
    "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
    "containerd에서 harbor 미러를 hosts.toml에 어떻게 적어요?",
    "does the nvidia container toolkit work with containerd 2.0?",
    // Hearsay ("안 보인다는데", "쓰라고 하면") is how the asker heard of it, not an unknown topic.
    "고객사 워커에서 docker ps 하면 컨테이너가 하나도 안 보인다는데 대신 뭘 쓰라고 하면 돼요?",
    // GPU nodes named as where a runtime question happens, not where pods should go.
    "containerd 재시작하면 gpu 노드 파드 죽어요?",
    "if we patch and restart containerd, do the jobs running on the gpu nodes die?",
    "what are the containerd-shim-runc-v2 processes on our gpu nodes?",
  ])("keeps %s in scope", (q) => {
    expect(ask(q).kind).toBe("answer");
  });
});

describe("why docker ps shows nothing on a containerd node", () => {
  it("is answered by the containerd namespace the kubelet's containers live in", () => {
    for (const q of [
      "how come docker ps prints nothing on our workers now, even though pods are up?",
      "워커에서 docker ps 치면 아무것도 안 나와요 파드는 잘 도는데 왜죠",
    ]) {
      const a = ask(q);
      expect(a.entryIds[0]).toBe("containerd-namespaces");
      expect(a.text.split("\n")[0]).toContain("k8s.io");
    }
  });
});

describe("an entry about several tools", () => {
  it("opens with the sentence about the tool that was asked about", () => {
    // "쓰는" also sits in the nerdctl sentence; "ctr" is what was asked.
    const ctr = ask("ctr로 파드가 쓰는 이미지 확인하는 명령어 알려줘");
    expect(ctr.text.split("\n")[0]).toContain("ctr -n k8s.io images ls");
    const nerdctl = ask("nerdctl 로 노드에서 이미지 빌드하려면 명령 뭐 씀?");
    expect(nerdctl.text.split("\n")[0]).toContain("nerdctl build");
  });
});

describe("scripts that call docker on the node", () => {
  it("fail on containerd nodes, and a yes/no about them opens with the answer", () => {
    const impact = ask(
      "what happens to the node scripts that shell out to docker once the workers run containerd?",
    );
    expect(impact.text.split("\n")[0]).toMatch(/crictl/);
    const yesno = ask("워커 점검 스크립트가 docker logs 쓰는데 containerd 바꾸면 못 쓰게 되나요?");
    expect(yesno.text.split("\n")[0]).toMatch(/^네,.*crictl/);
  });
});

describe("restarting the runtime daemon", () => {
  it("is its own entry: running containers survive a containerd or crio restart", () => {
    const en = ask("if I bounce containerd on a busy node, are the running pods killed?");
    expect(en.entryIds[0]).toBe("daemon-restart");
    expect(firstSentence(en.text)).toMatch(/^No, .*shim/);
    const crio = ask("cri-o 패치하느라 crio 재시작하면 컨테이너들 다 내려가요?");
    expect(firstSentence(crio.text)).toMatch(/^아니요, .*conmon/);
  });

  it("answers whether crictl works with CRI-O with a yes, not the build caveat", () => {
    expect(firstSentence(ask("can i use crictl against cri-o as well?").text)).toMatch(/^Yes, /);
  });
});

describe("how much a node costs and how much a container uses (round 12)", () => {
  it("declines what a node saves but answers what replaces docker stats", () => {
    expect(ask("AKS 노드풀 spot 으로 바꾸면 얼마나 아낌?").kind).toBe("decline");
    const usage = ask(
      "GPU 노드에서 잡들이 메모리 얼마나 쓰는지 docker stats 로 봤는데 containerd 에선 뭘 써요?",
    );
    expect(usage.kind).toBe("answer");
    expect(firstSentence(usage.text)).toContain("crictl stats");
  });
});

describe("a Korean question typed without spaces (round 12)", () => {
  it("is answered from the field's short words inside it", () => {
    const glued = ask("쿠버네티스가도커를왜버린거야?");
    expect(glued.kind).toBe("answer");
    expect(glued.entryIds[0]).toBe("why-dockershim-removed");
  });
});

describe("neighbours named beside the runtime (round 12)", () => {
  it.each([
    "젠킨스 대신 tekton 쓰면 노드 docker.sock 마운트 문제 해결됨?",
    "our jenkins agents mount docker.sock, what breaks on containerd?",
    "kubectl get pods -o wide 에 나오는 노드가 어떤 런타임인지 어떻게 봐?",
    "EKS 1.23 standard support is ending, do we have to move the nodes to containerd first?",
    "after 1.24, who sets up CNI, the kubelet or the runtime?",
  ])("stays in scope: %s", (q) => {
    expect(ask(q).kind).toBe("answer");
  });
});

describe("a yes or no about a tool the question never names (round 12)", () => {
  it("answers whether docker-built images run, not whether crictl builds", () => {
    const run = ask("노드가 도커에서 빠지면 우리가 docker build 로 만든 이미지 이제 못 돌림?");
    expect(run.entryIds[0]).toBe("docker-images-still-run");
    expect(firstSentence(run.text)).toContain("OCI");
  });

  it("does not answer a yes/no about one tool with the yes or no asked about another", () => {
    const buildah = ask("is buildah ok to run unprivileged in our jenkins pods?");
    expect(firstSentence(buildah.text)).not.toMatch(/crictl has no build/);
  });

  it("keeps the build entry's yes or no when its tool is named", () => {
    expect(ask("kaniko 아직 써도 됨?").entryIds[0]).toBe("build-images-without-docker");
    expect(firstSentence(ask("can crictl build images now?").text)).toMatch(/crictl/);
  });
});

describe("a relayed question (round 12)", () => {
  it("answers the question relayed, not how to word an answer", () => {
    const relayed = ask("고객사에서 containerd가 정확히 뭐냐고 물어보는데 한 줄로 뭐라고 설명함?");
    expect(relayed.entryIds[0]).toBe("containerd");
  });
});

describe("a thing asked about where a runtime is named (round 21)", () => {
  it.each([
    "will pods that mount docker.sock keep working on containerd?",
    "our jenkins agents mount /var/run/docker.sock to build images. will that keep working once the nodes move to containerd?",
  ])(
    "answers %s with the docker.sock mounts' no, not the yes written for limits and images",
    (q) => {
      const a = ask(q);
      expect(a.entryIds[0]).toBe("docker-sock-mounts");
      expect(firstSentence(a.text)).toMatch(/^No\b/);
    },
  );

  it("keeps the yes for what does carry over", () => {
    const a = ask("will our requests and limits still work after moving to containerd?");
    expect(firstSentence(a.text)).toMatch(/^Yes\b/);
  });
});

describe("where a kubeadm node keeps the kubelet's flags (round 21)", () => {
  it.each([
    "which file holds the kubelet's extra flags on a kubeadm node?",
    "kubeadm 노드에서 kubelet 추가 플래그는 어느 파일에 들어가 있어요?",
  ])("answers %s with kubeadm-flags.env and KUBELET_EXTRA_ARGS", (q) => {
    const first = firstSentence(ask(q).text);
    expect(first).toContain("/var/lib/kubelet/kubeadm-flags.env");
    expect(first).toContain("KUBELET_EXTRA_ARGS");
  });
});

describe("the runtime daemon's own log, not its containers' (round 21)", () => {
  it.each([
    ["where is the containerd daemon's own log on a systemd node?", "journalctl -u containerd"],
    ["CRI-O 데몬 자체 로그는 어디서 봐요?", "journalctl -u crio"],
  ])("answers %s from the journal", (q, command) => {
    expect(firstSentence(ask(q).text)).toContain(command);
  });

  it("still answers where container logs are with /var/log/pods", () => {
    expect(
      firstSentence(ask("where are container logs stored on containerd nodes?").text),
    ).toContain("/var/log/pods");
  });
});

describe("an entry kept for k3s and RKE2 (round 21)", () => {
  it("does not answer a plain containerd question that names neither", () => {
    const a = ask(
      "containerd에 레지스트리 미러 추가하려는데 설정파일 어디있어요? /etc/containerd/config.toml 맞나",
    );
    expect(a.entryIds[0]).not.toBe("k3s-rke2-config");
    expect(firstSentence(a.text)).toMatch(/hosts\.toml|certs\.d/);
  });

  it.each([
    ["k3s 에서 registry mirror 어디서 설정해?", "/etc/rancher/k3s/registries.yaml"],
    [
      "where are the containerd logs on rke2?",
      "/var/lib/rancher/rke2/agent/containerd/containerd.log",
    ],
  ])("answers %s when k3s or RKE2 is named", (q, fact) => {
    expect(firstSentence(ask(q).text)).toContain(fact);
  });
});
