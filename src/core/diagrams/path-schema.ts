import { z } from "zod";
import { DiagramNameSchema, SourceSchema } from "../knowledge/schema.ts";

/** A path file describes one chain; "compare" is a view over two chains, not a chain. */
export const PathIdSchema = DiagramNameSchema.exclude(["compare"]);
export type PathId = z.infer<typeof PathIdSchema>;

const NodeIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, single hyphens)");

const text = z.string().trim().min(1, "must not be empty").max(80);

/** Every visible string exists in both languages so a diagram never mixes them. */
export const LocalizedSchema = z.strictObject({ ko: text, en: text });
export type Localized = z.infer<typeof LocalizedSchema>;

/**
 * Component names are the upstream spelling in Latin script ("dockershim", never "도커심")
 * in both languages, so a Korean reader can search for exactly what they see.
 */
const ComponentNameSchema = z
  .string()
  .max(32)
  .regex(
    /^[A-Za-z][A-Za-z0-9 ./_-]*$/,
    "must be the upstream Latin-script name (letters, digits, space . / _ -)",
  );

export const PathNodeSchema = z.strictObject({
  id: NodeIdSchema,
  name: ComponentNameSchema,
  role: LocalizedSchema,
  /** True for components the new (≥ 1.24) path no longer runs: drawn dashed and marked. */
  removedInNew: z.boolean().optional(),
  /** How the component runs as an OS process ("one per container", "short-lived"). */
  process: LocalizedSchema.optional(),
  /**
   * Id of the previous node when this one is compiled into that node's binary
   * (dockershim inside the kubelet): the renderer draws it as a box inside that box.
   */
  inside: NodeIdSchema.optional(),
});
export type PathNode = z.infer<typeof PathNodeSchema>;

export const PathEdgeSchema = z.strictObject({
  from: NodeIdSchema,
  to: NodeIdSchema,
  /** The interface spoken on this hop (CRI gRPC, Docker Engine API, OCI runtime spec…). */
  label: LocalizedSchema,
});
export type PathEdge = z.infer<typeof PathEdgeSchema>;

export const PathSchema = z.strictObject({
  id: PathIdSchema,
  title: LocalizedSchema,
  nodes: z.array(PathNodeSchema).min(2, "a path needs at least 2 nodes"),
  edges: z.array(PathEdgeSchema).min(1, "a path needs at least 1 edge"),
  sources: z.array(SourceSchema).min(1, "needs at least one source"),
});
export type RuntimePath = z.infer<typeof PathSchema>;
