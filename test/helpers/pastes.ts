import { readFileSync } from "node:fs";
import path from "node:path";

/** A realistic paste from test/fixtures/pastes. */
export function paste(name: string): string {
  return readFileSync(path.join(import.meta.dirname, "../fixtures/pastes", name), "utf8");
}

export const fenced = (text: string, tag = "") => `\`\`\`${tag}\n${text}\n\`\`\``;

/** What Slack sends for typed text: &, <, > as entities. */
export const slackEscaped = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
