import type { DiagramName, Lang } from "../knowledge/schema.ts";
import { ASKS_DOCKERSHIM } from "./diagnosis-yes-no.ts";
import { findErrors } from "./error-lines.ts";
import { readKubelet } from "./kubelet-flags.ts";
import { diagnoseKubelet } from "./kubelet-rules.ts";
import { diagnoseManifests } from "./manifests.ts";
import { confirmDockerPath, kubeletSteps, manifestSteps, nodeSteps } from "./next-steps.ts";
import { diagnoseNode, providerOf } from "./node-rules.ts";
import { nodesFromDescribe } from "./nodes-describe.ts";
import { nodesFromDocuments } from "./nodes-object.ts";
import { parseNodeTable } from "./nodes-table.ts";
import { isProseLine, type Normalized } from "./normalize.ts";
import { type RuntimeConfigFinding, readRuntimeConfig } from "./runtime-config.ts";
import { say } from "./say.ts";
import { errorsSummary, kubeletSummary, manifestsSummary, nodesSummary } from "./summary.ts";
import type { DiagnosisItem, DiagnosisKind } from "./types.ts";

/**
 * The parts a paste can hold, each read on its own: nodes, kubelet settings,
 * manifests, runtime config, error lines. A paste may hold several.
 */

/** One part of a paste that was read: its items, lead sentence, next steps and entries. */
export interface Section {
  readonly kind: Exclude<DiagnosisKind, "mixed" | "unreadable">;
  readonly items: readonly DiagnosisItem[];
  readonly summary: string;
  readonly steps: readonly string[];
  readonly entries: readonly string[];
  readonly diagram?: DiagramName;
}

const PATH_DIAGRAM: Record<string, DiagramName> = {
  dockershim: "old",
  docker: "old",
  "cri-dockerd": "cri-dockerd",
  containerd: "new",
  "cri-o": "crio",
};

/** The diagram of the person's own path: theirs if every item shares one, old vs new if mixed. */
function diagramFor(items: readonly DiagnosisItem[]): DiagramName | undefined {
  const paths = new Set(
    items.flatMap((i) => {
      const path =
        i.verdict === "dockershim" || i.verdict === "cri-dockerd" ? i.verdict : i.runtime;
      const d = path ? PATH_DIAGRAM[path] : undefined;
      return d ? [d] : [];
    }),
  );
  if (paths.size === 1) return [...paths][0];
  if (paths.size === 2 && paths.has("old") && paths.has("new")) return "compare";
  return undefined;
}

// "dockershim or cri-dockerd? how do I tell?" under a node list: the list alone cannot say.
const ASKS_WHICH_DOCKER_PATH = /cri-?dockerd/i;

export function nodeSection(
  n: Normalized,
  docs: readonly unknown[],
  lang: Lang,
  question = "",
): Section | undefined {
  const fromDocs = nodesFromDocuments(docs);
  const described = fromDocs.length > 0 ? fromDocs : nodesFromDescribe(n.lines);
  const nodes = described.length > 0 ? described : (parseNodeTable(n.lines)?.nodes ?? []);
  if (nodes.length === 0) return undefined;
  const items = nodes.map((node) => diagnoseNode(node, lang));
  const provider = providerOf(nodes);
  const has = (v: DiagnosisItem["verdict"]) => items.some((i) => i.verdict === v);
  const entries = [
    "check-node-runtime",
    ...(items.some((i) => i.runtime === "docker") ? ["docker-prefix-not-dockershim"] : []),
    ...(has("upgrade-runtime") ? ["runtime-versions-1-24", "cri-v1-only"] : []),
    ...(provider ? ["managed-kubernetes"] : []),
    ...(has("dockershim") ? ["migrate-to-containerd", "migrate-to-cri-dockerd"] : []),
    ...(has("cri-dockerd") ? ["cri-dockerd"] : []),
    ...(nodes.some((n) => n.criSocket) ? ["kubeadm-cri-socket"] : []),
    ...(nodes.some((n) => n.windows) ? ["windows-nodes-runtime"] : []),
  ];
  const diagram = diagramFor(items);
  // Which Docker path a docker:// node on 1.23 or older is on only its kubelet's command line
  // tells (an annotation naming either socket already settled it): asked that, the check leads.
  const unsettled = items.filter((i) => i.inferred);
  const checkFirst = unsettled.length > 0 && ASKS_WHICH_DOCKER_PATH.test(question);
  const summary = nodesSummary(items, lang, nodes);
  return {
    kind: "nodes",
    items,
    entries,
    summary: checkFirst ? `${confirmDockerPath(unsettled, lang)} ${summary}` : summary,
    steps: nodeSteps(items, provider, lang, checkFirst),
    ...(diagram ? { diagram } : {}),
  };
}

// "are we impacted by the 1.24 removal?" under kubelet flags asks which path the kubelet is on
// first: the dockershim the yes/no opener listens for, or its release, or the word removal.
const ASKS_REMOVAL = new RegExp(
  `${ASKS_DOCKERSHIM.source}|\\b1\\.24\\b|\\bremov(?:al|ed)\\b|제거`,
  ASKS_DOCKERSHIM.flags,
);

