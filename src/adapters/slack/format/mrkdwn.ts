/**
 * Slack mrkdwn primitives. Every piece of text that comes from a user or the
 * knowledge base goes through `escapeMrkdwn`, so `<!channel>` or `<@U…>` inside a
 * question is shown, never acted on. Only `link` emits unescaped `<…>` markup.
 */

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Slack sends `&`, `<`, `>` typed by users as entities; turn them back into text. */
export function decodeSlackEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/**
 * `<url|title>` with both halves made safe: characters that would end the link
 * early are percent-encoded in the URL, and the title is escaped with `|`
 * swapped for a look-alike because Slack splits on the first one.
 */
export function link(url: string, title: string): string {
  const label = escapeMrkdwn(title.replace(/\|/g, "｜"));
  if (!/^https?:\/\//i.test(url)) return label;
  const safeUrl = url
    .replace(/&/g, "&amp;")
    .replace(/</g, "%3C")
    .replace(/>/g, "%3E")
    .replace(/\|/g, "%7C")
    .replace(/\s/g, "%20");
  return `<${safeUrl}|${label}>`;
}

export function bold(text: string): string {
  return `*${escapeMrkdwn(text)}*`;
}

/**
 * The core's plain answer text (a lead sentence, then "- " bullet lines) as
 * escaped mrkdwn with real bullets.
 */
export function plainToMrkdwn(text: string): string {
  return escapeMrkdwn(text)
    .split("\n")
    .map((line) => line.replace(/^(\s*)[-*] /, "$1• "))
    .join("\n");
}

/** A fenced code block; the content is escaped like any other text. */
export function codeBlock(text: string): string {
  return `\`\`\`\n${escapeMrkdwn(text.replace(/```/g, "ʼʼʼ"))}\n\`\`\``;
}
