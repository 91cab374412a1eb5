import { describe, expect, it } from "vitest";
import { FAKE_BOT_USER_ID } from "../fakes/fake-slack-api.ts";
import { useHarness } from "../fakes/slack-harness.ts";
import {
  DM_CHANNEL_ID,
  dmEvent,
  eventCallback,
  mentionEvent,
  slashCommand,
} from "../fakes/slack-payloads.ts";
import { paste, slackEscaped } from "../helpers/pastes.ts";

const h = useHarness();

/** The node table as Slack delivers a message: entities escaped, inside a code fence. */
const NODES = slackEscaped(`\`\`\`\n${paste("nodes-wide-1.27.txt")}\`\`\``);

const posted = (body: Record<string, unknown>) =>
  JSON.stringify({ text: body.text, blocks: body.blocks });

describe("pasted node lists in Slack", { timeout: 30_000 }, () => {
  it("a paste in a DM gets the diagnosis, naming every node", async () => {
    await h.send(eventCallback(dmEvent({ text: `are we affected?\n${NODES}` })));
    const [call] = await h.api.waitFor("chat.postMessage");
    expect(call?.body.channel).toBe(DM_CHANNEL_ID);
    const out = posted(call?.body ?? {});
    expect(out).toContain('"type":"rich_text"');
    expect(out).toContain("Of 3 nodes, 2 (node-a, node-b) are on Docker Engine through dockershim");
    for (const node of ["node-a", "node-b", "node-c"]) expect(out).toContain(node);
    expect(out).toContain("feedback_buttons");
  });

  it("a paste in a thread mention gets the diagnosis in that thread, in Korean", async () => {
    const event = mentionEvent({
      text: `<@${FAKE_BOT_USER_ID}> 우리 노드 영향 있나요?\n${NODES}`,
      thread_ts: "1700000000.000777",
    });
    await h.send(eventCallback(event));
    const [call] = await h.api.waitFor("chat.postMessage");
    expect(call?.body.thread_ts).toBe("1700000000.000777");
    const out = posted(call?.body ?? {});
    expect(out).toContain("노드 3개 중 2개(node-a, node-b)");
    expect(out).toContain("다음 할 일");
  });

  it("the slash command diagnoses a pasted kubelet flag line", async () => {
    const env =
      'KUBELET_KUBEADM_ARGS="--container-runtime=remote --container-runtime-endpoint=unix:///run/containerd/containerd.sock"';
    await h.send(slashCommand(env, h.api.responseUrl()));
    const [call] = await h.api.waitFor("respond");
    const out = posted(call?.body ?? {});
    expect(out).toContain("--container-runtime=remote");
    expect(out).toContain("1.27");
  });

  it("a secret in the paste is never posted back", async () => {
    const text = `${NODES}\nAuthorization: Bearer abcdefghijklmnopqrstuvwxyz123456`;
    await h.send(eventCallback(dmEvent({ text })));
    const [call] = await h.api.waitFor("chat.postMessage");
    const out = posted(call?.body ?? {});
    expect(out).not.toContain("abcdefghijklmnopqrstuvwxyz123456");
    expect(out).toContain("I removed 1 secret");
  });

  it("a secret pasted into the slash command is not in the share button or the logs", async () => {
    const secret = "xoxb-9999-8888-zyxwvutsrqponm";
    await h.send(
      slashCommand(`why was dockershim removed? my token ${secret}`, h.api.responseUrl()),
    );
    const [call] = await h.api.waitFor("respond");
    const out = JSON.stringify(call?.body ?? {});
    expect(out).toContain("share_answer");
    expect(out).not.toContain(secret);
    expect(h.log.lines.join("\n")).not.toContain(secret);
  });

  it("an unreadable paste says what was expected", async () => {
    await h.send(
      eventCallback(dmEvent({ text: "```\napiVersion: v1\nkind: Pod\n  metadata: [\n```" })),
    );
    const [call] = await h.api.waitFor("chat.postMessage");
    const out = posted(call?.body ?? {});
    expect(out).toContain("I couldn't read this");
    expect(out).toContain("kubectl get nodes -o wide");
  });
});
