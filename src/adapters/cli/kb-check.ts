import { parseArgs } from "node:util";
import { checkExamples, leaveOneOut } from "../../core/knowledge/check-examples.ts";
import { createSearchIndex } from "../../core/retrieval/search-index.ts";
import { loadCurriculum } from "../knowledge/load-curriculum.ts";
import { bootstrapCli, runCli } from "./bootstrap.ts";

runCli(async () => {
  // Loading validates schema, both languages, unique ids, related ids, URLs and the
  // runtime paths, and throws one error listing every problem found.
  const { core, config } = await bootstrapCli(process.env);
  // The curriculum loader throws one error listing every lesson problem.
  const curriculum = await loadCurriculum(
    config.KNOWLEDGE_DIR,
    new Set(core.kb.entries.map((e) => e.id)),
  );
  const problems = [
    ...checkExamples(core.kb, core.index),
    // An accepted answer that tokenizes to nothing (only stop words) could never match.
    ...curriculum.lessons.flatMap((lesson) =>
      lesson.exercises.flatMap((e) =>
        e.kind !== "text"
          ? []
          : e.accept
              .filter((a) => core.index.tokenize(a).length === 0)
              .map((a) => ({
                file: `curriculum/${lesson.id}`,
                field: e.id,
                message: `accepted answer "${a}" has no words left after normalising`,
              })),
      ),
    ),
  ];
  for (const p of problems) process.stderr.write(`${p.file}: ${p.field}: ${p.message}\n`);
  const examples = core.kb.entries.reduce(
    (n, e) => n + e.ko.examples.length + e.en.examples.length,
    0,
  );
  const summary = `kb:check: ${core.kb.entries.length} entries, ${core.kb.glossary.terms.length} glossary terms, ${examples} example questions, ${curriculum.lessons.length} lessons, ${problems.length} problem(s)`;
  process.stdout.write(`${summary}\n`);
  const { values } = parseArgs({
    options: { "leave-one-out": { type: "boolean", default: false } },
  });
  if (values["leave-one-out"]) {
    const loo = leaveOneOut(core.kb, (entries) => createSearchIndex(entries, core.kb.glossary));
    for (const m of loo.misses)
      process.stdout.write(
        `  leave-one-out miss: ${m.id}: "${m.example}" -> ${m.got.join(", ")}\n`,
      );
    process.stdout.write(
      `leave-one-out: ${loo.found}/${loo.total} examples find their entry in the top 3 without themselves in the index\n`,
    );
  }
  return problems.length === 0 ? 0 : 1;
});
