import { describe, expect, it } from "vitest";
import { useHarness } from "../fakes/slack-harness.ts";
import { slashCommand } from "../fakes/slack-payloads.ts";

const h = useHarness({ RATE_LIMIT_PER_MINUTE: 3 });

async function slash(text: string, user = "U0SLASH1") {
  const res = await h.send(slashCommand(text, h.api.responseUrl(), { user_id: user }));
  expect(res.status).toBe(200);
  // ack() first with no body: Slack shows nothing until the real answer arrives.
  expect(res.text).toBe("");
  const [call] = await h.api.waitFor("respond");
  h.api.reset();
  return call?.body ?? {};
}

describe("/k8s-runtime", { timeout: 30_000 }, () => {
  it("help answers ephemerally with the command list", async () => {
    const body = await slash("help");
    expect(body.response_type).toBe("ephemeral");
    expect(String(body.text)).toContain("/k8s-runtime ask");
    expect(JSON.stringify(body.blocks)).not.toContain("share_answer");
  });

  it("topics lists what the bot knows", async () => {
    const body = await slash("topics");
    expect(String(body.text)).toMatch(/Topics I know \(\d+\)/);
  });

  it("diagram draws narrow and preformatted, with Wide view and share buttons", async () => {
    const body = await slash("diagram new narrow");
    const blocks = JSON.stringify(body.blocks);
    expect(blocks).toContain("rich_text_preformatted");
    expect(blocks).toContain("Wide view");
    expect(blocks).toContain("share_answer");
  });

  it("ask and a bare question both answer, with feedback and share buttons", async () => {
    for (const text of ["ask why was dockershim removed?", "why was dockershim removed?"]) {
      const body = await slash(text);
      expect(body.response_type).toBe("ephemeral");
      expect(String(body.text)).toMatch(/dockershim/i);
      const blocks = JSON.stringify(body.blocks);
      expect(blocks).toContain("feedback_buttons");
      expect(blocks).toContain("share_answer");
    }
  });

  it("lang ko is remembered for the user's later questions", async () => {
    const set = await slash("lang ko", "U0LANG1");
    expect(String(set.text)).toContain("한국어");
    const answer = await slash("why was dockershim removed?", "U0LANG1");
    expect(String(answer.text)).toMatch(/[가-힣]/);
    const other = await slash("why was dockershim removed?", "U0LANG2");
    expect(String(other.text)).not.toMatch(/[가-힣]/);
  });

  it("limits questions per user per minute with a friendly message", async () => {
    for (let i = 0; i < 3; i++) await slash("what is containerd?", "U0RATE1");
    const limited = await slash("what is containerd?", "U0RATE1");
    expect(String(limited.text)).toMatch(/try again in \d+s/);
    // The configured limit (3 here), not a vague "a few".
    expect(String(limited.text)).toContain("up to 3 questions a minute per person");
    const help = await slash("help", "U0RATE1");
    expect(String(help.text)).toContain("/k8s-runtime ask");
    h.clock.advance(60_000);
    const again = await slash("what is containerd?", "U0RATE1");
    expect(String(again.text)).toMatch(/containerd/i);
    expect(String(again.text)).not.toMatch(/try again/);
  });

  it("says the limit in Korean, in the same register as every other reply", async () => {
    for (let i = 0; i < 3; i++) await slash("containerd가 뭐야?", "U0RATE2");
    const limited = await slash("containerd가 뭐야?", "U0RATE2");
    expect(String(limited.text)).toMatch(
      /^질문이 너무 잦습니다\. \d+초 뒤에 다시 질문해 주십시오\. \(한 사람당 1분에 3개까지 받습니다\)/,
    );
  });
});
