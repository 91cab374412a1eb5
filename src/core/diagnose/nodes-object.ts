import { flatten } from "./documents.ts";
import { type PastedNode, runtimeToken } from "./nodes-table.ts";
import { BareNodeInfoSchema, NodeSchema } from "./schemas.ts";

const CRI_SOCKET = "kubeadm.alpha.kubernetes.io/cri-socket";

/**
 * Nodes from `kubectl get nodes -o json|yaml` (a List or one Node), or a bare
 * `.status.nodeInfo` object printed with jsonpath.
 */
export function nodesFromDocuments(docs: readonly unknown[]): PastedNode[] {
  return flatten(docs).flatMap((doc): PastedNode[] => {
    const node = NodeSchema.safeParse(doc);
    const bare = node.success ? undefined : BareNodeInfoSchema.safeParse(doc);
    if (!node.success && !bare?.success) return [];
    const info = node.success ? node.data.status.nodeInfo : (bare?.data ?? {});
    const meta = node.success ? node.data.metadata : { annotations: {} };
    const runtime = runtimeToken(info.containerRuntimeVersion ?? "");
    const criSocket = meta.annotations[CRI_SOCKET];
    return [
      {
        name: meta.name ?? "node",
        ...(info.kubeletVersion ? { kubelet: info.kubeletVersion } : {}),
        ...(runtime ? { runtime: runtime.runtime, runtimeVersion: runtime.version } : {}),
        windows: /windows/i.test(`${info.operatingSystem ?? ""} ${info.osImage ?? ""}`),
        ...(typeof criSocket === "string" ? { criSocket } : {}),
      },
    ];
  });
}
