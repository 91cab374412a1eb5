import { z } from "zod";

/**
 * The shapes read from pasted YAML/JSON, checked with zod like every other
 * boundary. Pastes are partial and hand-edited, so every field is tolerant: a
 * missing or odd field becomes empty instead of failing the whole document.
 */

const text = z.union([z.string(), z.number()]).transform(String).optional().catch(undefined);

/** Items that fit `item`; the rest of a hand-edited list is skipped. */
const listOf = <T extends z.ZodType>(item: T) =>
  z
    .array(z.unknown())
    .catch([])
    .transform((xs) =>
      xs.flatMap((x) => {
        const parsed = item.safeParse(x);
        return parsed.success ? [parsed.data as z.infer<T>] : [];
      }),
    );

const words = z
  .array(z.unknown())
  .catch([])
  .transform((xs) => xs.flatMap((x) => (typeof x === "string" ? [x] : [])));

export const ContainerSchema = z.object({
  name: text,
  image: text,
  command: words,
  args: words,
  env: listOf(z.object({ name: text, value: text })),
  volumeMounts: listOf(z.object({ name: text, mountPath: text })),
  securityContext: z.object({ privileged: z.boolean().optional().catch(undefined) }).catch({}),
});
export type Container = z.infer<typeof ContainerSchema>;

export const PodSpecSchema = z.object({
  containers: listOf(ContainerSchema),
  initContainers: listOf(ContainerSchema),
  volumes: listOf(
    z.object({ name: text, hostPath: z.object({ path: text }).optional().catch(undefined) }),
  ),
});
export type PodSpec = z.infer<typeof PodSpecSchema>;

const Template = z.object({ template: z.object({ spec: PodSpecSchema }) });

/** Where each kind keeps its pod spec. */
export const WorkloadSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("Pod"),
    metadata: z.object({ name: text }).catch({}),
    spec: PodSpecSchema,
  }),
  z.object({
    kind: z.literal("CronJob"),
    metadata: z.object({ name: text }).catch({}),
    spec: z.object({ jobTemplate: z.object({ spec: Template }) }),
  }),
  z.object({
    kind: z.enum([
      "Deployment",
      "DaemonSet",
      "StatefulSet",
      "ReplicaSet",
      "Job",
      "ReplicationController",
    ]),
    metadata: z.object({ name: text }).catch({}),
    spec: Template,
  }),
]);

const NodeInfoSchema = z.object({
  containerRuntimeVersion: text,
  kubeletVersion: text,
  operatingSystem: text,
  osImage: text,
});

export const NodeSchema = z.object({
  kind: z.literal("Node"),
  metadata: z
    .object({ name: text, annotations: z.record(z.string(), z.unknown()).catch({}) })
    .catch({ annotations: {} }),
  status: z.object({ nodeInfo: NodeInfoSchema.catch({}) }).catch({ nodeInfo: {} }),
});

/** `kubectl get node … -o jsonpath='{.status.nodeInfo}'`: the nodeInfo object alone. */
export const BareNodeInfoSchema = NodeInfoSchema.extend({
  kind: z.undefined().optional(),
  containerRuntimeVersion: z.string(),
});

export const KubeletConfigurationSchema = z.object({
  kind: z.literal("KubeletConfiguration"),
  containerRuntimeEndpoint: text,
  cgroupDriver: text,
});
