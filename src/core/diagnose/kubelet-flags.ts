import { flatten } from "./documents.ts";
import { isProseLine } from "./normalize.ts";
import { KubeletConfigurationSchema } from "./schemas.ts";

/**
 * The kubelet's runtime settings from whatever people paste: a command line
 * (`ps`, /proc/…/cmdline), `/var/lib/kubelet/kubeadm-flags.env`, a systemd
 * drop-in, or `/var/lib/kubelet/config.yaml` (KubeletConfiguration).
 */
export interface KubeletSettings {
  readonly containerRuntime?: string;
  readonly endpoint?: string;
  /** Flags removed from the kubelet with dockershim in 1.24, as pasted (`--network-plugin=cni`). */
  readonly removedFlags: readonly string[];
  readonly cgroupDriver?: string;
  readonly hostname?: string;
  /** "config" when read from a KubeletConfiguration, else "flags". */
  readonly source: "flags" | "config";
  /**
   * A whole command line or config, not one flag quoted in a question: only then
   * does a missing endpoint say something about the node.
   */
  readonly whole: boolean;
}

export const REMOVED_IN_124 = [
  "network-plugin",
  "network-plugin-mtu",
  "cni-bin-dir",
  "cni-conf-dir",
  "cni-cache-dir",
  "docker-endpoint",
  "image-pull-progress-deadline",
  "experimental-dockershim-root-directory",
  "dockershim-root-directory",
] as const;

const FLAG =
  /(?:^|[\s"'])--([a-z][a-z0-9-]*)(?:=("[^"]*"|'[^']*'|[^\s"']*)|[ \t]+((?:unix|npipe):\/\/\S+|\/[^\s"']+|remote|docker|systemd|cgroupfs|cni|kubenet|\d[^\s"']*)(?=\s|$|["']))?/g;
/** Flags that only come from kubelet settings; any one of them with a value marks a kubelet paste. */
const KUBELET_ONLY =
  /^(container-runtime|container-runtime-endpoint|network-plugin|cni-bin-dir|cni-conf-dir|cgroup-driver|pod-infra-container-image|kubeconfig|bootstrap-kubeconfig|image-service-endpoint)$/;

const unquote = (v: string) => v.replace(/^["']|["']$/g, "");

function flagsIn(lines: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (const line of lines) {
    if (isProseLine(line)) continue;
    // `ps` and error lines mention flags too; only lines that set them count.
    if (/unknown flag|no such file|error|failed/i.test(line)) continue;
    for (const m of line.matchAll(FLAG)) {
      const value = m[2] ?? m[3];
      flags.set(m[1] ?? "", value === undefined ? "" : unquote(value));
    }
  }
  return flags;
}

function fromFlags(lines: readonly string[]): KubeletSettings | undefined {
  const flags = flagsIn(lines);
  const text = lines.join("\n");
  // A flag quoted in a question ("--container-runtime=remote 없어졌던데 뭐 써야 돼?") is
  // not a paste: it takes the env file, a kubelet invocation, or several flags set at once.
  const invoked = /KUBELET_(KUBEADM|EXTRA)_ARGS|(^|[\s/])kubelet\s+--/m.test(text);
  const withValue = [...flags.values()].filter((v) => v !== "").length;
  if (!(invoked && withValue >= 1) && withValue < 2) return undefined;
  const whole = flags.size >= 3 || /KUBELET_(KUBEADM|EXTRA)_ARGS/.test(text);
  if (![...flags.keys()].some((n) => KUBELET_ONLY.test(n) || REMOVED_IN_124.some((r) => r === n)))
    return undefined;
  const get = (name: string) => flags.get(name) || undefined;
  const removed = REMOVED_IN_124.filter((f) => flags.has(f)).map((f) =>
    flags.get(f) ? `--${f}=${flags.get(f)}` : `--${f}`,
  );
  const containerRuntime = flags.has("container-runtime")
    ? (get("container-runtime") ?? "")
    : undefined;
  return {
    ...(containerRuntime !== undefined ? { containerRuntime } : {}),
    ...(get("container-runtime-endpoint") ? { endpoint: get("container-runtime-endpoint") } : {}),
    removedFlags: removed,
    ...(get("cgroup-driver") ? { cgroupDriver: get("cgroup-driver") } : {}),
    ...(get("hostname-override") ? { hostname: get("hostname-override") } : {}),
    source: "flags",
    whole,
  };
}

function fromConfig(docs: readonly unknown[]): KubeletSettings | undefined {
  const config = flatten(docs)
    .map((d) => KubeletConfigurationSchema.safeParse(d))
    .find((p) => p.success)?.data;
  if (!config) return undefined;
  const { containerRuntimeEndpoint: endpoint, cgroupDriver } = config;
  return {
    ...(endpoint ? { endpoint } : {}),
    removedFlags: [],
    ...(cgroupDriver ? { cgroupDriver } : {}),
    source: "config",
    whole: true,
  };
}

/** Flags and the config file may both be pasted; the flags win, as they do in the kubelet. */
export function readKubelet(
  lines: readonly string[],
  docs: readonly unknown[],
): KubeletSettings | undefined {
  const flags = fromFlags(lines);
  const config = fromConfig(docs);
  if (!flags) return config;
  if (!config) return flags;
  const endpoint = flags.endpoint ?? config.endpoint;
  const cgroupDriver = flags.cgroupDriver ?? config.cgroupDriver;
  return {
    ...flags,
    whole: true,
    ...(endpoint ? { endpoint } : {}),
    ...(cgroupDriver ? { cgroupDriver } : {}),
  };
}
