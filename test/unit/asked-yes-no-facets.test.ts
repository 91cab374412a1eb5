import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/core/bot-core.ts";
import { detectIntent } from "../../src/core/retrieval/intent.ts";
import { askAfter, loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});
const answer = (q: string, after?: string) => askAfter(core, q, after);

describe("a yes/no facet written for the thing the question names", () => {
  it("answers an agent said to read docker.sock with a no, not 'it depends'", () => {
    const a = answer(
      "our falco daemonset mounts /var/run/docker.sock to see containers. will it keep working once nodes are containerd?",
    );
    expect(a.text).toMatch(/^No: an agent that mounts `\/var\/run\/docker\.sock`/);
  });

  it("still hedges for an agent whose setup the question does not give", () => {
    expect(answer("does the dynatrace agent keep working on containerd nodes?").text).toMatch(
      /^It depends/,
    );
  });
});

describe("asking whether the other runtime has 'such a thing'", () => {
  it("is answered by the counterpart on the runtime named", () => {
    const a = answer(
      "cri-o 쪽에도 그런 거 있어?",
      "containerd 노드에 containerd-shim 프로세스가 잔뜩 떠있는데 이건 뭐하는 거야?",
    );
    expect(a.entryIds[0]).toBe("conmon");
  });
});

describe("whether something is all right, asked as a bare adjective", () => {
  it("reads 'ok to keep?' and 'safe to leave?' as yes/no", () => {
    expect(detectIntent("containerd 1.6.1 on our 1.24 nodes — ok to keep?")).toBe("yesno");
    expect(detectIntent("safe to leave them as they are?")).toBe("yesno");
    expect(detectIntent("which version is safe?")).not.toBe("yesno");
  });

  it("answers a release with the 1.24 CNI bugs with a no", () => {
    expect(answer("our 1.24 workers report containerd://1.6.3, ok to keep?").text).toMatch(
      /^No: containerd 1\.6\.0 through 1\.6\.3 are not recommended for 1\.24/,
    );
  });
});

describe("a hostPath of the whole /var/run directory", () => {
  it("counts as reaching docker.sock", () => {
    expect(
      answer(
        "our log daemonset mounts the entire /var/run as a hostPath — is that on the docker.sock list too?",
      ).text,
    ).toMatch(/^Yes: a Pod that mounts the whole `\/var\/run` directory/);
  });
});

describe("checking the cgroup driver, not the cgroup version", () => {
  it("opens with where each side's driver is set", () => {
    expect(answer("SystemdCgroup 제대로 켜졌는지 노드에서 확인하려면?").text).toMatch(
      /^kubelet 쪽 드라이버는/,
    );
    expect(answer("how do I check if this node is on cgroup v2?").text).toMatch(/stat -fc %T/);
  });
});

describe("facets kept to their task words (round 22, late)", () => {
  it("pins crictl's endpoint in /etc/crictl.yaml, not the list of everyday commands", () => {
    expect(
      answer("crictl 매번 엔드포인트 물어봐서 짜증남. 소켓 고정하려면 어떻게 함?").text,
    ).toMatch(/^`crictl config --set runtime-endpoint=|^crictl 설정 파일은 `\/etc\/crictl\.yaml`/);
  });

  it("says what F and P mean in a CRI log line", () => {
    const a = answer(
      "로그 줄 중간에 있는 P랑 F는 뭐예요?",
      "containerd 로 바꾸고 나서 /var/log/pods 로그 형식이 json 이 아니던데 왜 그래요?",
    );
    expect(a.text).toMatch(/^CRI 로그 줄의 세 번째 칸은 태그로/);
  });

  it("says who maintains cri-dockerd after the answer that introduced it", () => {
    const a = answer(
      "ok but who maintains it? we don't want an abandoned project on prod nodes",
      "can we keep docker engine on 1.29 nodes?",
    );
    expect(a.text).toMatch(/^cri-dockerd is maintained by Mirantis/);
  });
});
