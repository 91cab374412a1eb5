import { encodeFeedbackValue } from "../../src/adapters/slack/format/button-values.ts";
import type { RecordedCall } from "../../test/fakes/fake-slack-api.ts";
import { FAKE_BOT_USER_ID, FAKE_TEAM_ID } from "../../test/fakes/fake-slack-api.ts";
import type { SignedPost } from "../../test/fakes/signed-request.ts";

/**
 * Mixed traffic for the soak: mentions in a handful of channels, DMs, slash
 * commands and feedback buttons, each with a key that names the one reply it
 * must get, so replies can be counted per request (lost: 0, duplicates: 0).
 */

export type Kind = "mention" | "dm" | "slash" | "button";

export interface Item {
  readonly key: string;
  readonly kind: Kind;
  /** The HTTP body Slack would POST. */
  readonly post: SignedPost;
  /** The same payload as a Socket Mode envelope's type and payload. */
  readonly envelope: {
    readonly type: "events_api" | "slash_commands" | "interactive";
    readonly payload: Record<string, unknown>;
  };
}

const QUESTIONS = [
  "why was dockershim removed?",
  "what is the CRI?",
  "도커심은 왜 제거됐어?",
  "what does runc do?",
  "containerd와 CRI-O의 차이는?",
  "diagram new",
  "help",
  "what is a cgroup driver?",
];
const CHANNELS = ["C0SOAK1", "C0SOAK2", "C0SOAK3", "C0SOAK4", "C0SOAK5", "C0SOAK6"];

function eventBody(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    token: "verification-token",
    team_id: FAKE_TEAM_ID,
    api_app_id: "A0APP",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event,
    authorizations: [{ team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, is_bot: true }],
  };
}

function eventItem(key: string, kind: Kind, event: Record<string, unknown>, n: number): Item {
  const body = eventBody(event, `EvSOAK${n}`);
  return {
    key,
    kind,
    post: { contentType: "application/json", body: JSON.stringify(body) },
    envelope: { type: "events_api", payload: body },
  };
}

export function makeItem(n: number, responseOrigin: string): Item {
  const question = QUESTIONS[n % QUESTIONS.length] ?? "help";
  const user = `U0SOAK${n % 40}`;
  const ts = `1720000000.${String(n).padStart(6, "0")}`;
  const roll = n % 20;
  if (roll < 8) {
    const channel = CHANNELS[n % CHANNELS.length] ?? "C0SOAK1";
    const event = {
      type: "app_mention",
      user,
      text: `<@${FAKE_BOT_USER_ID}> ${question}`,
      ts,
      event_ts: ts,
      channel,
      client_msg_id: `soak-msg-${n}`,
    };
    return eventItem(`post:${channel}:${ts}`, "mention", event, n);
  }
  if (roll < 12) {
    const channel = `D0SOAK${n}`;
    const event = {
      type: "message",
      channel_type: "im",
      channel,
      user,
      text: question,
      ts,
      event_ts: ts,
      client_msg_id: `soak-msg-${n}`,
    };
    return eventItem(`post:${channel}`, "dm", event, n);
  }
  const responseUrl = `${responseOrigin}/respond/soak${n}`;
  if (roll < 17) {
    const fields = {
      token: "verification-token",
      team_id: FAKE_TEAM_ID,
      channel_id: CHANNELS[0] ?? "C0SOAK1",
      user_id: user,
      command: "/k8s-runtime",
      text: question,
      api_app_id: "A0APP",
      response_url: responseUrl,
      trigger_id: `trigger-${n}`,
    };
    return {
      key: `respond:soak${n}`,
      kind: "slash",
      post: {
        contentType: "application/x-www-form-urlencoded",
        body: new URLSearchParams(fields).toString(),
      },
      envelope: { type: "slash_commands", payload: fields },
    };
  }
  const payload = {
    type: "block_actions",
    team: { id: FAKE_TEAM_ID, domain: "fake" },
    user: { id: user, username: "someone", team_id: FAKE_TEAM_ID },
    api_app_id: "A0APP",
    token: "verification-token",
    trigger_id: `trigger-${n}`,
    container: { type: "message", message_ts: ts, channel_id: "C0SOAK1", is_ephemeral: true },
    channel: { id: "C0SOAK1", name: "soak" },
    response_url: responseUrl,
    actions: [
      {
        type: "button",
        action_id: n % 2 === 0 ? "feedback_helpful" : "feedback_not_helpful",
        block_id: "feedback",
        value: encodeFeedbackValue({ k: `gone-${n}`, q: question, e: ["cri"] }),
        action_ts: ts,
      },
    ],
  };
  return {
    key: `respond:soak${n}`,
    kind: "button",
    post: {
      contentType: "application/x-www-form-urlencoded",
      body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    },
    envelope: { type: "interactive", payload },
  };
}

/** The same message delivered again under a new event id (Slack does this now and then). */
export function duplicateOf(item: Item, n: number): Item | undefined {
  if (item.envelope.type !== "events_api") return undefined;
  const body = { ...item.envelope.payload, event_id: `EvSOAKDUP${n}` };
  return {
    ...item,
    post: { contentType: "application/json", body: JSON.stringify(body) },
    envelope: { type: "events_api", payload: body },
  };
}

/** Which request a successful Slack call answers, or undefined for calls that answer nothing. */
export function replyKey(call: RecordedCall): string | undefined {
  if (!call.ok) return undefined;
  if (call.method === "respond") return call.respondId ? `respond:${call.respondId}` : undefined;
  if (call.method !== "chat.postMessage") return undefined;
  const channel = String(call.body.channel ?? "");
  if (channel.startsWith("D")) return `post:${channel}`;
  const thread = call.body.thread_ts;
  return typeof thread === "string" ? `post:${channel}:${thread}` : undefined;
}

export function countReplies(calls: readonly RecordedCall[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of calls) {
    const key = replyKey(call);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
