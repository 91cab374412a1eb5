import type { Answer } from "../../core/answer/types.ts";
import type { RenderedDiagram, Reply } from "../../core/commands/run-command.ts";
import type { Diagnosis } from "../../core/diagnose/types.ts";

/** `diagnosis` in `ask --json`: every item has the same keys, null where the paste did not say. */
export function diagnosisJson(d: Diagnosis) {
  return {
    kind: d.kind,
    summary: d.summary,
    items: d.items.map((i) => ({
      name: i.name,
      runtime: i.runtime ?? null,
      version: i.version ?? null,
      kubelet: i.kubelet ?? null,
      verdict: i.verdict,
      reason: i.reason,
    })),
    nextSteps: d.nextSteps,
    redacted: d.redacted,
  };
}

/** The one JSON shape `ask --json` and `ask --jsonl` print for a question. */
export function answerJson(answer: Answer, diagram?: RenderedDiagram) {
  return {
    question: answer.question,
    lang: answer.lang,
    inScope: answer.inScope,
    kind: answer.kind,
    // Always present so the object's shape does not depend on the question.
    intent: answer.intent ?? null,
    answer: answer.text,
    sources: answer.sources.map(({ id, title, url }) => ({ id, title, url })),
    related: answer.related,
    entryIds: answer.entryIds,
    confidence: answer.confidence,
    /** "llm" when the model wrote it, "offline" when composed from entries (no key, --offline, fallback). */
    mode: answer.via === "model" ? "llm" : "offline",
    ...(diagram ? { diagram: { name: diagram.name, text: diagram.text } } : {}),
    ...(answer.diagnosis ? { diagnosis: diagnosisJson(answer.diagnosis) } : {}),
  };
}

const bold = (s: string, color: boolean) => (color ? `\u001b[1m${s}\u001b[22m` : s);
const dim = (s: string, color: boolean) => (color ? `\u001b[2m${s}\u001b[22m` : s);

export function formatAnswer(
  answer: Answer,
  diagram: RenderedDiagram | undefined,
  color: boolean,
): string {
  const lines: string[] = [];
  if (answer.title) lines.push(bold(answer.title, color), "");
  lines.push(answer.text);
  if (diagram) lines.push("", diagram.text);
  if (answer.sources.length > 0) {
    lines.push("", dim(answer.lang === "ko" ? "출처:" : "Sources:", color));
    for (const s of answer.sources) lines.push(dim(`  - ${s.title} <${s.url}>`, color));
  }
  if (answer.kind === "answer" && answer.related.length > 0) {
    lines.push(
      dim(`${answer.lang === "ko" ? "관련" : "Related"}: ${answer.related.join(", ")}`, color),
    );
  }
  return lines.join("\n");
}

export function formatReply(reply: Reply, color: boolean): string {
  switch (reply.kind) {
    case "answer":
      return formatAnswer(reply.answer, reply.diagram, color);
    case "text":
      return reply.text;
    case "diagram":
      return reply.diagram.text;
  }
}
