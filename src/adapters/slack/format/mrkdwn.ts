/**
 * Slack mrkdwn primitives. Every piece of text that comes from a user or the
 * knowledge base goes through `escapeMrkdwn`, so `<!channel>` or `<@U…>` inside a
 * question is shown, never acted on. Answers themselves are rich_text (see rich-text.ts);
 * what is left in mrkdwn is short context lines and the notification fallback.
 */

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Slack sends `&`, `<`, `>` typed by users as entities; turn them back into text. */
export function decodeSlackEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
