import { distance } from "fastest-levenshtein";
import type { Tokenizer } from "../retrieval/tokenize.ts";
import type { Curriculum, Exercise } from "./curriculum.ts";

/**
 * Does a typed answer say what an accepted answer says? Both go through
 * retrieval's tokenizer (glossary spellings, Korean particles and spacing,
 * English stems), then every token of an accepted answer must appear in the
 * typed one, allowing a typo or two in long Latin words.
 */
export function matchesAccepted(
  tokenize: Tokenizer,
  typed: string,
  accepted: readonly string[],
): boolean {
  // Korean spacing varies ("네임 스페이스"): also read the text with the spaces between Hangul closed.
  const got = [...tokenize(typed), ...tokenize(typed.replace(HANGUL_GAP, ""))];
  if (got.length === 0) return false;
  return accepted.some((answer) => {
    // Whole Hangul words carry particles ("네임스페이스요"); their bigrams say the same without them.
    const want = tokenize(answer).filter((token) => !HANGUL_WORD.test(token));
    return want.length > 0 && want.every((token) => got.some((g) => close(g, token)));
  });
}

const HANGUL_GAP = /(?<=[\uac00-\ud7af])\s+(?=[\uac00-\ud7af])/g;
const HANGUL_WORD = /^[\uac00-\ud7af]{3,}$/;

function close(got: string, want: string): boolean {
  if (got === want) return true;
  if (!/^[a-z]{5,}$/.test(want) || !/^[a-z]+$/.test(got)) return false;
  return distance(got, want) <= (want.length >= 8 ? 2 : 1);
}

/** The hops a learner picks: all but the first `given` and the last, which are shown. */
export function hopsToPick(exercise: { path: readonly string[]; given: number }): string[] {
  return exercise.path.slice(exercise.given, -1);
}

/** One option a learner can pick: its id and label as numbered on screen. */
export interface Option {
  readonly id: string;
  readonly label: string;
}

/** Stable pseudo-shuffle, so the same exercise shows the same order on every surface. */
function scramble(ids: readonly string[], salt: string): string[] {
  const weight = (id: string) => {
    let h = 2166136261;
    for (const ch of `${salt}:${id}`) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
    return h >>> 0;
  };
  return [...ids].sort((a, b) => weight(a) - weight(b));
}

/**
 * The options on screen for an exercise at its current pick, in display order
 * (choice: as written; path: remaining hops and distractors; order: steps not
 * placed yet). Free text has none.
 */
export function optionsFor(
  curriculum: Curriculum,
  exercise: Exercise,
  picks: readonly string[],
  lang: "ko" | "en",
): Option[] {
  switch (exercise.kind) {
    case "choice":
      return exercise.options.map((o) => ({ id: o.id, label: o.text[lang] }));
    case "path": {
      const left = hopsToPick(exercise).filter((id) => !picks.includes(id));
      return scramble([...new Set([...left, ...exercise.distractors])], exercise.id).map((id) => ({
        id,
        label: curriculum.components[id]?.label ?? id,
      }));
    }
    case "order":
      return scramble(
        exercise.steps.map((s) => s.id).filter((id) => !picks.includes(id)),
        exercise.id,
      ).map((id) => ({
        id,
        label: exercise.steps.find((s) => s.id === id)?.text[lang] ?? id,
      }));
    case "text":
      return [];
  }
}

const LETTERS = "abcdefgh";

/**
 * Which option a typed reply names: "2", "2번", "b", "(b)", or the option's own
 * text. Undefined when it names none (then it may be a question).
 */
export function typedOption(
  options: readonly Option[],
  typed: string,
  tokenize: Tokenizer,
): string | undefined {
  const t = typed
    .trim()
    .toLowerCase()
    .replace(/[().\]]/g, "")
    .replace(/번$/, "")
    .trim();
  const n = /^\d+$/.test(t) ? Number(t) : t.length === 1 ? LETTERS.indexOf(t) + 1 : 0;
  if (n >= 1 && n <= options.length) return options[n - 1]?.id;
  // "containerd랑 CRI-O 차이가 뭐야?" names an option but asks a question: only short replies count.
  if (/[?？]\s*$/.test(typed)) return undefined;
  const words = tokenize(typed).length;
  const named = options.filter(
    (o) => words <= tokenize(o.label).length + 2 && matchesAccepted(tokenize, typed, [o.label]),
  );
  return named.length === 1 ? named[0]?.id : undefined;
}

/** The right answer in words, for "skip" and a second miss. */
export function answerText(curriculum: Curriculum, exercise: Exercise, lang: "ko" | "en"): string {
  const label = (id: string) => curriculum.components[id]?.label ?? id;
  switch (exercise.kind) {
    case "choice":
      return exercise.options.find((o) => o.id === exercise.answer)?.text[lang] ?? exercise.answer;
    case "text":
      return exercise.accept[0] ?? "";
    case "path":
      return exercise.path.map(label).join(" → ");
    case "order":
      return exercise.steps.map((s, i) => `${i + 1}. ${s.text[lang]}`).join(" ");
  }
}
