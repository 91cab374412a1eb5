import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/core/bot-core.ts";
import { detectIntent } from "../../src/core/retrieval/intent.ts";
import { askAfter, loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});
const lead = (q: string, after?: string) => askAfter(core, q, after).text.split("\n")[0] ?? "";

describe("'shim' on its own is containerd's shim", () => {
  it("answers why the shim exists, not what runc is", () => {
    expect(
      lead("what is the shim process for? couldn't containerd just exec runc itself and skip it?"),
    ).toMatch(/^(?:The shim exists|containerd-shim is the small process)/);
  });

  it("answers a follow-up comparing it with dockershim with a no", () => {
    expect(
      lead(
        "그 shim이랑 dockershim 이름 비슷한데 같은 거임?",
        "containerd-shim-runc-v2 프로세스가 노드에 왜 이렇게 많아?",
      ),
    ).toMatch(/^아니요, .*containerd-shim.*도커심/);
  });
});

describe("how many of a thing there are", () => {
  it("is asked on its own, not as the kind of the question before", () => {
    expect(detectIntent("파드 하나당 shim 몇 개 떠있어?")).toBe("definition");
    expect(detectIntent("how many shim processes does one pod get?")).toBe("definition");
    expect(lead("그럼 파드 하나당 shim 몇 개 떠있어?", "shim은 왜 필요한 거예요?")).toContain(
      "파드마다 하나",
    );
  });
});

describe("a Korean yes/no question followed by a remark", () => {
  it("is a yes/no question whatever the remark's own words", () => {
    expect(
      detectIntent("노트북에서 docker 계속 써도 되죠? 팀장님이 이제 쓰면 안 된다고 누가 그랬대요"),
    ).toBe("yesno");
    expect(detectIntent("맥에서 도커 그대로 써도 되지? 누가 끝났다던데")).toBe("yesno");
    expect(detectIntent("crictl로 뭐 봐야돼? 누가 알려줘")).not.toBe("yesno");
  });
});
