import { describe, expect, it } from "vitest";
import { loadPaths } from "../../src/adapters/knowledge/load-paths.ts";
import { PathIdSchema } from "../../src/core/diagrams/path-schema.ts";
import { KnowledgeError, type KnowledgeProblem } from "../../src/errors.ts";

async function problemsOf(root: string): Promise<KnowledgeProblem[]> {
  const error = await loadPaths(root).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KnowledgeError);
  return (error as KnowledgeError).problems.map((p) => ({
    ...p,
    file: p.file.split("/").pop() ?? "",
  }));
}

describe("loadPaths", () => {
  it("loads the five runtime paths from knowledge/", async () => {
    const paths = await loadPaths("knowledge");
    expect([...paths.keys()].sort()).toEqual([...PathIdSchema.options].sort());
    const old = paths.get("old");
    expect(old?.nodes.map((n) => n.name)).toEqual([
      "kubelet",
      "dockershim",
      "dockerd",
      "containerd",
      "containerd-shim",
      "runC",
    ]);
    expect(old?.nodes.filter((n) => n.removedInNew).map((n) => n.id)).toEqual([
      "dockershim",
      "dockerd",
    ]);
  });

  it("reports every problem of every bad file with its file and field", async () => {
    const problems = await problemsOf("test/fixtures/paths-bad");
    const has = (file: string, field: string, message: RegExp) =>
      expect(problems).toContainEqual({ file, field, message: expect.stringMatching(message) });
    has("old.yaml", "edges[0].to", /unknown node id "dockershm"/);
    has("old.yaml", "edges[1]", /must go from "dockerd" to "dockershim"/);
    has("old.yaml", "nodes[2].inside", /node just before it/);
    has("new.yaml", "nodes[1].removedInNew", /new path cannot contain removed nodes/);
    has("new.yaml", "edges", /expected 2 edges/);
    has("crio.yaml", "(file)", /cannot read YAML/);
    has("cri-dockerd.yaml", "nodes[1].name", /Latin-script/);
    has("cri-dockerd.yaml", "nodes[1].role.en", /is missing/);
    has("cri-dockerd.yaml", "sources[0].url", /URL/);
    has("cri-dockerd.yaml", "(file)", /Unrecognized key: "colour"/);
    has("docker-stack.yaml", "id", /must match the file name "docker-stack"/);
    expect(problems).toHaveLength(12);
  });

  it("names duplicate ids and every missing path", async () => {
    const problems = await problemsOf("test/fixtures/paths-bad-duplicate");
    expect(problems).toContainEqual({
      file: "old.yaml",
      field: "id",
      message: expect.stringMatching(/duplicate path id "old"/),
    });
    const missing = problems.filter((p) => p.field === "(folder)").map((p) => p.message);
    expect(missing).toEqual(
      ["new", "crio", "cri-dockerd", "docker"].map((id) => `missing path file "${id}.yaml"`),
    );
  });

  it("reports all five paths missing when the folder does not exist", async () => {
    const problems = await problemsOf("test/fixtures/no-such-knowledge");
    expect(problems).toHaveLength(5);
    expect(problems.every((p) => p.field === "(folder)" && p.file === "paths")).toBe(true);
  });
});
