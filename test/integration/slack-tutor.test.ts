import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import type { SlackTutoring } from "../../src/adapters/slack/tutor/slack-tutor.ts";
import { openSqliteStores } from "../../src/adapters/store/sqlite/open-sqlite.ts";
import type { OpenStores } from "../../src/adapters/store/stores.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { createTutor } from "../../src/core/tutor/engine.ts";
import { createTutorService } from "../../src/core/tutor/tutor-service.ts";
import type { RecordedCall } from "../fakes/fake-slack-api.ts";
import { type Harness, realBot, startHarness } from "../fakes/slack-harness.ts";
import {
  appHomeOpened,
  blockAction,
  DM_CHANNEL_ID,
  dmEvent,
  eventCallback,
  slashCommand,
  USER_ID,
} from "../fakes/slack-payloads.ts";
import { realTutoring } from "../helpers/tutor-fixture.ts";

/**
 * A whole lesson over the fake Slack API, with the app restarted in the middle
 * (progress in a SQLite file), a stale button and a double click.
 */

const ElementSchema = z.object({ action_id: z.string().optional(), value: z.string().optional() });
const BlocksSchema = z.array(
  z.object({ type: z.string(), elements: z.array(z.unknown()).optional() }),
);

function buttons(call: RecordedCall | undefined): { action_id: string; value: string }[] {
  const blocks = BlocksSchema.parse(call?.body.blocks ?? []);
  return blocks
    .filter((b) => b.type === "actions")
    .flatMap((b) => z.array(ElementSchema).parse(b.elements ?? []))
    .flatMap((e) => (e.action_id && e.value ? [{ action_id: e.action_id, value: e.value }] : []));
}

/** The answer button whose option id is `option`. */
function answerButton(call: RecordedCall | undefined, option: string) {
  const found = buttons(call).find(
    (b) => b.action_id.startsWith("tutor_answer_") && JSON.parse(b.value).v === option,
  );
  if (!found) throw new Error(`no answer button for ${option}`);
  return found;
}

const text = (call: RecordedCall | undefined) => JSON.stringify(call?.body ?? {});

let dir: string;
let stores: OpenStores;
let h: Harness;

async function start(): Promise<void> {
  stores = await openSqliteStores({ path: path.join(dir, "bot.db") });
  const { core } = await realBot();
  const { curriculum } = await realTutoring();
  const titles = new Map(core.kb.entries.map((e) => [e.id, e]));
  const tutoring: SlackTutoring = {
    service: createTutorService({
      tutor: createTutor(curriculum, core.index.tokenize),
      store: stores.progress,
      clock: { now: () => 0 },
      logger: silentLogger,
    }),
    view: { curriculum, entryTitle: (id, lang) => titles.get(id)?.[lang].title },
  };
  h = await startHarness({}, { tutoring, preferences: stores.preferences });
}

async function stop(): Promise<void> {
  await h.close();
  await stores.close();
}

/** Sends, then waits until the app has finished everything the request started. */
async function send(post: Parameters<Harness["send"]>[0]): Promise<void> {
  const res = await h.send(post);
  expect(res.status).toBe(200);
  await h.bot.settle();
}

