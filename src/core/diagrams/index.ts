import { type DiagramName, DiagramNameSchema } from "../knowledge/schema.ts";

export type { DiagramStyle } from "./glyphs.ts";
export { checkPath, missingPathIds, type PathProblem } from "./path-checks.ts";
export {
  type Localized,
  type PathEdge,
  PathEdgeSchema,
  type PathId,
  PathIdSchema,
  type PathNode,
  PathNodeSchema,
  PathSchema,
  type RuntimePath,
} from "./path-schema.ts";
export { type DiagramWidth, type RenderOptions, renderDiagram, WIDTH_LIMITS } from "./render.ts";

/** Every diagram a user can ask for, in menu order. */
export const DIAGRAM_NAMES: readonly DiagramName[] = DiagramNameSchema.options;
