import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import type { BotCore } from "../../core/bot-core.ts";
import {
  type EvalCase,
  EvalCaseSchema,
  type EvalMetrics,
  evaluate,
} from "../../core/eval/evaluate.ts";
import { createBaselineIndex } from "../../core/retrieval/baseline-index.ts";
import { AppError, ErrorCode } from "../../errors.ts";
import { bootstrapCli, runCli } from "./bootstrap.ts";

const DEFAULT_FILES = ["test/eval/dev.jsonl", "test/eval/test.jsonl", "test/eval/holdout.jsonl"];
const THRESHOLDS_FILE = "test/eval/thresholds.json";
const METRICS = ["top1", "top3", "answered", "declined"] as const;
const ThresholdsSchema = z.record(z.string(), z.record(z.enum(METRICS), z.number().min(0).max(1)));

async function readCases(file: string): Promise<EvalCase[]> {
  const lines = (await readFile(file, "utf8")).split("\n").filter((l) => l.trim() !== "");
  return lines.map((line, i) => {
    const parsed = EvalCaseSchema.safeParse(JSON.parse(line));
    if (!parsed.success)
      throw new AppError(
        ErrorCode.InputInvalid,
        `${file}:${i + 1}: ${parsed.error.issues[0]?.message}`,
      );
    return parsed.data;
  });
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function table(ours: EvalMetrics, base: EvalMetrics): string {
  const rows: [string, (m: EvalMetrics) => string][] = [
    ["top-1 accuracy", (m) => pct(m.top1)],
    ["top-3 accuracy", (m) => pct(m.top3)],
    ["in-scope answered", (m) => pct(m.answered)],
    ["out-of-scope declined", (m) => pct(m.declined)],
  ];
  const lines = ["| metric | k8s-runtime-bot | plain MiniSearch (defaults) |", "|---|---|---|"];
  for (const [name, f] of rows) lines.push(`| ${name} | ${f(ours)} | ${f(base)} |`);
  return lines.join("\n");
}

function measure(
  core: BotCore,
  baselineSearch: (q: string) => string[],
  cases: readonly EvalCase[],
) {
  const ours = evaluate(cases, (q) => {
    const result = core.index.search(q);
    return { ranked: result.hits.map((h) => h.id), inScope: core.judge.judge(result).inScope };
  });
  // Plain MiniSearch has no notion of scope: it "answers" whenever it finds anything.
  const base = evaluate(cases, (q) => {
    const ranked = baselineSearch(q);
    return { ranked, inScope: ranked.length > 0 };
  });
  return { ours, base };
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      file: { type: "string", multiple: true },
      enforce: { type: "boolean", default: false },
      verbose: { type: "boolean", short: "v", default: false },
    },
  });
  const { core } = await bootstrapCli(process.env);
  const baselineSearch = createBaselineIndex(core.kb.entries);
  const thresholds = values.enforce
    ? ThresholdsSchema.parse(JSON.parse(await readFile(THRESHOLDS_FILE, "utf8")))
    : {};
  let failures = 0;
  for (const file of values.file ?? DEFAULT_FILES) {
    const { ours, base } = measure(core, baselineSearch, await readCases(file));
    process.stdout.write(
      `\n${file}: ${ours.cases} questions (${ours.inScopeCases} in scope, ${ours.outOfScopeCases} out of scope)\n${table(ours, base)}\n`,
    );
    if (values.verbose)
      for (const m of ours.misses) process.stdout.write(`miss: ${JSON.stringify(m)}\n`);
    const limits = thresholds[file];
    if (!values.enforce) continue;
    if (!limits)
      throw new AppError(
        ErrorCode.InputInvalid,
        `${THRESHOLDS_FILE} has no thresholds for ${file}`,
      );
    for (const k of METRICS) {
      if (ours[k] >= limits[k]) continue;
      failures++;
      process.stderr.write(
        `eval: ${file}: ${k} ${pct(ours[k])} is below the threshold ${pct(limits[k])}\n`,
      );
    }
  }
  if (values.enforce && failures === 0) process.stdout.write("\neval: all thresholds met\n");
  return failures === 0 ? 0 : 1;
});
