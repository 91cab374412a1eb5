import { describe, expect, it } from "vitest";
import { readPaste } from "../../src/core/diagnose/diagnose.ts";
import { fenced, paste } from "../helpers/pastes.ts";

describe("Pod, Deployment and DaemonSet manifests", () => {
  const reading = readPaste(
    `will these break on containerd?\n${fenced(paste("manifests.yaml"), "yaml")}`,
  );
  const items = Object.fromEntries((reading?.diagnosis.items ?? []).map((i) => [i.name, i]));

  it("names each workload and container with a verdict", () => {
    expect(reading?.diagnosis.kind).toBe("manifests");
    expect(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, v.verdict]))).toEqual({
      "Deployment/ci-runner › runner": "breaks",
      "Pod/builder › build": "ok",
      "Pod/builder › dind": "ok",
      "DaemonSet/monitoring-agent › agent": "breaks",
      "CronJob/cleanup › prune": "check",
    });
  });

  it("says why and what to use instead", () => {
    expect(items["Deployment/ci-runner › runner"]?.reason).toContain("/var/run/docker.sock");
    expect(items["DaemonSet/monitoring-agent › agent"]?.reason).toContain(
      "/var/run, /var/lib/docker",
    );
    expect(items["Pod/builder › dind"]?.reason).toContain("its own Docker daemon");
    expect(reading?.diagnosis.nextSteps.join(" ")).toMatch(/BuildKit or buildah/);
    expect(reading?.entryIds).toEqual([
      "docker-sock-mounts",
      "dind-sidecar",
      "build-images-without-docker",
    ]);
  });

  it("never echoes the token in the env", () => {
    expect(JSON.stringify(reading)).not.toContain("glrt-abc123secretvalue");
    expect(reading?.diagnosis.redacted).toBe(1);
  });

  it("reads JSON manifests and says when nothing depends on Docker", () => {
    const pod = JSON.stringify({
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "web" },
      spec: { containers: [{ name: "nginx", image: "nginx:1.25" }] },
    });
    const r = readPaste(pod);
    expect(r?.diagnosis.items).toEqual([
      expect.objectContaining({ name: "Pod/web", verdict: "ok" }),
    ]);
  });

  it("mounting the whole /var/run needs a check, not a verdict", () => {
    const yaml =
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  containers:\n  - name: a\n    image: x\n    volumeMounts:\n    - name: run\n      mountPath: /host/run\n  volumes:\n  - name: run\n    hostPath:\n      path: /run\n";
    const item = readPaste(yaml)?.diagnosis.items[0];
    expect(item).toMatchObject({ name: "Pod/agent › a", verdict: "check" });
    expect(item?.reason).toContain("docker.sock");
  });

  it("a YAML alias bomb is unreadable, not a crash", () => {
    const bomb = ["apiVersion: v1", "kind: Pod", "a: &a [x, x, x, x, x, x, x, x, x]"]
      .concat(
        Array.from(
          { length: 12 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
        ),
      )
      .join("\n");
    expect(readPaste(bomb)?.diagnosis.kind).toBe("unreadable");
  });

  it("a dind sidecar without privileged needs a check", () => {
    const yaml =
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: dind\n    image: docker:dind\n";
    expect(readPaste(yaml)?.diagnosis.items[0]?.verdict).toBe("check");
  });
});

describe("unreadable pastes", () => {
  it("broken YAML says so and what was expected, never a random entry", () => {
    const r = readPaste(fenced("apiVersion: v1\nkind: Pod\n  metadata: [\n  name: x"));
    expect(r?.diagnosis.kind).toBe("unreadable");
    expect(r?.diagnosis.summary).toMatch(/^I couldn't read this: the YAML\/JSON did not parse/);
    expect(r?.diagnosis.nextSteps[0]).toContain("kubectl get nodes -o wide");
  });

  it("a Service is not something to diagnose", () => {
    const r = readPaste(
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n",
    );
    expect(r?.diagnosis.summary).toContain("I read Service");
  });

  it("a fenced block of something else, in Korean", () => {
    const r = readPaste(`이거 뭐예요?\n${fenced("foo bar baz\nqux  quux   1234\nlorem  ipsum")}`);
    expect(r?.diagnosis.kind).toBe("unreadable");
    expect(r?.diagnosis.summary).toMatch(/^이 내용을 읽지 못했습니다/);
  });

  it("over 40,000 characters is refused with the limit named", () => {
    const rows = Array.from(
      { length: 800 },
      (_, i) =>
        `node-${i}   Ready   <none>   1d   v1.27.3   10.0.0.1   <none>   Ubuntu 22.04 LTS   5.15.0   containerd://1.7.2`,
    );
    const r = readPaste(`NAME STATUS ROLES AGE VERSION\n${rows.join("\n")}`);
    expect(r?.diagnosis.kind).toBe("unreadable");
    expect(r?.diagnosis.summary).toContain("40,000");
  });
});
