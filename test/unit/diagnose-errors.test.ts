import { describe, expect, it } from "vitest";
import { readPaste } from "../../src/core/diagnose/diagnose.ts";
import { quotesRuntimeError } from "../../src/core/diagnose/error-lines.ts";
import { fenced } from "../helpers/pastes.ts";

function error(text: string) {
  const reading = readPaste(text);
  expect(reading?.diagnosis.kind).toBe("errors");
  return {
    reading,
    item: reading?.diagnosis.items[0],
    fix: reading?.diagnosis.nextSteps.join("\n") ?? "",
  };
}

describe("error lines: cause and fix", () => {
  it("the kubelet's unknown flag: --container-runtime", () => {
    const { item, fix, reading } = error(
      'Nov 29 10:02:11 node-1 kubelet[2211]: E1129 10:02:11.123456    2211 run.go:74] "command failed" err="failed to parse kubelet flag: unknown flag: --container-runtime"',
    );
    expect(item?.name).toBe("unknown flag: --container-runtime");
    expect(item?.reason).toContain("removed in 1.27");
    expect(fix).toContain("/var/lib/kubelet/kubeadm-flags.env");
    expect(reading?.entryIds).toContain("container-runtime-flag-removal");
  });

  it("unknown flag: --network-plugin after 1.24", () => {
    const { item } = error("Error: failed to parse kubelet flag: unknown flag: --network-plugin");
    expect(item?.reason).toContain("1.24");
  });

  it("crictl's CRI v1 Unimplemented: the cri plugin is disabled", () => {
    const { item, fix } = error(
      fenced(
        'FATA[0000] validate service connection: validate CRI v1 runtime API for endpoint "unix:///run/containerd/containerd.sock": rpc error: code = Unimplemented desc = unknown service runtime.v1.RuntimeService',
      ),
    );
    expect(item?.name).toBe("Unimplemented: unknown service runtime.v1.RuntimeService");
    expect(item?.reason).toContain('disabled_plugins = ["cri"]');
    expect(fix).toContain("systemctl restart containerd");
  });

  it("connect: no such file or directory on dockershim.sock, containerd.sock and cri-dockerd.sock", () => {
    const shim = error(
      'E1129 10:21:33.1 validate service connection: validate CRI v1 runtime API for endpoint "unix:///var/run/dockershim.sock": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /var/run/dockershim.sock: connect: no such file or directory"',
    );
    expect(shim.item?.reason).toContain("removed in 1.24");
    expect(shim.fix).toContain("/etc/crictl.yaml");
    const ctrd = error(
      "dial unix /run/containerd/containerd.sock: connect: no such file or directory",
    );
    expect(ctrd.fix).toContain("systemctl status containerd");
    const crid = error("dial unix /run/cri-dockerd.sock: connect: no such file or directory");
    expect(crid.fix).toContain("cri-docker.socket cri-docker.service");
  });

  it("ErrImageNeverPull and ImagePullBackOff after a switch: local images", () => {
    const { item, fix } = error(
      "NAME                     READY   STATUS              RESTARTS   AGE\nmyapp-7d9c8b6f5d-x2x9q   0/1     ErrImageNeverPull   0          2m",
    );
    expect(item?.name).toBe("ErrImageNeverPull");
    // The cause's first sentence says where the image is missing, not only that it is.
    expect(item?.reason.split(";")[0]).toContain("containerd's k8s.io namespace");
    expect(fix).toContain("ctr -n k8s.io images import");
    expect(error("myapp-1   0/1   ImagePullBackOff   0   5m").item?.name).toBe("ImagePullBackOff");
  });

  it("a plain-HTTP registry: daemon.json's insecure-registries, or crio.conf's dead key", () => {
    const docker = error(
      'failed to pull image "10.0.0.5:5000/app:1": http: server gave HTTP response to HTTPS client',
    );
    expect(docker.item?.reason).toContain("daemon.json");
    expect(docker.fix).toContain("hosts.toml");
    const crio = error(
      "set insecure_registries in crio.conf but still: http: server gave HTTP response to HTTPS client",
    );
    expect(crio.item?.reason).toContain("/etc/containers/registries.conf");
  });

  it("Cannot connect to the Docker daemon from inside a pod, in Korean", () => {
    const { reading, item, fix } = error(
      "파드 안에서 docker build 하면 이렇게 나와요\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
    );
    expect(reading?.lang).toBe("ko");
    expect(item?.name).toBe("Cannot connect to the Docker daemon at unix:///var/run/docker.sock");
    expect(item?.reason).toContain("dockerd");
    expect(fix).toContain("BuildKit");
  });

  it("the kubelet's cgroup driver mismatch", () => {
    const { item, fix } = error(
      'E0412 09:11:02.000000 1234 server.go:302] "Failed to run kubelet" err="failed to run Kubelet: misconfiguration: kubelet cgroup driver: \\"systemd\\" is different from docker cgroup driver: \\"cgroupfs\\""',
    );
    expect(item?.name).toBe("cgroup driver mismatch: kubelet systemd, docker cgroupfs");
    expect(fix).toContain("SystemdCgroup = true");
  });

  it("several errors are each named once", () => {
    const r = readPaste(
      "unknown flag: --container-runtime\nunknown flag: --container-runtime\nErrImageNeverPull",
    );
    expect(r?.diagnosis.items.map((i) => i.name)).toEqual([
      "unknown flag: --container-runtime",
      "ErrImageNeverPull",
    ]);
    expect(r?.diagnosis.summary).toMatch(/^I recognised 2 errors/);
  });
});

