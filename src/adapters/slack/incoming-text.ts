import { decodeSlackEntities } from "./format/mrkdwn.ts";

/**
 * Text as the user meant it: the bot's own `<@U…>` mention removed (it is how
 * they addressed us, not part of the question) and Slack's entities decoded.
 * Other markup such as `<!channel>` stays, and is escaped again on the way out.
 */
export function incomingText(raw: string, botUserId?: string): string {
  const withoutBot = botUserId
    ? raw.replace(new RegExp(`<@${botUserId.replace(/[^A-Z0-9]/gi, "")}(\\|[^>]*)?>`, "g"), " ")
    : raw;
  return decodeSlackEntities(withoutBot).replace(/\s+/g, " ").trim();
}
