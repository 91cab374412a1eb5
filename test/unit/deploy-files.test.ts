import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { loadConfig, SETTING_NAMES } from "../../src/config.ts";

/**
 * No image can be built or cluster reached here, so the Dockerfile and the
 * manifests in deploy/ are read as text and checked against the app itself:
 * the command `npm start` runs, the port and probe path it serves, and the
 * variable names src/config.ts reads. A renamed setting or a changed start
 * script fails here instead of in someone's cluster.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const settings = new Set(SETTING_NAMES);

interface Instruction {
  readonly op: string;
  readonly args: string;
  readonly stage: number;
}

/** Dockerfile instructions with line continuations joined, comments dropped. */
function dockerfile(text: string): Instruction[] {
  const lines = text
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  let stage = -1;
  return lines.map((line) => {
    const [op = "", ...rest] = line.split(/\s+/);
    if (op.toUpperCase() === "FROM") stage++;
    return { op: op.toUpperCase(), args: rest.join(" "), stage };
  });
}

/** The JSON (exec) form, so node is PID 1 and gets SIGTERM itself. */
const execForm = (args: string): string[] => z.array(z.string()).parse(JSON.parse(args));

/** `npm start` as the argv node runs: a `tsx file` script is node with tsx's loader. */
function startArgv(): string[] {
  const pkg = z
    .object({ scripts: z.object({ start: z.string() }) })
    .parse(JSON.parse(read("package.json")));
  // `exec` only tells npm's shell to get out of the way; the container runs node directly.
  const words = pkg.scripts.start
    .trim()
    .replace(/^exec\s+/, "")
    .split(/\s+/);
  return words[0] === "tsx" ? ["node", "--import", "tsx", ...words.slice(1)] : words;
}

const Container = z.object({
  name: z.string(),
  image: z.string(),
  ports: z.array(z.object({ name: z.string(), containerPort: z.number() })),
  env: z.array(
    z.object({
      name: z.string(),
      value: z.string().optional(),
      valueFrom: z
        .object({
          secretKeyRef: z.object({
            name: z.string(),
            key: z.string(),
            optional: z.boolean().optional(),
          }),
        })
        .optional(),
    }),
  ),
  readinessProbe: z.object({
    httpGet: z.object({ path: z.string(), port: z.union([z.string(), z.number()]) }),
  }),
  livenessProbe: z.object({
    httpGet: z.object({ path: z.string(), port: z.union([z.string(), z.number()]) }),
  }),
  resources: z.object({ requests: z.object({ cpu: z.string(), memory: z.string() }) }),
});

const Deployment = z.object({
  kind: z.literal("Deployment"),
  spec: z.object({
    replicas: z.number(),
    selector: z.object({ matchLabels: z.record(z.string(), z.string()) }),
    template: z.object({
      metadata: z.object({ labels: z.record(z.string(), z.string()) }),
      spec: z.object({
        terminationGracePeriodSeconds: z.number(),
        securityContext: z.object({ runAsNonRoot: z.literal(true), runAsUser: z.number() }),
        containers: z.array(Container).length(1),
      }),
    }),
  }),
});

const deployment = Deployment.parse(parse(read("deploy/deployment.yaml")));
const pod = deployment.spec.template;
const [container] = pod.spec.containers;
const docker = dockerfile(read("Dockerfile"));
const finalStage = Math.max(...docker.map((i) => i.stage));
const inFinal = (op: string) => docker.filter((i) => i.op === op && i.stage === finalStage);
const envValue = (name: string) => container?.env.find((e) => e.name === name)?.value;