describe("runtime config next to an error", () => {
  it("config.toml: a disabled cri plugin breaks, SystemdCgroup is compared with the kubelet", () => {
    const toml = [
      "version = 2",
      'disabled_plugins = ["cri"]',
      '[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]',
      "  SystemdCgroup = false",
    ].join("\n");
    const reading = readPaste(
      `crictl fails\n\`\`\`toml\n${toml}\n\`\`\`\nkind: KubeletConfiguration\ncgroupDriver: systemd`,
    );
    const items = Object.fromEntries(
      (reading?.diagnosis.items ?? []).map((i) => [i.name, i.verdict]),
    );
    expect(items['disabled_plugins = ["cri"]']).toBe("breaks");
    expect(items["SystemdCgroup = false"]).toBe("breaks");
    expect(reading?.entryIds).toContain("containerd-cri-plugin");
  });

  it("crictl.yaml pointing at dockershim.sock", () => {
    const reading = readPaste(
      "runtime-endpoint: unix:///var/run/dockershim.sock\nimage-endpoint: unix:///var/run/dockershim.sock\ntimeout: 2",
    );
    expect(reading?.diagnosis.kind).toBe("runtime-config");
    expect(reading?.diagnosis.nextSteps.join(" ")).toContain("/etc/crictl.yaml");
  });

  it("a setting named in a question is not a pasted config", () => {
    expect(readPaste("SystemdCgroup = true 는 어디에 넣어요?")).toBeUndefined();
    expect(readPaste("SystemdCgroup = true goes where in config.toml")).toBeUndefined();
  });
});

describe("containerd 2.x config pasted with a question (round 18)", () => {
  it("a version 3 config with the old CRI section: the section is not applied, said first", () => {
    const toml = [
      "version = 3",
      '[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]',
      "  SystemdCgroup = true",
    ].join("\n");
    const reading = readPaste(`does this get picked up?\n\`\`\`\n${toml}\n\`\`\``);
    const items = Object.fromEntries(
      (reading?.diagnosis.items ?? []).map((i) => [i.name, i.verdict]),
    );
    expect(items['[plugins."io.containerd.grpc.v1.cri"] in version = 3']).toBe("breaks");
    expect(reading?.diagnosis.summary).toMatch(
      /^In this config, .*io\.containerd\.cri\.v1\.runtime/,
    );
  });

  it("old registry mirrors break on containerd 2.x and only need a look before it", () => {
    const toml =
      '[plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]\n  endpoint = ["https://m.example"]';
    const onTwo = readPaste(`containerd 2.0 올린 뒤로 미러가 안 먹음\n\`\`\`\n${toml}\n\`\`\``);
    expect(onTwo?.diagnosis.items[0]?.verdict).toBe("breaks");
    expect(onTwo?.diagnosis.summary).toMatch(/registry\.mirrors.*무시/);
    const before = readPaste(`containerd 1.7 nodes, this is our mirror:\n\`\`\`\n${toml}\n\`\`\``);
    expect(before?.diagnosis.items[0]?.verdict).toBe("check");
    expect(before?.diagnosis.summary).toMatch(/^In this config, the old `registry\.mirrors` key/);
  });
});

