import type { Lang } from "../../core/knowledge/schema.ts";
import type { ControlEvent, TutorView } from "../../core/tutor/view.ts";

const bold = (s: string, color: boolean) => (color ? `\u001b[1m${s}\u001b[22m` : s);
const dim = (s: string, color: boolean) => (color ? `\u001b[2m${s}\u001b[22m` : s);

/** What to type for each control in the terminal (buttons in Slack). */
const TYPED: Record<ControlEvent, [string, string]> = {
  start: ["공부", "tutor"],
  resume: ["계속", "continue"],
  hint: ["힌트", "hint"],
  skip: ["건너뛰기", "skip"],
  next: ["다음", "next"],
  review: ["복습", "review"],
  finish: ["끝", "finish"],
  status: ["진도", "status"],
  "reset-confirm": ["네", "yes"],
  "reset-cancel": ["아니요", "no"],
};

/**
 * A tutoring view as terminal text: options numbered `1)` (answer with `1`
 * or `a`), controls listed as the words to type.
 */
export function formatTutorView(view: TutorView, lang: Lang, color: boolean): string {
  const lines: string[] = [];
  if (view.title) lines.push(bold(view.title, color));
  lines.push(...view.lines);
  if (view.code) lines.push("", view.code, "");
  view.options?.forEach((option, i) => {
    lines.push(`  ${i + 1}) ${option.label}`);
  });
  if (view.controls && view.controls.length > 0) {
    const words = view.controls.map((c) => {
      const typed = TYPED[c.event][lang === "ko" ? 0 : 1];
      return typed.toLowerCase() === c.label.toLowerCase() ? typed : `${typed} (${c.label})`;
    });
    lines.push(dim(`[${words.join(" · ")}]`, color));
  }
  return lines.join("\n");
}
