import type { DiagramName, Lang } from "../knowledge/schema.ts";
import { hopsToPick } from "./answer-match.ts";
import type { Curriculum, Exercise } from "./curriculum.ts";
import type { Notice, ProgressRow, TutorOutput } from "./events.ts";
import { progressBar } from "./progress-bar.ts";

/**
 * What one engine output looks like, independent of the surface: Slack draws
 * it as blocks and buttons, the terminal as text with numbered options.
 */
export type ControlEvent =
  | "start"
  | "resume"
  | "hint"
  | "skip"
  | "next"
  | "review"
  | "finish"
  | "status"
  | "reset-confirm"
  | "reset-cancel";

export interface TutorView {
  readonly tone: "lesson" | "exercise" | "right" | "wrong" | "info";
  readonly title?: string;
  readonly lines: readonly string[];
  /** Monospace block: a diagram or the path built so far. */
  readonly code?: string;
  /** Answer options, in display order; answered with `instance`. */
  readonly options?: readonly { readonly id: string; readonly label: string }[];
  readonly instance?: number;
  /** A free-text exercise: the answer is typed. */
  readonly typed?: boolean;
  readonly controls?: readonly { readonly event: ControlEvent; readonly label: string }[];
  /** A result: the exercise message it answers, to be updated in place. */
  readonly answers?: { readonly instance: number; readonly shownAt?: string };
}

export interface ViewDeps {
  readonly curriculum: Curriculum;
  readonly entryTitle: (id: string, lang: Lang) => string | undefined;
  readonly diagram?: (name: DiagramName, lang: Lang) => string;
}

const t = (lang: Lang, ko: string, en: string) => (lang === "ko" ? ko : en);

function control(event: ControlEvent, lang: Lang): { event: ControlEvent; label: string } {
  const labels: Record<ControlEvent, [string, string]> = {
    start: ["시작", "Start"],
    resume: ["계속", "Continue"],
    hint: ["힌트", "Hint"],
    skip: ["건너뛰기", "Skip"],
    next: ["다음 레슨", "Next lesson"],
    review: ["복습", "Review"],
    finish: ["마치기", "Finish"],
    status: ["진도", "Progress"],
    "reset-confirm": ["네, 초기화", "Yes, reset"],
    "reset-cancel": ["취소", "Cancel"],
  };
  const [ko, en] = labels[event];
  return { event, label: t(lang, ko, en) };
}

/** kubelet → CRI → ? → ? → runC, filled in as hops are picked. */
export function pathSoFar(
  curriculum: Curriculum,
  exercise: Extract<Exercise, { kind: "path" }>,
  picks: readonly string[],
): string {
  const label = (id: string) => curriculum.components[id]?.label ?? id;
  const open = hopsToPick(exercise).length - picks.length;
  const last = exercise.path.at(-1) ?? "";
  return [
    ...exercise.path.slice(0, exercise.given).map(label),
    ...picks.map(label),
    ...Array.from({ length: open }, () => "?"),
    label(last),
  ].join(" → ");
}

function exerciseCode(deps: ViewDeps, exercise: Exercise, picks: readonly string[], lang: Lang) {
  if (exercise.kind === "path") return pathSoFar(deps.curriculum, exercise, picks);
  if (exercise.kind === "order" && picks.length > 0)
    return picks
      .map((id, i) => `${i + 1}. ${exercise.steps.find((s) => s.id === id)?.text[lang] ?? id}`)
      .join("\n");
  return undefined;
}

export function progressLines(rows: readonly ProgressRow[], lang: Lang): string[] {
  return rows.map(
    (r) =>
      `${progressBar(r.mastered, r.total)} ${String(r.number).padStart(2)}. ${r.lesson.title[lang]}${r.done ? " ✓" : ""}`,
  );
}

