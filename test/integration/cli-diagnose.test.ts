import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { paste } from "../helpers/pastes.ts";

const exec = promisify(execFile);

async function cli(script: string, args: string[], input: string): Promise<string> {
  const child = exec(
    process.execPath,
    ["--import", "tsx", `src/adapters/cli/${script}.ts`, ...args],
    {
      env: { PATH: process.env.PATH ?? "" },
    },
  );
  child.child.stdin?.end(input);
  return (await child).stdout;
}

describe("npm run ask with a paste", { timeout: 30_000 }, () => {
  it("--json - reads the paste from stdin and carries diagnosis next to the answer fields", async () => {
    const json = JSON.parse(await cli("ask", ["--json", "-"], paste("nodes-eks-tabs.txt")));
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(["question", "lang", "inScope", "answer", "sources", "diagnosis"]),
    );
    expect(json.diagnosis.kind).toBe("nodes");
    expect(json.diagnosis.items[0]).toEqual({
      name: "ip-192-168-12-34.us-west-2.compute.internal",
      runtime: "docker",
      version: "20.10.17",
      kubelet: "v1.23.16-eks-48e63af",
      verdict: "dockershim",
      reason: expect.stringContaining("dockershim"),
    });
    expect(json.diagnosis.nextSteps.length).toBeGreaterThan(0);
    expect(json.answer.split("\n")[0]).toBe(json.diagnosis.summary);
  });

  it("the chat answers a ``` fenced paste as one message, then goes on line by line", async () => {
    const input = `\`\`\`\n${paste("nodes-wide-1.27.txt")}\`\`\`\nwhat is crictl?\n`;
    const out = await cli("chat", [], input);
    expect(out).toContain("Of 3 nodes, 2 (node-a, node-b)");
    expect(out.match(/Your nodes' container runtimes/g)).toHaveLength(1);
    expect(out).toMatch(/crictl/);
  });
});
