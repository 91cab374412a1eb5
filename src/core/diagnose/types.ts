/**
 * What the diagnosis of a paste says, surface-neutral: the CLI prints it, Slack
 * formats it as a short list, `ask --json` carries it as data.
 */

/** One verdict per pasted item; surfaces group items by it. */
export type Verdict =
  /** Docker Engine through dockershim (kubelet ≤ 1.23): stops working at 1.24. */
  | "dockershim"
  /** Docker Engine through cri-dockerd: keeps working while cri-dockerd is installed. */
  | "cri-dockerd"
  /** Not affected. */
  | "ok"
  /** The runtime is older than this kubelet (or its next upgrade) needs. */
  | "upgrade-runtime"
  /** Stops working: on an upgrade, or on nodes without Docker Engine. */
  | "breaks"
  /** The paste alone cannot settle it; the reason names the check that does. */
  | "check"
  /** An error line: the reason is its cause. */
  | "error";

/** Display order of verdict groups: what needs action first. */
export const VERDICT_ORDER: readonly Verdict[] = [
  "error",
  "dockershim",
  "breaks",
  "upgrade-runtime",
  "check",
  "cri-dockerd",
  "ok",
];

export type DiagnosisKind =
  | "nodes"
  | "kubelet"
  | "manifests"
  | "runtime-config"
  | "errors"
  | "mixed"
  | "unreadable";

export interface DiagnosisItem {
  /** A node, workload/container, kubelet setting or error, as pasted. */
  readonly name: string;
  /** Runtime as reported (`docker`, `containerd`, `cri-o`) or as diagnosed (`cri-dockerd`). */
  readonly runtime?: string;
  /** The runtime's version. */
  readonly version?: string;
  /** The kubelet version, when the paste shows it. */
  readonly kubelet?: string;
  readonly verdict: Verdict;
  /** Why, in the answer language. */
  readonly reason: string;
  /** The Kubernetes release that removed this setting ("1.27"), for a kubelet flag that breaks. */
  readonly removedIn?: string;
  /** Read from docker:// and the kubelet's version alone: its command line could still say cri-dockerd. */
  readonly inferred?: true;
}

export interface Diagnosis {
  readonly kind: DiagnosisKind;
  /** The verdict sentence that leads the answer. */
  readonly summary: string;
  readonly items: readonly DiagnosisItem[];
  readonly nextSteps: readonly string[];
  /** How many secrets were removed from the paste before it was read. */
  readonly redacted: number;
}
