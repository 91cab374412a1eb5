import type { Lang } from "../knowledge/schema.ts";
import type { TutorEvent } from "./events.ts";

/** Words that start or resume tutoring anywhere in a DM, the slash command or the terminal. */
export const START_WORDS = [
  "tutor",
  "튜터",
  "공부",
  "퀴즈",
  "quiz",
  "study",
  "tutoring",
  "튜터링",
  // The DM's suggested prompt sends these.
  "start tutoring",
  "튜터링 시작",
] as const;

const WORDS: ReadonlyArray<readonly [TutorEvent["type"], readonly string[]]> = [
  ["resume", ["continue", "resume", "계속", "이어서", "이어하기", "계속하기"]],
  ["hint", ["hint", "힌트"]],
  ["skip", ["skip", "pass", "건너뛰기", "패스", "넘기기"]],
  ["repeat", ["repeat", "again", "다시", "다시보기"]],
  ["next", ["next", "next lesson", "다음", "다음 레슨", "다음 과"]],
  ["review", ["review", "복습"]],
  ["status", ["status", "progress", "진도", "진행", "현황"]],
  ["reset", ["reset", "초기화"]],
  ["finish", ["finish", "stop", "end", "done", "끝", "그만", "마치기", "끝내기"]],
];
const YES = ["yes", "y", "네", "예", "응", "확인"];
const NO = ["no", "n", "아니요", "아니오", "아니", "취소", "cancel"];

const START = new Set<string>(START_WORDS);

function clean(text: string): string {
  return text
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[.!。]+$/, "")
    .replace(/\s+/g, " ");
}

/**
 * Reads typed text as a tutoring command. `tutor <command>` always counts; a
 * bare command word counts only when `active` (the surface decides: e.g. the
 * user has tutored before) or a reset waits for its yes/no, so "status" from
 * someone who never tutored is still an ordinary question.
 */
export function parseTutorCommand(
  text: string,
  context: { readonly active: boolean; readonly confirmReset: boolean },
): TutorEvent | undefined {
  const input = clean(text);
  if (START.has(input)) return { type: "start", lang: langOf(input) };
  const prefix = input.split(" ")[0] ?? "";
  const prefixed = START.has(prefix);
  const rest = prefixed ? input.slice(prefix.length).trim() : input;
  if (!prefixed && !context.active && !context.confirmReset) return undefined;
  if (context.confirmReset && YES.includes(rest)) return { type: "reset-confirm" };
  if (context.confirmReset && NO.includes(rest)) return { type: "reset-cancel" };
  const lesson = /^(?:lesson|레슨|go|goto|과)?\s*(\d{1,2})\s*(?:과|번째 레슨)?$/.exec(rest);
  if (lesson && (prefixed || /\D/.test(rest))) return { type: "goto", lesson: Number(lesson[1]) };
  for (const [type, words] of WORDS) if (words.includes(rest)) return { type } as TutorEvent;
  if (prefixed && rest === "") return { type: "start" };
  return undefined;
}

function langOf(word: string): Lang | undefined {
  if (/[\uac00-\ud7af]/.test(word)) return "ko";
  return undefined;
}
