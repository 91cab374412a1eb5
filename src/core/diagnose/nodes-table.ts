/**
 * `kubectl get nodes` as people paste it: any kubectl's column layout, `-o wide`
 * or not, custom-columns, tabs or collapsed spaces, a header or only rows.
 * Rows are read by anchors (name first, `v1.x` kubelet version, `scheme://`
 * runtime last), not by column position, so a lost alignment does not matter.
 */

export interface PastedNode {
  readonly name: string;
  readonly kubelet?: string;
  /** `docker`, `containerd`, `cri-o`… as reported in CONTAINER-RUNTIME. */
  readonly runtime?: string;
  readonly runtimeVersion?: string;
  readonly windows: boolean;
  /** From the kubeadm cri-socket annotation, when the paste has it (-o yaml|json). */
  readonly criSocket?: string;
  /** STATUS says SchedulingDisabled: cordoned, as a node is while its runtime is switched. */
  readonly cordoned?: boolean;
}

const RUNTIME = /^([a-z][a-z0-9-]*):\/\/([\w.+~-]*)$/i;
const NOT_RUNTIME = /^(unix|npipe|https?|tcp|file)$/i;
const KUBELET = /^v\d+\.\d+\.\d+\S*$/;
const STATUS = /^(Not)?Ready(,\S+)?$|^Unknown$|^SchedulingDisabled$/;
const NODE_NAME = /^[A-Za-z0-9][\w.-]*$/;
const HEADER = /^\s*NAME\s+(STATUS|VERSION|CONTAINER-RUNTIME|RUNTIME|KUBELET)/;

export function runtimeToken(token: string): { runtime: string; version: string } | undefined {
  const m = RUNTIME.exec(token);
  if (!m || NOT_RUNTIME.test(m[1] ?? "")) return undefined;
  const runtime = (m[1] ?? "").toLowerCase();
  return { runtime: runtime === "crio" ? "cri-o" : runtime, version: m[2] ?? "" };
}

function readRow(line: string, underHeader: boolean): PastedNode | undefined {
  const tokens = line.trim().split(/\s+/);
  const name = tokens[0] ?? "";
  const kubelet = tokens.find((t) => KUBELET.test(t));
  const runtime = tokens.map(runtimeToken).findLast((r) => r !== undefined);
  const hasStatus = STATUS.test(tokens[1] ?? "");
  // Without a header a row must carry its own evidence; under one, a version is enough.
  // `name<TAB>runtime` is what a jsonpath range over the nodes prints.
  const pair = tokens.length === 2 && runtimeToken(tokens[1] ?? "") !== undefined;
  const evidence = underHeader ? runtime || kubelet : pair || (runtime && (kubelet || hasStatus));
  if (!evidence) return undefined;
  // Node names are DNS names; this keeps YAML keys, bullets and prompts out.
  if (!NODE_NAME.test(name) || RUNTIME.test(name) || KUBELET.test(name)) return undefined;
  return {
    name,
    ...(kubelet ? { kubelet } : {}),
    ...(runtime ? { runtime: runtime.runtime, runtimeVersion: runtime.version } : {}),
    windows: /\bWindows\b/i.test(line),
    ...(/SchedulingDisabled/.test(tokens[1] ?? "") ? { cordoned: true } : {}),
  };
}

export interface NodeTable {
  readonly nodes: readonly PastedNode[];
  /** The header's columns, when there was one (to say which column is missing). */
  readonly header?: readonly string[];
}

export function parseNodeTable(lines: readonly string[]): NodeTable | undefined {
  const nodes: PastedNode[] = [];
  let header: string[] | undefined;
  const seen = new Set<string>();
  for (const line of lines) {
    if (HEADER.test(line)) {
      header = line.trim().split(/\s+/);
      continue;
    }
    const node = readRow(line, header !== undefined);
    if (!node || seen.has(node.name)) continue;
    seen.add(node.name);
    nodes.push(node);
  }
  if (nodes.length === 0) return undefined;
  return header ? { nodes, header } : { nodes };
}
