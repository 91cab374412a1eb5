import { z } from "zod";
import { DiagramNameSchema } from "../knowledge/schema.ts";

/**
 * The tutoring curriculum (knowledge/curriculum/): lessons in both languages,
 * each with a short explanation resting on knowledge entries and 2–4 exercises.
 */

const text = z.string().trim().min(1, "must not be empty");
const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, single hyphens)");

/** Shown in Slack: about 8 lines at most, so a lesson opens without scrolling. */
export const MAX_EXPLAIN_LINES = 8;

export const BiSchema = z.strictObject({ ko: text, en: text });
export type Bi = z.infer<typeof BiSchema>;

const explainText = text.refine(
  (v) => v.split("\n").length <= MAX_EXPLAIN_LINES,
  `must be at most ${MAX_EXPLAIN_LINES} lines`,
);

const base = {
  id: Id,
  prompt: BiSchema,
  hint: BiSchema.optional(),
};

export const ChoiceExerciseSchema = z.strictObject({
  ...base,
  kind: z.literal("choice"),
  options: z
    .array(z.strictObject({ id: Id, text: BiSchema, why: BiSchema }))
    .min(2)
    .max(5),
  answer: Id,
});

export const TextExerciseSchema = z.strictObject({
  ...base,
  kind: z.literal("text"),
  /** Accepted answers and aliases, any language; matched with retrieval's normalising. */
  accept: z.array(text).min(1),
  /** Shown after the answer: the model answer in a sentence. */
  explain: BiSchema,
});

export const PathExerciseSchema = z.strictObject({
  ...base,
  kind: z.literal("path"),
  /** The whole path, component ids, first hop first. */
  path: z.array(Id).min(3),
  /** How many hops are shown from the start; the last hop is shown too, the learner picks the rest. */
  given: z.number().int().min(1).default(1),
  /** Wrong components offered beside the right ones. */
  distractors: z.array(Id).min(1),
  explain: BiSchema,
});

export const OrderExerciseSchema = z.strictObject({
  ...base,
  kind: z.literal("order"),
  /** The steps in the right order. */
  steps: z
    .array(z.strictObject({ id: Id, text: BiSchema }))
    .min(3)
    .max(6),
  explain: BiSchema,
});

export const ExerciseSchema = z.discriminatedUnion("kind", [
  ChoiceExerciseSchema,
  TextExerciseSchema,
  PathExerciseSchema,
  OrderExerciseSchema,
]);
export type Exercise = z.infer<typeof ExerciseSchema>;
export type ChoiceExercise = z.infer<typeof ChoiceExerciseSchema>;
export type PathExercise = z.infer<typeof PathExerciseSchema>;
export type OrderExercise = z.infer<typeof OrderExerciseSchema>;

export const LessonSchema = z.strictObject({
  id: Id,
  title: BiSchema,
  explain: z.strictObject({ ko: explainText, en: explainText }),
  /** Knowledge entry ids this lesson rests on (linked under the explanation). */
  entries: z.array(Id).min(1),
  diagram: DiagramNameSchema.optional(),
  exercises: z.array(ExerciseSchema).min(2).max(4),
});
export type Lesson = z.infer<typeof LessonSchema>;

export const ComponentSchema = z.strictObject({
  label: text,
  /** What the component really does: shown when it is picked at the wrong hop. */
  does: BiSchema,
});
export type Component = z.infer<typeof ComponentSchema>;

export const ComponentsSchema = z.record(Id, ComponentSchema);

export interface Curriculum {
  readonly lessons: readonly Lesson[];
  readonly components: Readonly<Record<string, Component>>;
}

export interface CurriculumProblem {
  readonly where: string;
  readonly message: string;
}

/** Cross-file checks the schemas cannot make: ids, references, answers. */
export function checkCurriculum(
  curriculum: Curriculum,
  entryIds: ReadonlySet<string>,
): CurriculumProblem[] {
  const problems: CurriculumProblem[] = [];
  const seen = new Set<string>();
  const lessonIds = new Set<string>();
  for (const lesson of curriculum.lessons) {
    if (lessonIds.has(lesson.id))
      problems.push({ where: lesson.id, message: "lesson id is used twice" });
    lessonIds.add(lesson.id);
    for (const id of lesson.entries)
      if (!entryIds.has(id))
        problems.push({ where: lesson.id, message: `entries: no knowledge entry "${id}"` });
    for (const exercise of lesson.exercises) {
      const where = `${lesson.id}/${exercise.id}`;
      if (seen.has(exercise.id))
        problems.push({ where, message: "exercise id is used twice (ids are global)" });
      seen.add(exercise.id);
      problems.push(...checkExercise(exercise, curriculum, where));
    }
  }
  if (curriculum.lessons.length < 8 || curriculum.lessons.length > 12)
    problems.push({ where: "lessons", message: "there must be 8 to 12 lessons" });
  return problems;
}

function checkExercise(
  exercise: Exercise,
  curriculum: Curriculum,
  where: string,
): CurriculumProblem[] {
  const problems: CurriculumProblem[] = [];
  if (exercise.kind === "choice") {
    const ids = exercise.options.map((o) => o.id);
    if (!ids.includes(exercise.answer))
      problems.push({ where, message: `answer "${exercise.answer}" is not an option` });
    if (new Set(ids).size !== ids.length) problems.push({ where, message: "option ids repeat" });
  }
  if (exercise.kind === "path") {
    for (const id of [...exercise.path, ...exercise.distractors])
      if (!curriculum.components[id])
        problems.push({ where, message: `no component "${id}" in components.yaml` });
    if (exercise.given >= exercise.path.length - 1)
      problems.push({ where, message: "given must leave at least one hop to pick" });
    if (exercise.distractors.some((d) => exercise.path.includes(d)))
      problems.push({ where, message: "a distractor is also on the path" });
  }
  if (exercise.kind === "order") {
    const ids = exercise.steps.map((s) => s.id);
    if (new Set(ids).size !== ids.length) problems.push({ where, message: "step ids repeat" });
  }
  return problems;
}

export function findExercise(
  curriculum: Curriculum,
  id: string,
): { lesson: Lesson; exercise: Exercise } | undefined {
  for (const lesson of curriculum.lessons) {
    const exercise = lesson.exercises.find((e) => e.id === id);
    if (exercise) return { lesson, exercise };
  }
  return undefined;
}