const NOTICES: Record<Notice, [string, string]> = {
  stale: [
    "그 문제는 이미 답했거나 지나갔습니다. 가장 최근 문제에 답해 주십시오.",
    "That exercise was already answered or has moved on; answer the latest one.",
  ],
  "no-session": [
    "진행 중인 레슨이 없습니다. 'tutor'나 '공부'로 시작하십시오.",
    "No lesson in progress. Say 'tutor' to start one.",
  ],
  "no-review": ["복습할 문제가 없습니다. 잘하고 있습니다!", "Nothing to review: well done!"],
  "no-such-lesson": [
    "그런 레슨이 없습니다. 1부터 12까지 고르십시오.",
    "No such lesson; pick 1 to 12.",
  ],
  "all-done": [
    "모든 레슨을 마쳤습니다. 'review'로 복습하거나 'lesson 3'처럼 다시 볼 수 있습니다.",
    "Every lesson is done. Say 'review' to practise, or 'lesson 3' to revisit one.",
  ],
  paused: [
    "레슨은 그 자리에서 기다립니다. 'continue'(계속)로 이어 갑니다.",
    "The lesson waits where it was; say 'continue' to pick it up.",
  ],
};

export function viewOf(output: TutorOutput, lang: Lang, deps: ViewDeps): TutorView | undefined {
  switch (output.kind) {
    case "lesson": {
      const { lesson } = output;
      const titles = lesson.entries.flatMap((id) => deps.entryTitle(id, lang) ?? []);
      const diagram = lesson.diagram && deps.diagram?.(lesson.diagram, lang);
      return {
        tone: "lesson",
        title: `📘 ${t(lang, "레슨", "Lesson")} ${output.number}/${deps.curriculum.lessons.length} · ${lesson.title[lang]}`,
        lines: [
          lesson.explain[lang],
          ...(titles.length > 0
            ? [`${t(lang, "더 읽기", "Read more")}: ${titles.join(" · ")}`]
            : []),
        ],
        ...(diagram ? { code: diagram } : {}),
      };
    }
    case "exercise":
      return exerciseView(output, lang, deps);
    case "result":
      return resultView(output, lang);
    case "hint":
      return { tone: "info", lines: [`💡 ${output.text[lang]}`] };
    case "lesson-done":
      return {
        tone: "right",
        title: `🎉 ${t(lang, "레슨 완료", "Lesson done")}: ${output.lesson.title[lang]}`,
        lines: [
          t(
            lang,
            `첫 시도에 맞힌 문제: ${output.firstTry}/${output.total} ${progressBar(output.firstTry, output.total)}`,
            `Right on the first try: ${output.firstTry}/${output.total} ${progressBar(output.firstTry, output.total)}`,
          ),
          ...missedLines(output.missed, lang),
          ...(output.next
            ? [t(lang, `다음: ${output.next.title.ko}`, `Next: ${output.next.title.en}`)]
            : []),
        ],
        controls: [
          ...(output.next ? [control("next", lang)] : []),
          ...(output.reviewCount > 0 ? [reviewControl(output.reviewCount, lang)] : []),
          control("status", lang),
        ],
      };
    case "review-done":
      return {
        tone: "right",
        title: t(lang, "복습 완료", "Review done"),
        lines: [
          t(
            lang,
            `${output.total}문제 중 ${output.right}문제를 첫 시도에 맞혔습니다. 남은 복습: ${output.reviewCount}`,
            `${output.right} of ${output.total} right on the first try. Left to review: ${output.reviewCount}`,
          ),
        ],
        controls: [
          ...(output.reviewCount > 0 ? [reviewControl(output.reviewCount, lang)] : []),
          control("start", lang),
        ],
      };
    case "summary":
      return {
        tone: "info",
        title: t(lang, "오늘은 여기까지", "That's it for now"),
        lines: [
          ...progressLines(output.progress, lang),
          ...missedLines(output.missed, lang),
          t(lang, `복습할 문제: ${output.reviewCount}`, `To review: ${output.reviewCount}`),
        ],
        controls: [control("start", lang)],
      };
    case "status":
      return {
        tone: "info",
        title: t(lang, "진도", "Progress"),
        lines: [
          ...progressLines(output.progress, lang),
          t(lang, `복습할 문제: ${output.reviewCount}`, `To review: ${output.reviewCount}`),
        ],
        controls: [
          control(output.current ? "resume" : "start", lang),
          ...(output.reviewCount > 0 ? [reviewControl(output.reviewCount, lang)] : []),
        ],
      };
    case "confirm-reset":
      return {
        tone: "info",
        lines: [
          t(
            lang,
            "진도와 복습 기록을 모두 지울까요? 되돌릴 수 없습니다. (yes/no)",
            "Erase all progress and review history? This cannot be undone. (yes/no)",
          ),
        ],
        controls: [control("reset-confirm", lang), control("reset-cancel", lang)],
      };
    case "reset-done":
      return { tone: "info", lines: [t(lang, "진도를 초기화했습니다.", "Progress erased.")] };
    case "reset-cancelled":
      return { tone: "info", lines: [t(lang, "초기화하지 않았습니다.", "Nothing was erased.")] };
    case "notice": {
      const [ko, en] = NOTICES[output.notice];
      return { tone: "info", lines: [t(lang, ko, en)] };
    }
    case "question":
      return undefined;
  }
}

