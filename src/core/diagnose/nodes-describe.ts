import type { PastedNode } from "./nodes-table.ts";
import { runtimeToken } from "./nodes-table.ts";

/**
 * `kubectl describe node …`, the other thing people paste: one block per node,
 * starting at `Name:`, with `Kubelet Version:`, `Container Runtime Version:`,
 * `Operating System:` and the kubeadm cri-socket annotation.
 */
export function nodesFromDescribe(lines: readonly string[]): PastedNode[] {
  const nodes: PastedNode[] = [];
  let current: { name: string; fields: Map<string, string> } | undefined;
  const flush = () => {
    if (!current) return;
    const f = current.fields;
    const runtime = runtimeToken(f.get("container runtime version") ?? "");
    const kubelet = f.get("kubelet version");
    const criSocket = f.get("kubeadm.alpha.kubernetes.io/cri-socket");
    if (runtime || kubelet)
      nodes.push({
        name: current.name,
        ...(kubelet ? { kubelet } : {}),
        ...(runtime ? { runtime: runtime.runtime, runtimeVersion: runtime.version } : {}),
        windows: /windows/i.test(`${f.get("operating system") ?? ""} ${f.get("os image") ?? ""}`),
        ...(criSocket ? { criSocket } : {}),
      });
    current = undefined;
  };
  for (const line of lines) {
    const name = /^Name:\s+(\S+)\s*$/.exec(line);
    if (name) {
      flush();
      current = { name: name[1] ?? "node", fields: new Map() };
      continue;
    }
    // Annotations continue on indented lines without their own "Annotations:" label.
    const field = /^\s*(?:Annotations:\s+)?([\w ./-]+?):\s+(\S.*?)\s*$/.exec(line);
    if (current && field) current.fields.set((field[1] ?? "").toLowerCase(), field[2] ?? "");
  }
  flush();
  return nodes;
}
