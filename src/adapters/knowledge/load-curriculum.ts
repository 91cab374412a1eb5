import path from "node:path";
import {
  ComponentsSchema,
  type Curriculum,
  checkCurriculum,
  type Lesson,
  LessonSchema,
} from "../../core/tutor/curriculum.ts";
import { KnowledgeError, type KnowledgeProblem } from "../../errors.ts";
import { readYamlFile, shownPath, yamlFilesIn } from "./yaml-file.ts";

/**
 * Reads `<root>/curriculum/`: components.yaml (the hops of build-the-path
 * exercises) and lessons/*.yaml in file-name order. Throws one KnowledgeError
 * listing every problem, like the entries and paths loaders.
 */
export async function loadCurriculum(
  root: string,
  entryIds: ReadonlySet<string>,
): Promise<Curriculum> {
  const dir = path.join(root, "curriculum");
  const problems: KnowledgeProblem[] = [];
  const components = await readYamlFile(path.join(dir, "components.yaml"), ComponentsSchema);
  if (!components.ok) problems.push(...components.problems);
  const lessons: Lesson[] = [];
  const files = await yamlFilesIn(path.join(dir, "lessons"));
  for (const file of files) {
    const parsed = await readYamlFile(file, LessonSchema);
    if (parsed.ok) lessons.push(parsed.value);
    else problems.push(...parsed.problems);
  }
  const curriculum: Curriculum = {
    lessons,
    components: components.ok ? components.value : {},
  };
  if (problems.length === 0)
    problems.push(
      ...checkCurriculum(curriculum, entryIds).map((p) => ({
        file: shownPath(path.join(dir, "lessons")),
        field: p.where,
        message: p.message,
      })),
    );
  if (problems.length > 0) throw new KnowledgeError(problems);
  return curriculum;
}
