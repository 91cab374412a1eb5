import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/core/bot-core.ts";
import { firstSentence } from "../../src/core/eval/evaluate.ts";
import { loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});
const lead = (q: string) => firstSentence(core.answerer.answerOffline(q).text);

// Entries hold several answers of one kind; the one about what was asked leads.
describe("answers from the containerd 2.x config entry", () => {
  it("gives the reason an old image stopped pulling, not the config format", () => {
    expect(lead("why can't containerd 2.0 pull an image we pushed back in 2016?")).toMatch(
      /schema 1/,
    );
    expect(lead("containerd 2.0 올린 뒤 옛날 이미지만 pull 안 되는 이유가 뭐야")).toMatch(
      /schema 1/,
    );
  });

  it("gives the reason a 1.x config stopped applying", () => {
    expect(lead("why is our old config.toml ignored after the containerd 2.0 upgrade?")).toMatch(
      /version = 3/,
    );
  });

  it("names the command for a fresh default config, not the migration", () => {
    expect(lead("containerd 기본 config.toml 다시 만드는 명령어 뭐였죠")).toMatch(
      /containerd config default/,
    );
  });
});

describe("a yes/no about pods that mount the node's docker.sock", () => {
  it("says the mount stops working on containerd nodes", () => {
    expect(
      lead("will our ci pods that mount the host docker.sock break on containerd nodes?"),
    ).toMatch(/^Yes, /);
    expect(lead("do pods mounting the node docker.sock still work once we're on cri-o?")).toMatch(
      /^No, /,
    );
  });
});

describe("a yes/no about kubenet on cri-dockerd", () => {
  it("says kubenet still works when asked for, and CNI is the default", () => {
    expect(lead("is kubenet still an option with cri-dockerd these days?")).toMatch(
      /^Yes, .*--network-plugin=kubenet/,
    );
    expect(lead("cri-dockerd 에서도 kubenet 계속 쓸 수 있나요?")).toMatch(/^네, .*kubenet/);
  });
});

describe("a facet written for one task", () => {
  it("answers steps for that task only", () => {
    expect(lead("steps to upgrade a node from containerd 1.7 to 2.0")).toMatch(/1\.x to 2\.x/);
    expect(lead("containerd 2.x 노드에 사내 레지스트리 미러 추가하는 순서")).toMatch(
      /hosts\.toml|config_path|certs\.d/,
    );
  });
});

describe("moving a setting, not a node, to containerd", () => {
  it("gets the setting's steps, not the node migration", () => {
    expect(lead("insecure registry 설정 containerd 로 옮기는 절차 알려줘")).toMatch(
      /hosts\.toml|config_path|certs\.d/,
    );
    expect(lead("노드를 containerd로 옮기는 순서")).toMatch(/cordon|drain/);
  });
});

describe("an impact question that describes its own setup", () => {
  it("is answered by what happens, not by a bare command that names the same mount", () => {
    const first = lead(
      "our gitlab runners mount /var/run/docker.sock through a hostPath volume - what happens to them on containerd nodes?",
    );
    expect(first).toMatch(/nothing answers/);
    expect(first).not.toMatch(/^`kubectl/);
  });
});

describe("patching runc and seccomp (round 15)", () => {
  it("says where containerd takes another runc binary from", () => {
    expect(
      lead("how do i make containerd use a runc binary from /opt/bin instead of the one on PATH?"),
    ).toMatch(/BinaryName/);
  });

  it("names the OCI runtime as what applies seccomp, and how to see it applied", () => {
    expect(
      lead("which component loads the seccomp filter into a container, the kubelet or runc?"),
    ).toMatch(/OCI runtime \(runc or crun\)/);
    expect(lead("seccomp 걸렸는지 노드에서 확인하는 방법")).toMatch(/crictl inspect/);
  });

  it("checks the runc version on the node", () => {
    expect(lead("노드 runc 버전 확인 어떻게 해?")).toMatch(/runc --version/);
  });
});

describe("CRI-O image policy and blocked registries (round 15)", () => {
  it("says yes to blocking a registry, with the registries.conf key", () => {
    const first = lead("can cri-o nodes refuse images from docker hub?");
    expect(first).toMatch(/^Yes;/);
    expect(first).toMatch(/blocked = true/);
  });

  it("says policy.json is shared, not CRI-O's own", () => {
    expect(lead("does podman also read /etc/containers/policy.json or is it crio-only?")).toMatch(
      /podman, buildah and skopeo/,
    );
  });
});

describe("CRI-O's reasons, each for its own question (round 15)", () => {
  it("answers why nodes run crun with the 1.31 default, not the registries reason", () => {
    expect(lead("how come crio is on crun now? we never changed crio.conf")).toMatch(/v1\.31\.0/);
    expect(lead("crio.conf 에 insecure_registries 넣었는데 왜 안 먹어?")).toMatch(
      /registries\.conf/,
    );
  });
});

describe("a yes/no facet answers only its own claim (round 15)", () => {
  it("keeps 'a containerd node needs no dockerd' for questions about needing dockerd", () => {
    expect(lead("do containerd nodes still need dockerd running")).toMatch(
      /^No; .*needs no dockerd/,
    );
  });

  it("does not answer 'can Docker Engine still be the runtime?' with it", () => {
    expect(lead("can i still run docker engine on k8s 1.29 nodes?")).toMatch(/^Yes; .*cri-dockerd/);
    expect(lead("docker CLI는 그냥 client고 실제 daemon은 dockerd 맞나?")).not.toMatch(/필요 없/);
  });
});

describe("patching runc and blocking a registry, asked as people ask (round 15)", () => {
  it("says yes, recreate the pods, to 'do running pods need a restart after the runc patch?'", () => {
    expect(
      lead("we patched runc for the CVE last night, do running pods need a restart to be covered?"),
    ).toMatch(/^Yes; .*recreate the pods/);
  });

  it("gives the blocking steps, not the runc switch, for a CRI-O procedure about a registry", () => {
    expect(lead("crio 노드에서 quay.io 이미지 pull 막는 방법")).toMatch(/blocked = true/);
    expect(lead("how do I switch cri-o back from crun to runc")).toMatch(
      /default_runtime = "runc"/,
    );
  });
});

describe("a facet scoped to a task the question names (round 17)", () => {
  it("answers 'who maintains dockershim' with its maintainer, not what dockershim was", async () => {
    const core = await loadRealCore();
    const en = core.answerer.answerOffline(
      "who maintains dockershim now that it is out of the kubelet?",
    );
    expect(firstSentence(en.text)).toMatch(/Mirantis/);
    const ko = core.answerer.answerOffline("도커심은 요즘 누가 유지보수해요?");
    expect(firstSentence(ko.text)).toMatch(/Mirantis/);
  });
});
