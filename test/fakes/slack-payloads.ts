import { FAKE_BOT_USER_ID, FAKE_TEAM_ID } from "./fake-slack-api.ts";
import type { SignedPost } from "./signed-request.ts";

/**
 * Builders for what Slack sends, with overrides, so each test states only the
 * fields it is about.
 */

let counter = 0;
const next = () => ++counter;

export const USER_ID = "U0USER1";
export const CHANNEL_ID = "C0CHAN1";
export const DM_CHANNEL_ID = "D0DM001";

export function freshTs(): string {
  return `1710000000.${String(next()).padStart(6, "0")}`;
}

export function eventCallback(event: Record<string, unknown>, eventId = `Ev${next()}`): SignedPost {
  return {
    contentType: "application/json",
    body: JSON.stringify({
      token: "verification-token",
      team_id: FAKE_TEAM_ID,
      api_app_id: "A0APP",
      type: "event_callback",
      event_id: eventId,
      event_time: 1710000000,
      event,
      authorizations: [{ team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, is_bot: true }],
    }),
  };
}

export function mentionEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = freshTs();
  return {
    type: "app_mention",
    user: USER_ID,
    text: `<@${FAKE_BOT_USER_ID}> why was dockershim removed?`,
    ts,
    event_ts: ts,
    channel: CHANNEL_ID,
    client_msg_id: `msg-${next()}`,
    ...overrides,
  };
}

export function dmEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = freshTs();
  return {
    type: "message",
    channel_type: "im",
    channel: DM_CHANNEL_ID,
    user: USER_ID,
    text: "why was dockershim removed?",
    ts,
    event_ts: ts,
    client_msg_id: `msg-${next()}`,
    ...overrides,
  };
}

export function appHomeOpened(user = USER_ID): Record<string, unknown> {
  return {
    type: "app_home_opened",
    user,
    channel: DM_CHANNEL_ID,
    tab: "home",
    event_ts: freshTs(),
  };
}

export function slashCommand(
  text: string,
  responseUrl: string,
  overrides: Record<string, string> = {},
): SignedPost {
  const fields = {
    token: "verification-token",
    team_id: FAKE_TEAM_ID,
    team_domain: "fake",
    channel_id: CHANNEL_ID,
    channel_name: "general",
    user_id: USER_ID,
    user_name: "someone",
    command: "/k8s-runtime",
    text,
    api_app_id: "A0APP",
    response_url: responseUrl,
    trigger_id: `trigger-${next()}`,
    ...overrides,
  };
  return {
    contentType: "application/x-www-form-urlencoded",
    body: new URLSearchParams(fields).toString(),
  };
}

export interface ActionOptions {
  readonly actionId: string;
  readonly value: string;
  readonly responseUrl: string;
  readonly ephemeral?: boolean;
  readonly messageTs?: string;
  readonly user?: string;
  /** The channel the message is in; a channel by default, a DM for tutoring. */
  readonly channelId?: string;
  /** "button" unless said (e.g. "feedback_buttons"). */
  readonly actionType?: string;
  /** The message's blocks as Slack echoes them back on a click (non-ephemeral only). */
  readonly messageBlocks?: unknown;
  readonly messageText?: string;
}

export function blockAction(options: ActionOptions): SignedPost {
  const messageTs = options.messageTs ?? freshTs();
  const payload = {
    type: "block_actions",
    team: { id: FAKE_TEAM_ID, domain: "fake" },
    user: { id: options.user ?? USER_ID, username: "someone", team_id: FAKE_TEAM_ID },
    api_app_id: "A0APP",
    token: "verification-token",
    trigger_id: `trigger-${next()}`,
    container: {
      type: "message",
      message_ts: messageTs,
      channel_id: options.channelId ?? CHANNEL_ID,
      is_ephemeral: options.ephemeral ?? false,
    },
    channel: { id: options.channelId ?? CHANNEL_ID, name: "general" },
    ...(options.ephemeral
      ? {}
      : {
          message: {
            type: "message",
            ts: messageTs,
            text: options.messageText ?? "answer",
            ...(options.messageBlocks ? { blocks: options.messageBlocks } : {}),
          },
        }),
    response_url: options.responseUrl,
    actions: [
      {
        type: options.actionType ?? "button",
        action_id: options.actionId,
        block_id: "feedback",
        value: options.value,
        action_ts: freshTs(),
      },
    ],
  };
  return {
    contentType: "application/x-www-form-urlencoded",
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
  };
}