const press = (button: { action_id: string; value: string }, messageTs: string) =>
  blockAction({
    actionId: button.action_id,
    value: button.value,
    responseUrl: h.api.responseUrl("press"),
    messageTs,
    channelId: DM_CHANNEL_ID,
  });

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "k8s-runtime-bot-tutor-"));
  await start();
}, 30_000);
beforeEach(async () => {
  await h.between();
});
afterAll(async () => {
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("DM tutoring", { timeout: 60_000 }, () => {
  it("teaches a whole lesson across a restart, ignoring a stale button and a double click", async () => {
    // "공부" starts lesson 1 in Korean: the explanation, then the first exercise with buttons.
    await send(eventCallback(dmEvent({ text: "공부" })));
    const [intro, first] = h.api.callsTo("chat.postMessage");
    expect(text(intro)).toContain("컨테이너 런타임이란");
    const right = answerButton(first, "run");
    const firstTs = String(first?.body.ts ?? "");
    const firstPostTs = "1700000000.000002";
    expect(firstTs === "" ? firstPostTs : firstTs).toBe(firstPostTs);
    h.api.reset();

    // The right answer replaces the exercise in place (no buttons left), and the next one follows.
    await send(press(right, firstPostTs));
    const [updated] = h.api.callsTo("chat.update");
    expect(updated?.body).toMatchObject({ channel: DM_CHANNEL_ID, ts: firstPostTs });
    expect(buttons(updated)).toEqual([]);
    expect(text(updated)).toContain("맞았습니다");
    const [second] = h.api.callsTo("chat.postMessage");
    expect(text(second)).toContain("리눅스 커널");

    // Restart: a new app and a new store connection on the same file.
    await stop();
    await start();

    // The first exercise's button again (an old message, a second device): nothing moves.
    await send(press(right, firstPostTs));
    const [whisper] = await h.api.waitFor("respond");
    expect(text(whisper)).toContain("이미 답했거나");
    expect(h.api.callsTo("chat.update")).toEqual([]);
    expect(h.api.callsTo("chat.postMessage")).toEqual([]);
    h.api.reset();

    // A typed answer, with a particle, to the exercise posted before the restart.
    await send(eventCallback(dmEvent({ text: "네임스페이스요" })));
    const [typedResult] = h.api.callsTo("chat.update");
    expect(typedResult?.body).toMatchObject({ channel: DM_CHANNEL_ID });
    expect(text(typedResult)).toContain("맞았습니다");
    const [done] = h.api.callsTo("chat.postMessage");
    expect(text(done)).toContain("레슨 완료");
    expect(text(done)).toContain("2/2");
    h.api.reset();

    // Lesson 2's build-the-path: the same right hop pressed twice at once advances once.
    await send(eventCallback(dmEvent({ text: "다음" })));
    const path = h.api.callsTo("chat.postMessage").at(-1);
    expect(text(path)).toContain("docker CLI → ? → ? → ? → runC");
    const hop = answerButton(path, "dockerd");
    h.api.reset();
    const pathTs = "1700000000.000099";
    await Promise.all([h.send(press(hop, pathTs)), h.send(press(hop, pathTs))]);
    await h.bot.settle();
    expect(h.api.callsTo("chat.update")).toHaveLength(1);
    expect(h.api.callsTo("chat.postMessage")).toHaveLength(1);
    expect(text(h.api.callsTo("chat.postMessage")[0])).toContain(
      "docker CLI → dockerd → ? → ? → runC",
    );
    expect(text(h.api.callsTo("respond")[0])).toContain("이미 답했거나");

    const saved = await stores.progress.load(USER_ID);
    expect(saved?.state.lessons["container-runtime"]).toEqual({
      mastered: ["cr-what", "cr-kernel"],
      done: true,
    });
    expect(saved?.state.session?.picks).toEqual(["dockerd"]);
  });

  it("the Home tab shows a bar per lesson, the review count and Continue", async () => {
    await send(eventCallback(appHomeOpened()));
    const [published] = await h.api.waitFor("views.publish");
    const body = text(published);
    expect(body).toContain("▰▰▰▰▰  1. 컨테이너 런타임이란 ✓");
    expect(body).toContain("복습할 문제: 0");
    const view = z.object({ blocks: z.unknown() }).parse(published?.body.view);
    const home = buttons({ body: { blocks: view.blocks } } as unknown as RecordedCall);
    expect(home.map((b) => b.value)).toContain("start");
  });

  it("/k8s-runtime tutor status answers in the DM and says so", async () => {
    await send(slashCommand("tutor status", h.api.responseUrl("slash")));
    const [note] = await h.api.waitFor("respond");
    expect(text(note)).toContain("DM");
    const [status] = h.api.callsTo("chat.postMessage");
    expect(status?.body.channel).toBe(USER_ID);
    expect(text(status)).toContain("진도");
  });

  it("a question typed mid-lesson is answered, and the lesson waits for 'continue'", async () => {
    await send(eventCallback(dmEvent({ text: "containerd랑 CRI-O 차이가 뭐야?" })));
    const posts = h.api.callsTo("chat.postMessage");
    expect(posts).toHaveLength(2);
    expect(text(posts[1])).toContain("계속");
    h.api.reset();
    await send(eventCallback(dmEvent({ text: "계속" })));
    expect(text(h.api.callsTo("chat.postMessage")[0])).toContain(
      "docker CLI → dockerd → ? → ? → runC",
    );
  });
});

describe("DMs outside tutoring", { timeout: 30_000 }, () => {
  it("are answered as questions, as before", async () => {
    await send(eventCallback(dmEvent({ user: "U0OTHER", text: "status" })));
    const [answer] = h.api.callsTo("chat.postMessage");
    expect(text(answer)).not.toContain("진도");
    expect(answer?.body.channel).toBe(DM_CHANNEL_ID);
  });
});