function reviewControl(count: number, lang: Lang) {
  return { event: "review" as const, label: `${t(lang, "복습", "Review")} (${count})` };
}

function missedLines(missed: readonly Exercise[], lang: Lang): string[] {
  if (missed.length === 0) return [];
  return [
    t(lang, "틀린 문제 (복습에 다시 나옵니다):", "Missed (they come back in review):"),
    ...missed.map((e) => `• ${e.prompt[lang]}`),
  ];
}

function exerciseView(
  output: Extract<TutorOutput, { kind: "exercise" }>,
  lang: Lang,
  deps: ViewDeps,
): TutorView {
  const { exercise } = output;
  const ask: Record<Exercise["kind"], [string, string]> = {
    choice: ["하나를 고르십시오.", "Pick one."],
    text: ["답을 입력하십시오.", "Type your answer."],
    path: ["다음 단계를 고르십시오.", "Pick the next hop."],
    order: ["다음 순서를 고르십시오.", "Pick what comes next."],
  };
  const [ko, en] = ask[exercise.kind];
  const left =
    output.remaining > 0
      ? t(lang, ` (남은 문제 ${output.remaining})`, ` (${output.remaining} more)`)
      : "";
  const code = exerciseCode(deps, exercise, output.picks, lang);
  return {
    tone: "exercise",
    title: `${output.review ? t(lang, "🔁 복습", "🔁 Review") : "❓"} ${exercise.prompt[lang]}`,
    lines: [`${t(lang, ko, en)}${left}`],
    ...(code ? { code } : {}),
    ...(output.options.length > 0 ? { options: output.options } : { typed: true }),
    instance: output.instance,
    controls: [control("hint", lang), control("skip", lang), control("finish", lang)],
  };
}

function resultView(output: Extract<TutorOutput, { kind: "result" }>, lang: Lang): TutorView {
  const { verdict, exercise } = output;
  const mark: Record<typeof verdict, string> = {
    right: t(lang, "✅ 맞았습니다", "✅ Right"),
    "step-right": t(lang, "✅ 맞았습니다", "✅ Right"),
    wrong: t(lang, "❌ 아닙니다", "❌ Not quite"),
    "step-wrong": t(lang, "❌ 그 자리가 아닙니다", "❌ Not that one here"),
    skipped: t(lang, "⏭ 건너뛰었습니다", "⏭ Skipped"),
  };
  const chosen = output.chosen ? ` — ${output.chosen}` : "";
  const later =
    verdict === "wrong" && !output.reveal
      ? [t(lang, "이 문제는 뒤에서 한 번 더 나옵니다.", "This one comes back later.")]
      : [];
  const right = verdict === "right" || verdict === "step-right";
  return {
    tone: right ? "right" : "wrong",
    title: exercise.prompt[lang],
    lines: [
      `${mark[verdict]}${chosen}`,
      ...(output.why ? [output.why[lang]] : []),
      ...(output.reveal ? [`${t(lang, "정답", "Answer")}: ${output.reveal}`] : []),
      ...later,
    ],
    answers: { instance: output.instance, ...(output.shownAt ? { shownAt: output.shownAt } : {}) },
  };
}
