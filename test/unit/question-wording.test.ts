import { describe, expect, it } from "vitest";
import { asksCounterpart } from "../../src/core/answer/choose.ts";
import {
  asksOtherSide,
  changesTopic,
  pointsWithPronoun,
  refersBack,
} from "../../src/core/answer/follow-up.ts";
import { withoutPoliteRequest } from "../../src/core/answer/question-reader.ts";
import { LEANS_ON_LEAD } from "../../src/core/answer/sentences.ts";
import { whenAsked } from "../../src/core/answer/when-asked.ts";
import { orientYesNo } from "../../src/core/answer/yes-no.ts";
import { detectIntent, hasExplicitIntent } from "../../src/core/retrieval/intent.ts";

// How a question is worded says what kind of answer it wants: the reading rules alone, without the knowledge.

describe("a polite request wrapped around a question", () => {
  it("asks the embedded question", () => {
    expect(withoutPoliteRequest("containerd 설정 파일이 어디인지 확인 부탁드립니다.")).toBe(
      "containerd 설정 파일이 어디인지?",
    );
    expect(detectIntent(withoutPoliteRequest("설정 파일이 어디인지 확인 부탁드립니다."))).toBe(
      "location",
    );
    expect(
      detectIntent(withoutPoliteRequest("런타임을 바꾸면 어떤 영향이 있는지 여쭤봐도 될까요?")),
    ).toBe("impact");
    expect(
      detectIntent(
        withoutPoliteRequest("도커심이 몇 버전에서 빠졌는지 문의드립니다. 보고서용이에요"),
      ),
    ).toBe("time");
  });

  it("leaves a request with no embedded question as it is", () => {
    expect(withoutPoliteRequest("containerd 버전 확인 부탁드립니다")).toBe(
      "containerd 버전 확인 부탁드립니다",
    );
  });
});

describe("what a component does", () => {
  it("is a definition, not what happens", () => {
    for (const q of ["conmon은 정확히 무슨 일 해?", "containerd-shim 은 무슨 일을 하나요?"]) {
      expect(detectIntent(q)).toBe("definition");
      expect(hasExplicitIntent(q)).toBe(true);
    }
    expect(detectIntent("1.24로 올리면 무슨 일 생겨?")).toBe("impact");
  });
});

describe("with what, and which command exactly", () => {
  it("asks for the tool or command", () => {
    for (const q of [
      "그럼 CRI-O 노드에서 로그 수집은 뭘로?",
      "nvidia-ctk 명령 정확히?",
      "crictl exec 뒤에 뭐 붙여야 돼?",
      "what goes after crictl inspect, the pod name?",
    ])
      expect(detectIntent(q)).toBe("command");
  });

  it("leaves what replaces something, or what it became, to their own kinds", () => {
    expect(detectIntent("도커 대신 뭘로?")).toBe("replacement");
    expect(detectIntent("containerd 2 되면 플러그인 id 바뀜? 뭐로?")).not.toBe("command");
  });
});

describe("a direct question followed by not knowing where or how", () => {
  it("keeps the direct question's kind", () => {
    expect(detectIntent("crictl로 이미지 푸시도 돼? 그럼 어디서 해야 할지 모르겠네")).toBe("yesno");
  });
});

describe("who plays that role elsewhere", () => {
  it("asks for the counterpart", () => {
    expect(asksCounterpart("CRI-O에선 그 역할 누가 해?")).toBe(true);
    expect(asksCounterpart("who does containerd-shim's job on cri-o?")).toBe(true);
    expect(asksCounterpart("CRI-O는 누가 만들었어?")).toBe(false);
  });
});

describe("where that is set", () => {
  it("points back at the previous answer", () => {
    for (const q of ["where's that set", "where is that configured?", "where do I set that?"])
      expect(refersBack(q)).toBe(true);
    expect(refersBack("where is the crio config file?")).toBe(false);
  });
});

describe("a loss denied in the question", () => {
  const lead = "No, restarting containerd does not kill running containers.";
  const asked = "will running containers die if I restart containerd";
  it("asks the positive question", () => {
    expect(
      orientYesNo(lead, "en", asked, "is it true containers don't die when containerd restarts?"),
    ).toMatch(/^Yes/);
    expect(
      orientYesNo(
        "아니요, containerd를 재시작해도 컨테이너는 죽지 않습니다.",
        "ko",
        "containerd 재시작하면 컨테이너 다 죽나요",
        "containerd 재시작해도 컨테이너는 안 죽는다는 게 맞아요?",
      ),
    ).toMatch(/^네/);
  });

  it("reads pods being restarted as the loss itself", () => {
    expect(
      orientYesNo(
        "아니요, containerd를 재시작해도 컨테이너는 죽지 않습니다.",
        "ko",
        "containerd 재시작하면 컨테이너 다 죽나요",
        "containerd 올리면 떠 있는 파드들 다 재시작돼?",
      ),
    ).toMatch(/^아니요/);
    expect(
      orientYesNo(lead, "en", asked, "will my pods get restarted when containerd is bounced?"),
    ).toMatch(/^No/);
  });
});

