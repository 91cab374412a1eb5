import { describe, expect, it } from "vitest";
import { readPaste } from "../../src/core/diagnose/diagnose.ts";
import { askAfter, loadRealCore } from "../helpers/real-core.ts";

function error(text: string) {
  const reading = readPaste(text);
  expect(reading?.diagnosis.kind).toBe("errors");
  return {
    item: reading?.diagnosis.items[0],
    fix: reading?.diagnosis.nextSteps.join("\n") ?? "",
    entries: reading?.entryIds ?? [],
  };
}

describe("runtime error lines that name no missing socket", () => {
  it("the kubelet's dockershim deprecation warning is safe for now and names the 1.24 deadline", () => {
    const { item, fix, entries } = error(
      "kubelet[2231]: W0314 02:51:09.118402    2231 server.go:1222] Using dockershim is deprecated, please consider using a full-fledged CRI implementation",
    );
    expect(item?.reason).toContain("safe to ignore for now");
    expect(item?.reason).toContain("1.24");
    expect(fix).toContain("cri-dockerd");
    expect(entries[0]).toBe("dockershim-deprecation-1-20");
  });

  it("crictl's default-endpoints warning is fixed in /etc/crictl.yaml", () => {
    const { item, fix, entries } = error(
      "WARN[0000] runtime connect using default endpoints: [unix:///var/run/dockershim.sock unix:///run/containerd/containerd.sock unix:///run/crio/crio.sock]. As the default settings are now deprecated, you should set the endpoint instead.",
    );
    expect(item?.reason).toContain("no endpoint configured");
    expect(fix).toContain("/etc/crictl.yaml");
    expect(entries[0]).toBe("crictl");
  });

  it("a RuntimeClass handler the node's runtime lacks names the handler and where to register it", () => {
    const { item, fix, entries } = error(
      'Warning  FailedCreatePodSandBox  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox runtime: no runtime for "kata" is configured',
    );
    expect(item?.reason).toContain('handler "kata"');
    expect(fix).toContain("runtimes.kata");
    expect(entries[0]).toBe("runtime-class");
  });
});

describe("a follow-up pointing back at a diagnosed error", () => {
  it("asks about the entry the diagnosis traced, however the pasted words rank it", async () => {
    const core = await loadRealCore();
    const pasted =
      'E1201 09:00:01.000 run.go:74] "command failed" err="failed to run Kubelet: validate service connection: validate CRI v1 runtime API for endpoint \\"unix:///run/containerd/containerd.sock\\": rpc error: code = Unimplemented desc = unknown service runtime.v1.RuntimeService"\nnew node, containerd via apt. ugh';
    const a = askAfter(core, "ok and which file do i edit", pasted);
    expect(a.entryIds[0]).toBe("cri-v1-not-implemented");
    expect(a.text.split("\n")[0]).toContain("/etc/containerd/config.toml");
  });
});
