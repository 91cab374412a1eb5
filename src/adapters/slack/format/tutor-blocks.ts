import type { types } from "@slack/bolt";
import { z } from "zod";
import type { Lang } from "../../../core/knowledge/schema.ts";
import type { ProgressRow } from "../../../core/tutor/events.ts";
import { progressBar } from "../../../core/tutor/progress-bar.ts";
import type { ControlEvent, TutorView } from "../../../core/tutor/view.ts";
import type { Block, SlackMessage } from "./blocks.ts";
import {
  inline,
  plainFallback,
  preformattedBlock,
  richTextBlocks,
  section,
  textElements,
} from "./rich-text.ts";
import { trimText } from "./split.ts";

/**
 * Tutoring views as Block Kit rich_text (explicit styles, literal text, so a
 * typed answer echoed back needs no escaping and marks next to Hangul work),
 * paths and diagrams preformatted. Options are listed in full as a numbered
 * list and answered by short numbered buttons, since button labels are cut
 * at 75 characters.
 */

export const TutorActionId = {
  /** Prefix: `tutor_answer_<n>`, so each button in a block has its own id. */
  Answer: "tutor_answer",
  /** Prefix: `tutor_ctl_<event>`. */
  Control: "tutor_ctl",
} as const;

const AnswerValueSchema = z.object({ i: z.number().int().nonnegative(), v: z.string().min(1) });
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

const CONTROL_EVENTS = [
  "start",
  "resume",
  "hint",
  "skip",
  "next",
  "review",
  "finish",
  "status",
  "reset-confirm",
  "reset-cancel",
] as const satisfies readonly ControlEvent[];
const ControlValueSchema = z.enum(CONTROL_EVENTS);

export function decodeAnswerValue(value: string | undefined): AnswerValue | undefined {
  if (value === undefined) return undefined;
  try {
    const parsed = AnswerValueSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function decodeControlValue(value: string | undefined): ControlEvent | undefined {
  const parsed = ControlValueSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

const BUTTON_LABEL_MAX = 30;

function button(actionId: string, label: string, value: string): types.Button {
  return {
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text: trimText(label, BUTTON_LABEL_MAX), emoji: true },
    value,
  };
}

function controlsBlock(
  controls: NonNullable<TutorView["controls"]>,
  blockId: string,
): Block | undefined {
  if (controls.length === 0) return undefined;
  return {
    type: "actions",
    block_id: blockId,
    elements: controls.map((c) => button(`${TutorActionId.Control}_${c.event}`, c.label, c.event)),
  };
}

/** One view as a message; exercise views carry their instance in every answer button. */
export function tutorMessage(view: TutorView): SlackMessage {
  const options = view.options ?? [];
  const numbered = options.map((o, i) => `${i + 1}. ${o.label}`);
  const blocks: Block[] = richTextBlocks(
    [
      ...(view.title ? [section(inline(view.title, true))] : []),
      ...textElements([...view.lines, ...numbered].join("\n")),
    ],
    "body",
  );
  if (view.code) blocks.push(preformattedBlock(view.code, "code"));
  if (options.length > 0 && view.instance !== undefined) {
    const instance = view.instance;
    blocks.push({
      type: "actions",
      block_id: `answers-${instance}`,
      elements: options.map((o, i) =>
        button(
          `${TutorActionId.Answer}_${i + 1}`,
          `${i + 1}. ${o.label}`,
          JSON.stringify({ i: instance, v: o.id }),
        ),
      ),
    });
  }
  const controls = controlsBlock(view.controls ?? [], `controls-${view.instance ?? 0}`);
  if (controls) blocks.push(controls);
  const text = plainFallback(
    trimText([view.title ?? "", ...view.lines].filter(Boolean).join("\n"), 2900),
  );
  return { text, blocks };
}

const t = (lang: Lang, ko: string, en: string) => (lang === "ko" ? ko : en);

/** The Home tab's tutoring part: a bar per lesson, the review count, Continue and Review. */
export function tutorHomeBlocks(
  progress: { rows: readonly ProgressRow[]; reviewCount: number; inLesson: boolean },
  lang: Lang,
): Block[] {
  const lines = progress.rows.map(
    (r) =>
      `${progressBar(r.mastered, r.total)}  ${r.number}. ${r.lesson.title[lang]}${r.done ? " ✓" : ""}`,
  );
  const review = t(
    lang,
    `복습할 문제: ${progress.reviewCount}`,
    `To review: ${progress.reviewCount}`,
  );
  const controls: { event: ControlEvent; label: string }[] = [
    {
      event: "start",
      label: progress.inLesson ? t(lang, "계속하기", "Continue") : t(lang, "공부 시작", "Start"),
    },
    ...(progress.reviewCount > 0
      ? [
          {
            event: "review" as const,
            label: `${t(lang, "복습", "Review")} (${progress.reviewCount})`,
          },
        ]
      : []),
  ];
  const buttons = controlsBlock(controls, "tutor-controls");
  return [
    {
      type: "header",
      block_id: "tutor-title",
      text: { type: "plain_text", text: t(lang, "튜터링 진도", "Tutoring progress") },
    },
    // One section per line: a "1. " line must not turn into a numbered list.
    ...richTextBlocks(
      [...lines, review].map((line) => section([{ type: "text", text: line }])),
      "tutor-progress",
    ),
    ...(buttons ? [buttons] : []),
    { type: "divider", block_id: "tutor-divider" },
  ];
}
