import type { Lang } from "../knowledge/schema.ts";
import { say } from "./say.ts";
import type { DiagnosisItem } from "./types.ts";

/**
 * The runtime's own settings, pasted next to a crictl or kubelet error:
 * /etc/containerd/config.toml (the `cri` plugin, SystemdCgroup, registry
 * mirrors) and /etc/crictl.yaml (which socket crictl talks to).
 */
export interface RuntimeConfigFinding {
  readonly item: DiagnosisItem;
  readonly steps: readonly string[];
  readonly entries: readonly string[];
}

const CRI_DISABLED =
  /^\s*disabled_plugins\s*=\s*\[[^\]]*["'](?:cri|io\.containerd\.grpc\.v1\.cri)["']/m;
const SYSTEMD_CGROUP = /^\s*SystemdCgroup\s*=\s*(true|false)/m;
const TOML = /^\s*\[plugins|^\s*version\s*=\s*\d|^\s*disabled_plugins\s*=/m;
const OLD_MIRRORS = /^\s*\[plugins\.["']io\.containerd\.grpc\.v1\.cri["']\.registry\.mirrors/m;
const CRICTL_ENDPOINT = /^\s*(runtime-endpoint|image-endpoint)\s*:\s*(\S+)/m;
const VERSION_3 = /^\s*version\s*=\s*3\b/m;
const OLD_CRI_SECTION = /^\s*\[plugins\.["']io\.containerd\.grpc\.v1\.cri["']/m;

/**
 * @param onTwo whether the config is read by containerd 2.x (its `version = 3`, or the asker
 *   saying "containerd 2.0으로 올렸더니"): keys 2.0 removed are then ignored, not merely old.
 */
export function readRuntimeConfig(
  text: string,
  kubeletCgroupDriver: string | undefined,
  lang: Lang,
  onTwo = false,
): RuntimeConfigFinding[] {
  const found: RuntimeConfigFinding[] = [];
  const v3 = VERSION_3.test(text);
  if (v3 && OLD_CRI_SECTION.test(text)) found.push(oldSectionInV3(lang));
  if (CRI_DISABLED.test(text))
    found.push({
      entries: ["cri-v1-not-implemented", "containerd-cri-plugin"],
      item: {
        name: 'disabled_plugins = ["cri"]',
        runtime: "containerd",
        verdict: "breaks",
        reason: say(
          lang,
          "containerd's CRI plugin is switched off, so the kubelet and crictl cannot use this containerd (crictl shows `Unimplemented … runtime.v1.RuntimeService`).",
          "containerd의 CRI 플러그인이 꺼져 있어 kubelet과 crictl이 이 containerd를 쓸 수 없습니다(crictl에 `Unimplemented … runtime.v1.RuntimeService`가 나옵니다).",
        ),
      },
      steps: [
        say(
          lang,
          'Take "cri" out of disabled_plugins in /etc/containerd/config.toml and run `systemctl restart containerd`.',
          '/etc/containerd/config.toml의 disabled_plugins에서 "cri"를 빼고 `systemctl restart containerd`를 실행하십시오.',
        ),
      ],
    });
  // Only inside a pasted config: "SystemdCgroup = true goes where?" is a question.
  const cgroup = TOML.test(text) ? SYSTEMD_CGROUP.exec(text)?.[1] : undefined;
  if (cgroup) {
    const runtimeDriver = cgroup === "true" ? "systemd" : "cgroupfs";
    const mismatch = kubeletCgroupDriver !== undefined && kubeletCgroupDriver !== runtimeDriver;
    found.push({
      entries: ["cgroup-drivers"],
      item: {
        name: `SystemdCgroup = ${cgroup}`,
        runtime: "containerd",
        verdict: mismatch ? "breaks" : "check",
        reason: mismatch
          ? say(
              lang,
              `containerd uses the ${runtimeDriver} cgroup driver but the kubelet uses ${kubeletCgroupDriver}, a mismatch that makes pods fail and restart: set SystemdCgroup = ${kubeletCgroupDriver === "systemd"} to match.`,
              `containerd는 ${runtimeDriver}, kubelet은 ${kubeletCgroupDriver} cgroup 드라이버를 써서 서로 불일치하므로 파드가 실패하고 재시작합니다. SystemdCgroup = ${kubeletCgroupDriver === "systemd"}로 맞추십시오.`,
            )
          : say(
              lang,
              `containerd uses the ${runtimeDriver} cgroup driver; the kubelet's cgroupDriver must be ${runtimeDriver} too (kubeadm's default since 1.22 is systemd).`,
              `containerd가 ${runtimeDriver} cgroup 드라이버를 씁니다. kubelet의 cgroupDriver도 ${runtimeDriver}여야 합니다(kubeadm 기본값은 1.22부터 systemd).`,
            ),
      },
      steps: mismatch
        ? [
            say(
              lang,
              "Make both systemd on systemd hosts: `SystemdCgroup = true` in config.toml and `cgroupDriver: systemd` in /var/lib/kubelet/config.yaml; restart containerd, then the kubelet.",
              "systemd 호스트라면 둘 다 systemd로 맞추십시오: config.toml에 `SystemdCgroup = true`, /var/lib/kubelet/config.yaml에 `cgroupDriver: systemd`. containerd, 그다음 kubelet을 재시작하십시오.",
            ),
          ]
        : [],
    });
  }
  if (OLD_MIRRORS.test(text)) found.push(oldMirrors(lang, onTwo || v3));
  const crictl = CRICTL_ENDPOINT.exec(text);
  if (crictl && /dockershim\.sock/.test(crictl[2] ?? ""))
    found.push({
      entries: ["crictl", "cri-socket-paths"],
      item: {
        name: `${crictl[1]}: ${crictl[2]}`,
        verdict: "breaks",
        reason: say(
          lang,
          "crictl points at dockershim's socket, which no longer exists from 1.24 or once Docker is gone.",
          "crictl이 dockershim 소켓을 가리킵니다. 1.24부터 또는 Docker를 지운 뒤에는 이 소켓이 없습니다.",
        ),
      },
      steps: [
        say(
          lang,
          "Set `runtime-endpoint: unix:///run/containerd/containerd.sock` (or your runtime's socket) in /etc/crictl.yaml.",
          "/etc/crictl.yaml에 `runtime-endpoint: unix:///run/containerd/containerd.sock`(또는 쓰는 런타임의 소켓)를 설정하십시오.",
        ),
      ],
    });
  return found;
}

function oldSectionInV3(lang: Lang): RuntimeConfigFinding {
  return {
    entries: ["containerd-2-config", "containerd-cri-plugin"],
    item: {
      name: '[plugins."io.containerd.grpc.v1.cri"] in version = 3',
      runtime: "containerd",
      verdict: "breaks",
      reason: say(
        lang,
        "a `version = 3` config (containerd 2.x) reads CRI settings from `io.containerd.cri.v1.runtime` and `io.containerd.cri.v1.images`, so the `io.containerd.grpc.v1.cri` section here is not applied.",
        "`version = 3` 설정(containerd 2.x)은 CRI 설정을 `io.containerd.cri.v1.runtime`과 `io.containerd.cri.v1.images`에서 읽으므로, 여기 있는 `io.containerd.grpc.v1.cri` 섹션은 적용되지 않습니다.",
      ),
    },
    steps: [
      say(
        lang,
        'Move the settings under `[plugins."io.containerd.cri.v1.runtime"…]` (runc options, SystemdCgroup) or `[plugins."io.containerd.cri.v1.images"…]`, or write the config as version 2 and let `containerd config migrate` convert it; then `systemctl restart containerd`.',
        '설정을 `[plugins."io.containerd.cri.v1.runtime"…]`(runc 옵션, SystemdCgroup)나 `[plugins."io.containerd.cri.v1.images"…]` 아래로 옮기거나, version 2로 두고 `containerd config migrate`로 변환한 뒤 `systemctl restart containerd`를 실행하십시오.',
      ),
    ],
  };
}

function oldMirrors(lang: Lang, onTwo: boolean): RuntimeConfigFinding {
  return {
    entries: ["containerd-2-config", "registry-mirrors-daemon-json"],
    item: {
      name: "registry.mirrors",
      runtime: "containerd",
      // containerd 2.0 removed the key: there the mirror is ignored, not merely old-fashioned.
      verdict: onTwo ? "breaks" : "check",
      reason: onTwo
        ? say(
            lang,
            "containerd 2.0 removed the `registry.mirrors` key, so this mirror is ignored; mirrors live in certs.d/<host>/hosts.toml under the CRI plugin's config_path.",
            "containerd 2.0에서 `registry.mirrors` 키가 없어져 이 미러는 무시됩니다. 미러는 CRI 플러그인 config_path 아래 certs.d/<호스트>/hosts.toml에 둡니다.",
          )
        : say(
            lang,
            "the old `registry.mirrors` key is deprecated and gone in containerd 2.0; mirrors now live in certs.d/<host>/hosts.toml under the CRI plugin's config_path.",
            "예전 `registry.mirrors` 키는 사용 중단됐고 containerd 2.0에서 없어졌습니다. 미러는 이제 CRI 플러그인 config_path 아래 certs.d/<호스트>/hosts.toml에 둡니다.",
          ),
    },
    steps: onTwo
      ? [
          say(
            lang,
            'Set `config_path = "/etc/containerd/certs.d"` in the CRI images plugin\'s registry section, write /etc/containerd/certs.d/<registry host>/hosts.toml with your mirror as a [host."…"] entry, and restart containerd.',
            'CRI images 플러그인의 registry 섹션에 `config_path = "/etc/containerd/certs.d"`를 넣고, /etc/containerd/certs.d/<레지스트리 호스트>/hosts.toml에 미러를 [host."…"] 항목으로 적은 뒤 containerd를 재시작하십시오.',
          ),
        ]
      : [],
  };
}
