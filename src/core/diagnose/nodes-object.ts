import { flatten, obj, str } from "./documents.ts";
import { type PastedNode, runtimeToken } from "./nodes-table.ts";

const CRI_SOCKET = "kubeadm.alpha.kubernetes.io/cri-socket";

/**
 * Nodes from `kubectl get nodes -o json|yaml` (a List or one Node), or a bare
 * `.status.nodeInfo` object printed with jsonpath.
 */
export function nodesFromDocuments(docs: readonly unknown[]): PastedNode[] {
  return flatten(docs).flatMap((doc): PastedNode[] => {
    const meta = obj(doc.metadata);
    const info = obj(obj(doc.status).nodeInfo);
    const bare = doc.kind === undefined && str(doc.containerRuntimeVersion) !== undefined;
    if (doc.kind !== "Node" && !bare) return [];
    const source = bare ? doc : info;
    const runtime = runtimeToken(str(source.containerRuntimeVersion) ?? "");
    const kubelet = str(source.kubeletVersion);
    const criSocket = str(obj(meta.annotations)[CRI_SOCKET]);
    const os = `${str(source.operatingSystem) ?? ""} ${str(source.osImage) ?? ""}`;
    return [
      {
        name: str(meta.name) ?? "node",
        ...(kubelet ? { kubelet } : {}),
        ...(runtime ? { runtime: runtime.runtime, runtimeVersion: runtime.version } : {}),
        windows: /windows/i.test(os),
        ...(criSocket ? { criSocket } : {}),
      },
    ];
  });
}