export function kubeletSection(
  n: Normalized,
  docs: readonly unknown[],
  lang: Lang,
  question = "",
): Section | undefined {
  const settings = readKubelet(n.lines, docs);
  if (!settings) return undefined;
  const { path, items } = diagnoseKubelet(settings, lang);
  if (items.length === 0) return undefined;
  // What breaks first: the entries behind the findings that need action lead the sources.
  const entries = [
    ...(settings.containerRuntime === "remote" ? ["container-runtime-flag-removal"] : []),
    ...(settings.removedFlags.length > 0 ? ["kubelet-network-flags-removed"] : []),
    "container-runtime-endpoint-flag",
    ...(path?.verdict === "dockershim" ? ["migrate-to-containerd"] : []),
    ...(settings.cgroupDriver ? ["cgroup-drivers"] : []),
    "cri-socket-paths",
  ];
  const diagram = path ? diagramFor([path]) : undefined;
  return {
    kind: "kubelet",
    items,
    entries,
    summary: kubeletSummary(path, items, lang, ASKS_REMOVAL.test(question)),
    steps: kubeletSteps(path, items, lang),
    ...(diagram ? { diagram } : {}),
  };
}

export function manifestSection(docs: readonly unknown[], lang: Lang): Section | undefined {
  const items = diagnoseManifests(docs, lang);
  if (items.length === 0) return undefined;
  const entries = [
    "docker-sock-mounts",
    ...(items.some((i) => /dind/.test(i.reason)) ? ["dind-sidecar"] : []),
    ...(items.some((i) => i.verdict !== "ok") ? ["build-images-without-docker"] : []),
  ];
  return {
    kind: "manifests",
    items,
    entries,
    summary: manifestsSummary(items, lang),
    steps: manifestSteps(items, lang),
  };
}

// "containerd 2.0으로 올렸더니", "on containerd 2.1 nodes": the asker says which containerd reads the config.
const CONTAINERD_TWO = /containerd\s*v?2(?:\.\d+|\.x)?(?![\d.])/i;

/**
 * What a pasted runtime config amounts to, in one sentence: the settings that break, or, for one
 * setting that breaks or a single one to look at, what it does, so "이거 먹는 거 맞지?" and "why is
 * the mirror ignored?" are answered there. The cgroup driver is compared with the kubelet rather
 * than explained alone.
 */
function configSummary(found: readonly RuntimeConfigFinding[], lang: Lang): string {
  const breaking = found.filter((f) => f.item.verdict === "breaks");
  if (breaking.length > 1) {
    const names = breaking.map((f) => f.item.name).join(", ");
    return say(
      lang,
      `The runtime's config has ${breaking.length} settings that break Kubernetes: ${names}.`,
      `런타임 설정에 Kubernetes를 깨는 항목이 ${breaking.length}개 있습니다: ${names}.`,
    );
  }
  const [only, ...more] = breaking.length === 1 ? breaking : found;
  // A cgroup driver alone is "one setting to compare" unless the kubelet's side is known to differ.
  const comparesOnly = only?.entries.includes("cgroup-drivers") && only.item.verdict !== "breaks";
  if (only && more.length === 0 && !comparesOnly)
    // The English reasons continue a sentence ("the old key is…"); the Korean ones stand alone.
    return say(lang, `In this config, ${only.item.reason}`, only.item.reason);
  return say(
    lang,
    "Nothing in the runtime's config blocks Kubernetes; one setting to compare with the kubelet.",
    "런타임 설정에 Kubernetes를 막는 항목은 없고, kubelet과 맞춰 볼 설정이 있습니다.",
  );
}

// "kubelet은 cgroupDriver systemd임", "the kubelet runs the systemd cgroup driver": the asker's
// word for the kubelet's side when only the runtime's config is pasted.
const STATED_KUBELET_DRIVER =
  /kubelet\S{0,3}\s.{0,40}?(?:cgroupDriver|cgroup[ -]?driver|cgroup ?드라이버)\S{0,3}\s*[:=]?\s*["']?(systemd|cgroupfs)\b|kubelet\S{0,3}\s.{0,30}?\b(systemd|cgroupfs)\b\s*(?:cgroup[ -]?driver|cgroup ?드라이버)/i;

function statedKubeletDriver(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = STATED_KUBELET_DRIVER.exec(line);
    const driver = m?.[1] ?? m?.[2];
    if (driver) return driver.toLowerCase();
  }
  return undefined;
}

export function configSection(
  n: Normalized,
  docs: readonly unknown[],
  lang: Lang,
): Section | undefined {
  const cgroupDriver = readKubelet(n.lines, docs)?.cgroupDriver ?? statedKubeletDriver(n.lines);
  // A setting named in a question ("SystemdCgroup = true 어디에 넣어요?") is not a pasted config.
  const pasted = n.lines.filter((l) => !isProseLine(l)).join("\n");
  const onTwo = n.lines.some((l) => CONTAINERD_TWO.test(l));
  const found = readRuntimeConfig(pasted, cgroupDriver, lang, onTwo);
  if (found.length === 0) return undefined;
  return {
    kind: "runtime-config",
    items: found.map((f) => f.item),
    entries: found.flatMap((f) => f.entries),
    summary: configSummary(found, lang),
    steps: found.flatMap((f) => f.steps),
  };
}

export function errorSection(n: Normalized, lang: Lang): Section | undefined {
  const found = findErrors(n.lines, lang);
  if (found.length === 0) return undefined;
  const items = found.map((f) => f.item);
  return {
    kind: "errors",
    items,
    entries: found.flatMap((f) => f.entries),
    summary: errorsSummary(items, lang),
    steps: found.flatMap((f) => f.fix),
  };
}
