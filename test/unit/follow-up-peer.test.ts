import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/core/bot-core.ts";
import { firstSentence } from "../../src/core/eval/evaluate.ts";
import { askAfter, loadRealCore } from "../helpers/real-core.ts";

let core: BotCore;
beforeAll(async () => {
  core = await loadRealCore();
});
const ask = (q: string, after: string) => askAfter(core, q, after);

describe("the same kind of question asked of a peer", () => {
  it("answers the previous question for the peer", () => {
    const a = ask("CRI-O는 몇 버전?", "which containerd version does kubernetes 1.24 need?");
    expect(firstSentence(a.text)).toMatch(/CRI-O는 1\.24/);
    const socket = ask("CRI-O 는 경로가 어떻게 돼요?", "containerd 소켓 경로가 어떻게 돼요?");
    expect(firstSentence(socket.text)).toMatch(/crio\.sock/);
  });

  it("leaves a longer question that carries its own context alone", () => {
    const a = ask(
      "when did cri-o become a CNCF graduated project, and who started it?",
      "which containerd version does kubernetes 1.24 need?",
    );
    expect(a.entryIds[0]).toBe("crio-history");
  });
});

describe("a follow-up that points at what was just asked with 'roll that out' (round 15)", () => {
  it("is the previous subject's task, and its task words count from the previous question", () => {
    const a = ask(
      "in what order do we roll that out on each node?",
      "we're moving the nodes from containerd 1.6 to 2.0, what changes in the config?",
    );
    // The upgrade's steps (a facet scoped to upgrade questions), not the config's layout.
    expect(firstSentence(a.text)).toMatch(/cordon and drain/);
  });
});