describe("which of them break, and what to set up", () => {
  it("asks what breaks", () => {
    expect(detectIntent("which ones will break after the switch")).toBe("impact");
    expect(detectIntent("which of our scripts would break")).toBe("impact");
  });

  it("asks for the setup's steps", () => {
    expect(detectIntent("crictl 쓰려면 뭐 설정해야 돼?")).toBe("procedure");
  });
});

describe("an example of the lead", () => {
  it("cannot stand first", () => {
    for (const p of [
      "예: `kubectl annotate node <node> …`",
      "For example: `crictl ps`",
      "e.g. `ctr images ls`",
    ])
      expect(LEANS_ON_LEAD.test(p)).toBe(true);
    expect(LEANS_ON_LEAD.test("예전 `mirrors` 키는 2.0에서 없어졌습니다.")).toBe(false);
  });
});

describe("the same question for the place just named", () => {
  it("asks the previous question there", () => {
    expect(asksOtherSide("CRI-O 노드도 몇 대 있는데 거기는 어디다 넣어요?")).toBe(true);
    expect(asksOtherSide("k3s 장비도 섞여 있는데 거기선 어떻게 해?")).toBe(true);
    expect(asksOtherSide("거기 적힌 소켓 경로 맞아?")).toBe(false);
  });
});

describe("a pronoun after hearsay", () => {
  it("points at what was heard", () => {
    expect(pointsWithPronoun("어노테이션도 바꿔야 된다던데 그게 뭐야?")).toBe(false);
    expect(pointsWithPronoun("그거 어디서 바꿔?")).toBe(true);
  });
});

describe("a follow-up that says it leaves the thread", () => {
  it("is read alone", () => {
    for (const q of [
      "unrelated, but does anyone know a good pizza place?",
      "while we're on it, how should we size our node pools?",
      "btw who runs the on-call rota?",
      "그 김에 모니터링 대시보드도 봐줄 수 있어?",
      "다른 얘기인데 회의실 예약 어디서 해?",
    ])
      expect(changesTopic(q)).toBe(true);
    expect(changesTopic("and what about cri-o?")).toBe(false);
  });
});

describe("what our tool should use then", () => {
  it("asks what replaces it", () => {
    expect(detectIntent("what should our pipeline use then?")).toBe("replacement");
  });

  it("and 'every pod that does this' points back", () => {
    expect(refersBack("how do i list every pod that does this?")).toBe(true);
  });
});

describe("a time question about two events at once", () => {
  it("is answered by a sentence dating both", () => {
    const both = whenAsked("도커심이 deprecated 된 버전이랑 제거된 버전 각각 알려줘");
    expect(both?.("사용 중단은 1.20, 제거는 1.24입니다.")).toBe(true);
    expect(both?.("1.24에서 제거됐습니다.")).toBe(false);
    // Naming both events without a date answers neither.
    expect(both?.("사용 중단은 제거가 아닙니다. 1.20과 1.24의 차이는…")).toBe(false);
    expect(whenAsked("when was dockershim removed?")).toBeUndefined();
    expect(whenAsked("which is the last release with dockershim?")?.("1.23 is the last one.")).toBe(
      true,
    );
  });
});

describe("what something looks like", () => {
  it("asks for its shape, not steps", () => {
    expect(detectIntent("CRI 로그 한 줄은 어떻게 생겼어?")).toBe("definition");
    expect(detectIntent("what does a hosts.toml file look like?")).toBe("definition");
    expect(detectIntent("로그 수집기 파서는 어떻게 바꿔?")).not.toBe("definition");
  });
});

describe("a question that only names a topic before the one it asks", () => {
  it("is oriented by the question after it", () => {
    const lead = "네, 모든 CRI 런타임이 `imagePullSecrets`를 똑같이 처리합니다.";
    const asked = "containerd로 바꿔도 pull secret 그대로 동작해?";
    const q =
      "imagePullSecrets 는요? runtime 을 containerd 로 바꾸면 pull secret 도 새로 만들어야 함?";
    expect(orientYesNo(lead, "ko", asked, q)).toMatch(/^아니요/);
    expect(orientYesNo(lead, "ko", asked, "imagePullSecrets 는요? 그대로 돼?")).toMatch(/^네/);
  });
});
