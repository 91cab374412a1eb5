import { beforeAll, describe, expect, it } from "vitest";
import { orientYesNo } from "../../src/core/answer/yes-no.ts";
import type { BotCore } from "../../src/core/bot-core.ts";
import { judgedBack } from "../../src/core/retrieval/question-parts.ts";
import { loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});
const ask = (q: string) => core.answerer.answerOffline(q);
const firstLine = (q: string) => ask(q).text.split("\n")[0] ?? "";

describe("a closing question that judges the settings pasted before it", () => {
  it("is found only when it judges (a problem, ok, 괜찮아) what came before", () => {
    expect(judgedBack("kubelet says systemd, runc options say false. is this a problem?")).toBe(
      "is this a problem?",
    );
    expect(judgedBack("kubelet은 systemd, containerd는 cgroupfs. 이 조합 괜찮아?")).toBe(
      "이 조합 괜찮아?",
    );
    expect(judgedBack("crio.conf에 미러 넣었는데 안 먹음. 이거 원래 되는 옵션 아님?")).toBe(
      undefined,
    );
  });

  it("answers the judgement, not the steps named by the pasted settings", () => {
    const q =
      "our kubelet config.yaml says `cgroupDriver: systemd` and containerd's runc options say `SystemdCgroup = false`. is this a problem?";
    expect(firstLine(q)).toMatch(/^Yes: the kubelet and the runtime have to use the same/);
  });
});

describe("a problem asked about expects the opposite yes/no of 'is it fine?'", () => {
  const lead = "No: they have to use the same cgroup driver.";
  const own = "is it ok if the kubelet uses systemd and containerd uses cgroupfs";
  it("flips for a problem or an issue, not for 'no problem'", () => {
    expect(orientYesNo(lead, "en", own, "is that mix an issue?")).toMatch(/^Yes/);
    expect(
      orientYesNo("아니요, 같아야 합니다.", "ko", "달라도 괜찮아?", "달라도 문제 없음?"),
    ).toMatch(/^아니요/);
    expect(
      orientYesNo("아니요, 같아야 합니다.", "ko", "달라도 괜찮아?", "이렇게 달라도 문제돼?"),
    ).toMatch(/^네/);
  });

  it("answers 'must I set SystemdCgroup too?' with yes", () => {
    expect(
      firstLine("kubeadm 기본 설정인데 containerd SystemdCgroup 도 true 로 맞춰줘야 함?"),
    ).toMatch(/^네, kubelet과 런타임은 같은 cgroup 드라이버/);
  });
});

describe("the laptop next to the cluster", () => {
  it("answers whether Docker Desktop may still be used now that the cluster dropped Docker", () => {
    const a = ask(
      "클러스터가 도커 지원 끝났다던데 제 노트북 Docker Desktop 도 이제 쓰면 안 되나요?",
    );
    expect(a.kind).toBe("answer");
    expect(a.text).toMatch(/^아니요, 개발자 PC/);
  });

  it("still declines Docker Desktop trouble on the laptop", () => {
    expect(ask("맥북 Docker Desktop 이 켜지다가 멈춰요 minikube 써야 되는데 어떡하죠").kind).toBe(
      "decline",
    );
  });
});

describe("neighbours that only share a word with the field", () => {
  it.each([
    "which Role lets the app team read pods/log in their namespace?",
    "kubectl logs 가 forbidden 이라는데 ClusterRole 에 뭘 추가해야 해?",
    "who keeps the on-call rotation sheet up to date?",
  ])("declines %s", (q) => {
    expect(ask(q).kind).toBe("decline");
  });
});

describe("starting minikube on a runtime", () => {
  it("gives the start flag, not how to load images or where the socket is", () => {
    expect(firstLine("minikube 를 cri-o runtime 으로 띄우는 명령어 뭐예요?")).toContain(
      "--container-runtime",
    );
    expect(firstLine("we run cri-o in prod; which minikube start option matches that?")).toContain(
      "--container-runtime",
    );
  });
});

describe("build tools and laptops next to the CI and desktop neighbours (round 22)", () => {
  it.each([
    "does crictl have a build command? we want docker gone from our jenkins agents",
    "jenkins 에서 docker build 대신 crictl 로 이미지 빌드 가능?",
    "우리 팀 노트북에서 Docker Desktop 으로 개발하는 거 계속 해도 되나요?",
  ])("answers %s", (q) => {
    expect(ask(q).kind).toBe("answer");
  });

  it.each([
    "docker desktop on my macbook says 'Cannot connect to the Docker daemon' after updating, is that dockershim?",
    "맥북에서 podman rootless 로 띄운 컨테이너가 443 포트를 못 잡아요",
    "노트북 반납은 어디에 신청해요?",
    "should we move off jenkins to github actions?",
  ])("declines %s", (q) => {
    expect(ask(q).kind).toBe("decline");
  });
});
