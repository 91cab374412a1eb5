/**
 * Paste diagnosis speed: a small node table, Slack's largest node table (about
 * 260 rows), a 39,000-character manifest paste, and what the paste check costs
 * a plain question. Run with `npm run bench:diagnose`.
 */
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { readPaste } from "../src/core/diagnose/diagnose.ts";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function measure(texts: readonly string[], rounds: number): { p50: number; p99: number } {
  for (const t of texts) readPaste(t); // warm-up
  const latencies: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const start = performance.now();
      readPaste(t);
      latencies.push(performance.now() - start);
    }
  }
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const fixture = (name: string) => readFile(`test/fixtures/pastes/${name}`, "utf8");
const row = (i: number) =>
  `node-${i}   Ready   <none>   1d   v1.23.17   10.0.${i % 250}.1   <none>   Ubuntu 22.04.3 LTS   5.15.0-88-generic   ${i % 3 ? "containerd://1.6.24" : "docker://20.10.21"}`;
const bigTable = `NAME   STATUS   ROLES   AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE   KERNEL-VERSION   CONTAINER-RUNTIME\n${Array.from({ length: 260 }, (_, i) => row(i)).join("\n")}`;
const manifests = await fixture("manifests.yaml");
const bigManifests = Array.from({ length: 40 }, () => manifests)
  .join("\n---\n")
  .slice(0, 39_000);
const questions = (await readFile("test/eval/dev.jsonl", "utf8"))
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => (JSON.parse(l) as { q: string }).q);

const cases: [string, readonly string[], number][] = [
  ["3-node table (kubectl get nodes -o wide)", [await fixture("nodes-wide-1.27.txt")], 500],
  [`260-node table (${bigTable.length.toLocaleString("en-US")} chars)`, [bigTable], 20],
  [`manifests (${bigManifests.length.toLocaleString("en-US")} chars, YAML)`, [bigManifests], 5],
  [`paste check on ${questions.length} plain questions`, questions, 20],
];

const lines = ["| input | p50 | p99 |", "|---|---|---|"];
for (const [label, texts, rounds] of cases) {
  const { p50, p99 } = measure(texts, rounds);
  lines.push(`| ${label} | ${p50.toFixed(3)} ms | ${p99.toFixed(3)} ms |`);
}
process.stdout.write(`${lines.join("\n")}\n`);
