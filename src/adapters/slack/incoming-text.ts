import { decodeSlackEntities } from "./format/mrkdwn.ts";

/**
 * Text as the user meant it: the bot's own `<@U…>` mention removed (it is how
 * they addressed us, not part of the question) and Slack's entities decoded.
 * Other markup such as `<!channel>` stays, and is escaped again on the way out.
 * Line breaks and indentation are kept for pastes; questions are folded later.
 */
export function incomingText(raw: string, botUserId?: string): string {
  const withoutBot = botUserId
    ? raw.replace(
        new RegExp(`[ \\t]*<@${botUserId.replace(/[^A-Z0-9]/gi, "")}(\\|[^>]*)?>[ \\t]*`, "g"),
        " ",
      )
    : raw;
  // Line breaks and indentation stay: a pasted node table or manifest needs them.
  return decodeSlackEntities(withoutBot).replace(/\r\n?/g, "\n").trim();
}
