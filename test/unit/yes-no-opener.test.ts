import { describe, expect, it } from "vitest";
import { orientYesNo, stripYesNo } from "../../src/core/answer/yes-no.ts";

describe("a yes/no opener taken off a lead", () => {
  it("capitalises the English sentence that is left", () => {
    expect(stripYesNo("Yes; docker build images run unchanged.", "en")).toBe(
      "Docker build images run unchanged.",
    );
  });

  it("leaves a tool's name as it is spelled", () => {
    expect(stripYesNo("No, containerd-shim is not dockershim.", "en")).toBe(
      "containerd-shim is not dockershim.",
    );
    expect(stripYesNo("Yes; cri-dockerd is still maintained.", "en")).toBe(
      "cri-dockerd is still maintained.",
    );
    expect(stripYesNo("No: crictl cannot build images.", "en")).toBe("crictl cannot build images.");
  });

  it("leaves Korean as written", () => {
    expect(stripYesNo("아니요, containerd-shim은 dockershim이 아닙니다.", "ko")).toBe(
      "containerd-shim은 dockershim이 아닙니다.",
    );
  });
});

describe("a yes/no opener turned to the question asked", () => {
  const orient = (lead: string, asked: string, question: string, lang: "en" | "ko" = "en") =>
    orientYesNo(lead, lang, asked, question);

  it("answers the first of two opposite alternatives", () => {
    const lead = "Yes; cri-dockerd is still maintained by Mirantis.";
    const asked = "is cri-dockerd still maintained?";
    expect(orient(lead, asked, "does cri-dockerd still get releases or is it dead?")).toMatch(
      /^Yes;/,
    );
    expect(orient(lead, asked, "is it dead or does it still get releases?")).toMatch(/^No;/);
  });

  it("reads '… or not' and '되는지 안 되는지' as one question", () => {
    const lead = "Yes; docker-built images run unchanged, no rebuild.";
    expect(
      orient(lead, "do docker-built images still run?", "do we need to rebuild our images or not?"),
    ).toMatch(/^No;/);
    expect(
      orient(
        "네, 그대로 실행됩니다.",
        "도커 이미지 그대로 돌아가?",
        "도커 이미지 그대로 돌아가는지 안 돌아가는지?",
        "ko",
      ),
    ).toMatch(/^네,/);
  });

  it("reads 'not shown' and 'is that normal?' as asking about what is not shown (round 21)", () => {
    const lead = "아니요, crictl ps는 pause 컨테이너를 빼고 보여 줍니다.";
    const asked = "crictl ps에 pause 컨테이너도 보여?";
    expect(orient(lead, asked, "crictl ps에는 pause 안 나오는 거 맞죠?", "ko")).toMatch(/^네,/);
    expect(orient(lead, asked, "crictl ps에 pause 안 보이는데 정상임?", "ko")).toMatch(/^네,/);
    expect(orient(lead, asked, "crictl ps에 pause도 보여요?", "ko")).toMatch(/^아니요,/);
    expect(
      orient(
        "No; crictl ps leaves the pause containers out.",
        "does crictl ps show pause containers?",
        "crictl ps doesn't list pause containers, is that normal?",
      ),
    ).toMatch(/^Yes;/);
    // Its own sentence, and "or is something broken" after it, ask the same.
    expect(
      orient(
        "No; crictl ps leaves the pause containers out.",
        "does crictl ps show pause containers?",
        "crictl ps doesn't show any pause containers. is that normal or is something broken?",
      ),
    ).toMatch(/^Yes;/);
  });

  it("gives no yes or no to a choice between two things", () => {
    const lead = "Yes; under Kubernetes there is one shim per pod.";
    expect(
      orient(lead, "is there one shim per pod?", "is it one shim per container or is it per pod?"),
    ).toBe("Under Kubernetes there is one shim per pod.");
    expect(
      orient(
        "네, 파드마다 하나입니다.",
        "shim 파드마다 하나야?",
        "shim 컨테이너마다 하나예요 아니면 파드마다 하나예요?",
        "ko",
      ),
    ).toBe("파드마다 하나입니다.");
  });

  it("reads a short choice after the last 'or' and two Korean choices with one ending", () => {
    const lead = "Yes; under Kubernetes there is one shim per pod.";
    expect(orient(lead, "is there one shim per pod?", "one shim per pod or per container?")).toBe(
      "Under Kubernetes there is one shim per pod.",
    );
    expect(
      orient(
        "네, 파드마다 하나입니다.",
        "shim 파드마다 하나야?",
        "shim 컨테이너마다 하나야 파드마다 하나야",
        "ko",
      ),
    ).toBe("파드마다 하나입니다.");
    // "-야" joining two verbs offers no choice.
    expect(
      orient(
        "아니요, 바꿀 필요 없습니다.",
        "도커 지워야 돼?",
        "노트북 도커도 다른 툴로 바꿔야 하나요?",
        "ko",
      ),
    ).toMatch(/^아니요/);
  });

  it("keeps one condition with 'or' in it whole", () => {
    const lead = "Yes; running containers survive a containerd restart.";
    expect(
      orient(
        lead,
        "do containers survive a containerd restart?",
        "if containerd restarts or crashes do the pods die?",
      ),
    ).toMatch(/^No;/);
  });

  it("reads a tool's requirement as whether it is there, not as work to do", () => {
    const lead = "Yes; conmon is CRI-O's counterpart of containerd-shim.";
    expect(
      orient(
        lead,
        "does conmon do the same job as containerd-shim?",
        "does cri-o still need conmon?",
      ),
    ).toMatch(/^Yes;/);
    const no = "No; a containerd node needs no dockerd.";
    expect(
      orient(
        no,
        "do containerd nodes still need dockerd running",
        "is dockerd required on a containerd node?",
      ),
    ).toMatch(/^No;/);
  });

  it("reads 'was it removed?' as the denial of 'is it still there?'", () => {
    const ko = "아니요, containerd 2.0에서는 `mirrors` 섹션이 없어졌습니다.";
    const asked = "containerd 2.0에서도 mirrors 설정 그대로 쓸 수 있어?";
    expect(orientYesNo(ko, "ko", asked, "2.0에서 mirrors 설정 없어졌다던데 맞아요?")).toMatch(
      /^네,/,
    );
    expect(orientYesNo(ko, "ko", asked, "2.0에서 mirrors 빠졌어?")).toMatch(/^네,/);
    const en = "No; the mirrors key is gone in containerd 2.0.";
    expect(
      orientYesNo(
        en,
        "en",
        "is the mirrors section still supported in 2.0?",
        "was the mirrors section removed in 2.0?",
      ),
    ).toMatch(/^Yes;/);
  });

  it("reads 'will it behave differently?' as the denial of 'does it keep working?'", () => {
    const en = "Yes; Pod resource requests/limits keep working unchanged on containerd.";
    const asked = "do pod resource limits keep working on containerd";
    expect(
      orientYesNo(en, "en", asked, "will our limits behave any differently on containerd?"),
    ).toMatch(/^No;/);
    const ko = "네, 파드의 리소스 requests/limits는 containerd로 바꿔도 그대로 동작합니다.";
    const koAsked = "containerd 로 넘어가도 파드 리소스 제한 그대로 먹히죠?";
    expect(orientYesNo(ko, "ko", koAsked, "containerd로 가면 limit 동작이 달라지나요?")).toMatch(
      /^아니요,/,
    );
    // A change that is only the condition ("바뀌어도") asks the same way round.
    expect(orientYesNo(ko, "ko", koAsked, "런타임이 바뀌어도 limit 그대로 먹혀?")).toMatch(/^네,/);
  });

  it("reads '…해야 하냐', '…해야 해' as a need like '…해야 돼'", () => {
    const ko =
      "네, 이미 떠 있는 컨테이너는 예전 runc가 만든 그대로이므로 파드를 다시 만들어야 합니다.";
    const own = "runc 패치하고 나면 떠 있는 파드도 재시작해야 돼?";
    expect(orientYesNo(ko, "ko", own, "runc 올리면 파드 다시 띄워야 하냐?")).toMatch(/^네,/);
    expect(orientYesNo(ko, "ko", own, "runc 올리면 파드 다시 띄워야 해?")).toMatch(/^네,/);
  });

  it("reads a tag after a comma ('…, right?', '…, 맞죠?') as asking about the clause before it", () => {
    const en = "No, a pod that mounts the node's docker.sock stops working on containerd nodes.";
    const own = "does mounting the node's docker.sock still work on containerd?";
    expect(
      orientYesNo(en, "en", own, "our ci mounts docker.sock, that breaks on cri-o, right?"),
    ).toMatch(/^Yes,/);
    const ko =
      "아니요, 노드의 docker.sock을 마운트한 파드는 containerd 노드에서 동작하지 않습니다.";
    expect(
      orientYesNo(ko, "ko", own, "docker.sock 마운트는 containerd 가면 깨지는 거, 맞죠?"),
    ).toMatch(/^네,/);
  });

  it("reads negative tags ('…, aren't they?', '…, isn't that?') as tags, not as a denial (round 19)", () => {
    const en =
      "No: CRI is the kubelet's gRPC API and OCI the standards below it; they are not the same.";
    const own = "are cri and oci the same standard";
    expect(
      orientYesNo(en, "en", own, "CRI and OCI are just two names for the same spec, aren't they?"),
    ).toMatch(/^No:/);
    expect(orientYesNo(en, "en", own, "cri and oci is one spec, isn't that?")).toMatch(/^No:/);
  });

  it("reads a sentence before the question as the asker's situation, not what is asked (round 18)", () => {
    const ko = "네, 1.24 이후에도 cri-dockerd를 두면 Docker Engine을 계속 쓸 수 있습니다.";
    const own = "1.24 이후에도 Docker Engine 쓸 수 있나요?";
    // "…써야 해요." is why they ask; "가능한가요?" is what they ask.
    expect(
      orientYesNo(
        ko,
        "ko",
        own,
        "감사 로그 때문에 당분간 Docker Engine 써야 해요. 1.25에서도 가능한가요?",
      ),
    ).toMatch(/^네,/);
    const en = "No; images built with docker build are OCI images and run without a rebuild.";
    const enOwn = "do we have to rebuild our images for containerd?";
    expect(
      orientYesNo(
        en,
        "en",
        enOwn,
        "we must shrink the node image. do we have to rebuild our images?",
      ),
    ).toMatch(/^No;/);
  });

  it("reads 'does it exit?' as the denial of 'does it stay running?'", () => {
    const ko = "아니요, runc는 상주 데몬이 아니며 컨테이너를 만든 뒤 빠집니다.";
    const own = "runc가 데몬으로 계속 떠 있나요?";
    expect(orientYesNo(ko, "ko", own, "runc는 컨테이너 만들고 종료되는 거죠?")).toMatch(/^네,/);
    const en = "No, runc is not a daemon: it sets the container up and goes away.";
    expect(orientYesNo(en, "en", "does runc stay running?", "does runc exit right away?")).toMatch(
      /^Yes,/,
    );
  });

  it("reads 'is it affected?' as the denial of 'does it stay the same?', and '영향 없어?' as not", () => {
    const ko = "네, 개발 PC의 Docker는 dockershim 제거와 관계가 없어 그대로 씁니다.";
    const own = "개발 PC의 Docker는 그대로 써도 되나요?";
    expect(orientYesNo(ko, "ko", own, "노트북 docker도 영향 있어요?")).toMatch(/^아니요,/);
    expect(orientYesNo(ko, "ko", own, "노트북 docker는 영향 없죠?")).toMatch(/^네,/);
    const en = "Yes; Docker on laptops is unrelated to the kubelet and keeps working.";
    expect(
      orientYesNo(en, "en", "can we keep docker on laptops?", "does this affect laptops?"),
    ).toMatch(/^No;/);
  });
  it("reads 'is it related?' / '상관있어?' like 'is it affected?', and '상관없죠?' as not", () => {
    const ko = "네, 개발 PC의 Docker는 dockershim 제거와 관계가 없어 그대로 씁니다.";
    const own = "개발 PC의 Docker는 그대로 써도 되나요?";
    expect(orientYesNo(ko, "ko", own, "노트북 docker build도 이번 변경이랑 상관있어?")).toMatch(
      /^아니요,/,
    );
    expect(orientYesNo(ko, "ko", own, "노트북 docker는 관련 있나요?")).toMatch(/^아니요,/);
    expect(orientYesNo(ko, "ko", own, "노트북 docker는 상관없는 거죠?")).toMatch(/^네,/);
    const en = "Yes; Docker on laptops is unrelated to the kubelet and keeps working.";
    expect(
      orientYesNo(
        en,
        "en",
        "can we keep docker on laptops?",
        "is docker on laptops related to this?",
      ),
    ).toMatch(/^No;/);
  });
});