describe("Dockerfile", () => {
  it("is multi-stage on Node 20 slim, and installs with the lock file in the build stage", () => {
    const froms = docker.filter((i) => i.op === "FROM").map((i) => i.args.split(/\s+/)[0]);
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const image of froms) expect(image).toBe("node:20-slim");
    const buildRuns = docker
      .filter((i) => i.op === "RUN" && i.stage < finalStage)
      .map((i) => i.args);
    expect(buildRuns.join("\n")).toMatch(/npm ci --omit=dev/);
    expect(buildRuns.join("\n")).toMatch(/g\+\+/);
    expect(
      inFinal("COPY")
        .map((i) => i.args)
        .join("\n"),
    ).toMatch(/--from=build \/app\/node_modules/);
  });

  it("runs what `npm start` runs, as node itself, not as root", () => {
    const [cmd] = inFinal("CMD");
    expect(cmd && execForm(cmd.args)).toEqual(startArgv());
    expect(inFinal("ENTRYPOINT")).toEqual([]);
    const [user] = inFinal("USER");
    expect(user?.args).toBeDefined();
    expect(user?.args.split(":")[0]).not.toMatch(/^(root|0)$/);
    expect(Number(user?.args.split(":")[0])).toBe(pod.spec.securityContext.runAsUser);
    // Every file the start command needs is copied in.
    const copied = inFinal("COPY")
      .map((i) => i.args)
      .join("\n");
    for (const needed of ["src", "knowledge", "package.json"]) expect(copied).toContain(needed);
  });

  it("exposes the app's port and health-checks /healthz on it", () => {
    const appPort = loadConfig(
      { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" },
      "slack",
    ).PORT;
    expect(inFinal("EXPOSE").map((i) => Number(i.args))).toEqual([appPort]);
    const envLines = inFinal("ENV")
      .map((i) => i.args)
      .join(" ");
    expect(envLines).toMatch(new RegExp(`\\bPORT=${appPort}\\b`));
    for (const [, name] of envLines.matchAll(/([A-Z_]+)=/g)) expect(settings).toContain(name);
    const [check] = inFinal("HEALTHCHECK");
    expect(check?.args).toMatch(/CMD \[.*\/healthz/);
    const probe = execForm(check?.args.slice(check.args.indexOf("CMD ") + 4) ?? "[]");
    expect(probe[0]).toBe("node");
  });
});

describe("deploy/ manifests", () => {
  it("run two replicas with readiness and liveness on /healthz at the app's port", () => {
    expect(deployment.spec.replicas).toBe(2);
    expect(deployment.spec.selector.matchLabels).toEqual(
      expect.objectContaining(pod.metadata.labels),
    );
    const port = container?.ports.find((p) => p.name === "http");
    expect(port?.containerPort).toBe(Number(envValue("PORT")));
    expect(inFinal("EXPOSE").map((i) => Number(i.args))).toContain(port?.containerPort);
    for (const probe of [container?.readinessProbe, container?.livenessProbe]) {
      expect(probe?.httpGet.path).toBe("/healthz");
      expect([port?.name, port?.containerPort]).toContain(probe?.httpGet.port);
    }
  });

  it("set only variables the app reads, with tokens and DATABASE_URL from the Secret", () => {
    const secret = z
      .object({
        kind: z.literal("Secret"),
        metadata: z.object({ name: z.string() }),
        stringData: z.record(z.string(), z.string()),
      })
      .parse(parse(read("deploy/secret.example.yaml")));
    for (const key of Object.keys(secret.stringData)) expect(settings).toContain(key);
    for (const entry of container?.env ?? []) {
      expect(settings).toContain(entry.name);
      const ref = entry.valueFrom?.secretKeyRef;
      if (ref) {
        expect(ref.name).toBe(secret.metadata.name);
        expect(Object.keys(secret.stringData)).toContain(ref.key);
      }
    }
    const fromSecret = (name: string) => container?.env.find((e) => e.name === name)?.valueFrom;
    for (const name of [
      "DATABASE_URL",
      "SLACK_BOT_TOKEN",
      "SLACK_SIGNING_SECRET",
      "SLACK_APP_TOKEN",
    ])
      expect(fromSecret(name)?.secretKeyRef.key).toBe(name);
    // Required, so a replica never falls back to its own SQLite file.
    expect(fromSecret("DATABASE_URL")?.secretKeyRef.optional).not.toBe(true);
    // The example values pass the app's own config checks.
    expect(() =>
      loadConfig(
        {
          ...secret.stringData,
          ...Object.fromEntries(
            container?.env.flatMap((e) => (e.value ? [[e.name, e.value]] : [])) ?? [],
          ),
        },
        "slack",
      ),
    ).not.toThrow();
  });

  it("give SIGTERM time for the not-ready delay and the drain", () => {
    const delay = Number(envValue("SHUTDOWN_DELAY_MS") ?? 0);
    expect(pod.spec.terminationGracePeriodSeconds * 1000).toBeGreaterThan(delay + 25_000);
  });

  it("have a Service and a PodDisruptionBudget that select the pods, and a kustomization listing them", () => {
    const service = z
      .object({
        kind: z.literal("Service"),
        spec: z.object({
          selector: z.record(z.string(), z.string()),
          ports: z.array(z.object({ targetPort: z.union([z.string(), z.number()]) })),
        }),
      })
      .parse(parse(read("deploy/service.yaml")));
    expect(pod.metadata.labels).toEqual(expect.objectContaining(service.spec.selector));
    const names = container?.ports.map((p) => p.name) ?? [];
    for (const p of service.spec.ports) expect(names).toContain(p.targetPort);
    const pdb = z
      .object({
        kind: z.literal("PodDisruptionBudget"),
        spec: z.object({
          minAvailable: z.number(),
          selector: z.object({ matchLabels: z.record(z.string(), z.string()) }),
        }),
      })
      .parse(parse(read("deploy/pod-disruption-budget.yaml")));
    expect(pod.metadata.labels).toEqual(expect.objectContaining(pdb.spec.selector.matchLabels));
    expect(pdb.spec.minAvailable).toBeLessThan(deployment.spec.replicas);
    const kustomization = z
      .object({ resources: z.array(z.string()) })
      .parse(parse(read("deploy/kustomization.yaml")));
    for (const file of kustomization.resources)
      expect(existsSync(path.join(ROOT, "deploy", file))).toBe(true);
    expect(kustomization.resources).not.toContain("secret.example.yaml");
  });
});