describe("a quoted runtime error", () => {
  it("is the runtime's whatever surrounds it; the docker CLI's own errors are not", () => {
    expect(
      quotesRuntimeError(
        'kubelet: "CRI v1 runtime API is not implemented for endpoint x". base image?',
      ),
    ).toBe(true);
    expect(
      quotesRuntimeError("Cannot connect to the Docker daemon at unix:///var/run/docker.sock"),
    ).toBe(false);
    expect(quotesRuntimeError("which CNI should we pick?")).toBe(false);
  });
});

describe("error lines added in round 20", () => {
  it("an older kubelet's Unimplemented runtime.v1alpha2: the cri plugin serves nothing", () => {
    const { item, fix } = error(
      fenced(
        "E0312 02:14:07.118 kubelet getting status of runtime: rpc error: code = Unimplemented desc = unknown service runtime.v1alpha2.RuntimeService",
      ),
    );
    expect(item?.name).toBe("Unimplemented: unknown service runtime.v1alpha2.RuntimeService");
    expect(item?.reason).toContain("v1alpha2");
    expect(fix).toContain('"cri"');
  });

  it("failed to get sandbox image: the runtime's pause image setting, not the pod's image", () => {
    const { item, fix, reading } = error(
      fenced(
        'Warning  FailedCreatePodSandBox  3s  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox image "registry.k8s.io/pause:3.6": failed to pull image "registry.k8s.io/pause:3.6": dial tcp: i/o timeout',
      ),
    );
    expect(item?.name).toBe("failed to get sandbox image registry.k8s.io/pause:3.6");
    expect(fix).toContain("sandbox_image");
    expect(fix).toContain("pause_image");
    expect(reading?.entryIds).toEqual(["sandbox-pause-image"]);
  });
});

describe("the kubelet's cgroup driver told in words next to a pasted runtime config (round 20)", () => {
  const toml = [
    '[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]',
    "  SystemdCgroup = false",
  ].join("\n");

  it.each([
    `containerd config.toml이 이렇게 돼 있는데 kubelet은 cgroupDriver systemd임. 이대로 둬도 됨?\n\`\`\`toml\n${toml}\n\`\`\``,
    `our kubelet uses the systemd cgroup driver. is this containerd config ok?\n\`\`\`toml\n${toml}\n\`\`\``,
  ])("reads the mismatch as what breaks, and leads with it: %s", (text) => {
    const reading = readPaste(text);
    expect(reading?.diagnosis.items[0]?.verdict).toBe("breaks");
    expect(reading?.diagnosis.summary).toMatch(/불일치|mismatch/);
    expect(reading?.diagnosis.summary).toContain("SystemdCgroup = true");
  });

  it("still only compares when the kubelet's driver is not told", () => {
    const reading = readPaste(`is this containerd config ok?\n\`\`\`toml\n${toml}\n\`\`\``);
    expect(reading?.diagnosis.items[0]?.verdict).toBe("check");
  });
});

describe("kubeadm finding two runtimes on one node (round 20)", () => {
  it("names the sockets and leads with --cri-socket", () => {
    const { item, fix, reading } = error(
      fenced(
        "Found multiple CRI endpoints on the host. Please define which one do you wish to use by setting the 'criSocket' field in the kubeadm configuration file: unix:///var/run/containerd/containerd.sock, unix:///var/run/cri-dockerd.sock",
      ),
    );
    expect(item?.reason).toContain("unix:///var/run/cri-dockerd.sock");
    expect(item?.reason).toContain("--cri-socket");
    expect(fix).toContain("cri-docker.socket");
    expect(reading?.entryIds[0]).toBe("kubeadm-cri-socket");
  });
});
