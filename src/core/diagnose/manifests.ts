import type { Lang } from "../knowledge/schema.ts";
import { flatten } from "./documents.ts";
import { say } from "./say.ts";
import { type Container, type PodSpec, WorkloadSchema } from "./schemas.ts";
import type { DiagnosisItem } from "./types.ts";

/**
 * Docker dependencies in Pod, Deployment, DaemonSet (and the other pod
 * templates): the node's docker.sock mounted by hostPath, the docker CLI in
 * command/args, and privileged docker:dind sidecars (which keep working).
 */

const DOCKER_PATHS = /^\/(var\/)?run\/docker\.sock\/?$|^\/var\/lib\/docker\/?$|^\/(var\/)?run\/?$/;
const RUN_DIR = /^\/(var\/)?run\/?$/;
const DOCKER_CLI =
  /(^|[\s;&|(`'"/])docker(\s+(build|buildx|run|ps|push|pull|exec|images|login|tag|logs|inspect|info|version|compose|save|load|rm|rmi|stop|start|kill|cp|network|volume|system|container|image))(\s|$|["';)])/;
const DIND = /(^|\/)docker:[^\s]*dind|(^|\/)dind[:@]|[-/]dind(:|$)/;

interface Workload {
  readonly kind: string;
  readonly name: string;
  readonly spec: PodSpec;
}

export function workloadsIn(docs: readonly unknown[]): Workload[] {
  return flatten(docs).flatMap((doc) => {
    const parsed = WorkloadSchema.safeParse(doc);
    if (!parsed.success) return [];
    const w = parsed.data;
    const spec =
      w.kind === "Pod"
        ? w.spec
        : w.kind === "CronJob"
          ? w.spec.jobTemplate.spec.template.spec
          : w.spec.template.spec;
    return [{ kind: w.kind, name: w.metadata.name ?? "?", spec }];
  });
}

const containersOf = (spec: PodSpec) => [...spec.initContainers, ...spec.containers];

const isDind = (c: Container) => DIND.test(c.image ?? "");

function usesDockerCli(c: Container): boolean {
  const words = [...c.command, ...c.args];
  if (words[0] === "docker" || /\/docker$/.test(words[0] ?? "")) return true;
  return DOCKER_CLI.test(words.join(" "));
}

const dockerHost = (c: Container) => c.env.find((e) => e.name === "DOCKER_HOST")?.value;

function diagnoseWorkload(w: Workload, lang: Lang): DiagnosisItem[] {
  const socketVolumes = new Map<string, string>();
  for (const v of w.spec.volumes) {
    const path = v.hostPath?.path;
    if (path && DOCKER_PATHS.test(path)) socketVolumes.set(v.name ?? "", path);
  }
  const containers = containersOf(w.spec);
  const hasDind = containers.some(isDind);
  const label = `${w.kind}/${w.name}`;
  const items: DiagnosisItem[] = [];
  for (const c of containers) {
    const name = `${label} › ${c.name ?? "?"}`;
    const mounted = c.volumeMounts.flatMap((m) => socketVolumes.get(m.name ?? "") ?? []);
    if (isDind(c)) {
      const privileged = c.securityContext.privileged === true;
      items.push(
        privileged
          ? {
              name,
              verdict: "ok",
              reason: say(
                lang,
                "a privileged docker:dind sidecar runs its own Docker daemon inside the pod, so it keeps working on containerd and CRI-O nodes.",
                "privileged docker:dind 사이드카는 파드 안에서 자체 Docker 데몬을 돌리므로 containerd·CRI-O 노드에서도 계속 동작합니다.",
              ),
            }
          : {
              name,
              verdict: "check",
              reason: say(
                lang,
                "docker:dind starts its own daemon only with `securityContext.privileged: true`.",
                "docker:dind는 `securityContext.privileged: true`가 있어야 자체 데몬을 띄울 수 있습니다.",
              ),
            },
      );
      continue;
    }
    if (mounted.length > 0 && mounted.every((p) => RUN_DIR.test(p))) {
      items.push({
        name,
        verdict: "check",
        reason: say(
          lang,
          `mounts the node's ${mounted.join(", ")}, which holds docker.sock on Docker nodes: if it uses that socket it breaks on containerd and CRI-O nodes; the runtime's own socket there is containerd.sock or crio.sock.`,
          `노드의 ${mounted.join(", ")} 경로를 마운트합니다. Docker 노드에서는 그 안에 docker.sock이 있으므로 그 소켓을 쓴다면 containerd·CRI-O 노드에서 깨집니다. 그 노드들의 런타임 소켓은 containerd.sock이나 crio.sock입니다.`,
        ),
      });
      continue;
    }
    if (mounted.length > 0) {
      items.push({
        name,
        verdict: "breaks",
        reason: say(
          lang,
          `mounts the node's ${mounted.join(", ")} (hostPath): it only works on nodes that run Docker Engine; containerd and CRI-O nodes have no dockerd behind that path. Build with BuildKit or buildah, run a docker:dind sidecar instead, or switch an agent to its containerd/CRI mode.`,
          `hostPath로 노드의 ${mounted.join(", ")} 경로를 마운트합니다. Docker Engine이 도는 노드에서만 동작하고 containerd·CRI-O 노드에는 그 경로 뒤에 dockerd가 없습니다. BuildKit이나 buildah로 빌드하거나, docker:dind 사이드카를 쓰거나, 에이전트라면 containerd/CRI 모드로 바꾸십시오.`,
        ),
      });
      continue;
    }
    if (usesDockerCli(c)) {
      const host = dockerHost(c) ?? "";
      const ownDaemon = hasDind || /^tcp:\/\//.test(host);
      items.push(
        ownDaemon
          ? {
              name,
              verdict: "ok",
              reason: say(
                lang,
                `runs the docker CLI against ${hasDind ? "the pod's dind sidecar" : host}, not the node's Docker: keeps working after the switch.`,
                `docker CLI가 노드의 Docker가 아니라 ${hasDind ? "파드의 dind 사이드카" : host}에 붙으므로 전환 후에도 동작합니다.`,
              ),
            }
          : {
              name,
              verdict: "check",
              reason: say(
                lang,
                "runs the docker CLI but no daemon is visible here: on a containerd or CRI-O node there is no dockerd to talk to. Use a dind sidecar (DOCKER_HOST=tcp://localhost:2375) or a daemonless builder.",
                "docker CLI를 쓰지만 연결할 데몬이 보이지 않습니다. containerd·CRI-O 노드에는 dockerd가 없으니 dind 사이드카(DOCKER_HOST=tcp://localhost:2375)나 데몬 없는 빌더를 쓰십시오.",
              ),
            },
      );
    }
  }
  if (items.length === 0)
    items.push({
      name: label,
      verdict: "ok",
      reason: say(
        lang,
        "no docker.sock mount, docker CLI or dind sidecar: nothing here depends on Docker Engine on the node.",
        "docker.sock 마운트, docker CLI, dind 사이드카가 없어 노드의 Docker Engine에 의존하는 부분이 없습니다.",
      ),
    });
  return items;
}

export function diagnoseManifests(docs: readonly unknown[], lang: Lang): DiagnosisItem[] {
  return workloadsIn(docs).flatMap((w) => diagnoseWorkload(w, lang));
}
