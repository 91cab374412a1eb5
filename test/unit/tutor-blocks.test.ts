import { describe, expect, it } from "vitest";
import {
  decodeAnswerValue,
  decodeControlValue,
  tutorHomeBlocks,
  tutorMessage,
} from "../../src/adapters/slack/format/tutor-blocks.ts";
import { createTutor } from "../../src/core/tutor/engine.ts";
import { initialState } from "../../src/core/tutor/state.ts";
import { viewOf } from "../../src/core/tutor/view.ts";
import { realTutoring } from "../helpers/tutor-fixture.ts";

/** Tutoring messages as Slack gets them, pinned by golden files in test/golden/slack/. */

async function setup() {
  const { curriculum, tokenize } = await realTutoring();
  const tutor = createTutor(curriculum, tokenize);
  const view = { curriculum, entryTitle: (id: string) => id };
  return { tutor, view };
}

describe("tutoring Block Kit", () => {
  it("a build-the-path exercise: the path so far, numbered options, short buttons with the instance", async () => {
    const { tutor, view } = await setup();
    const step = tutor.step(initialState("ko"), { type: "goto", lesson: 6 });
    const exercise = step.outputs.find((o) => o.kind === "exercise");
    if (!exercise) throw new Error("no exercise");
    const shown = viewOf(exercise, "ko", view);
    if (!shown) throw new Error("no view");
    const message = tutorMessage(shown);
    await expect(JSON.stringify(message, null, 2)).toMatchFileSnapshot(
      "../golden/slack/tutor-path-exercise.json",
    );
    expect(message.blocks[0]).toMatchObject({ type: "rich_text" });
    expect(message.blocks).toContainEqual(
      expect.objectContaining({ type: "rich_text", block_id: "code" }),
    );
  });

  it("a result replaces the exercise: no buttons, the typed answer escaped", async () => {
    const { tutor, view } = await setup();
    let state = tutor.step(initialState("en"), { type: "start" }).state;
    state = tutor.step(state, { type: "skip" }).state;
    const step = tutor.step(state, { type: "typed", text: "<!channel> & cgroups" });
    const result = step.outputs.find((o) => o.kind === "result");
    if (!result) throw new Error("no result");
    const shown = viewOf(result, "en", view);
    if (!shown) throw new Error("no view");
    const message = tutorMessage(shown);
    const json = JSON.stringify(message, null, 2);
    // Rich text is literal; only the notification fallback is mrkdwn and escaped.
    expect(json).toContain("<!channel> & cgroups");
    expect(message.text).toContain("&lt;!channel&gt; &amp; cgroups");
    expect(message.blocks.some((b) => b.type === "actions")).toBe(false);
    await expect(json).toMatchFileSnapshot("../golden/slack/tutor-result.json");
  });

  it("the Home tab part: bars, review count, Continue", async () => {
    const { tutor } = await setup();
    const { rows } = tutor.progress(initialState("en"));
    const blocks = tutorHomeBlocks({ rows, reviewCount: 2, inLesson: true }, "en");
    await expect(JSON.stringify(blocks, null, 2)).toMatchFileSnapshot(
      "../golden/slack/tutor-home.json",
    );
  });

  it("button values decode only what we wrote", () => {
    expect(decodeAnswerValue('{"i":3,"v":"cri"}')).toEqual({ i: 3, v: "cri" });
    expect(decodeAnswerValue('{"i":"3","v":"cri"}')).toBeUndefined();
    expect(decodeAnswerValue("not json")).toBeUndefined();
    expect(decodeControlValue("review")).toBe("review");
    expect(decodeControlValue("drop-tables")).toBeUndefined();
  });
});
