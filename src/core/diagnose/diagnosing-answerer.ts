import type { OfflineAnswerer } from "../answer/answerer.ts";
import type { Answer, AnswerSource, AskOptions } from "../answer/types.ts";
import { entriesFor, type KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Lang } from "../knowledge/schema.ts";
import type { Logger } from "../ports.ts";
import { MAX_QUESTION_CHARS } from "../text/sanitize.ts";
import { type PasteReading, readPaste } from "./diagnose.ts";
import { answerYesNoOnDockershim } from "./diagnosis-yes-no.ts";
import { cleanPaste } from "./normalize.ts";
import { redactSecrets } from "./redact.ts";
import { diagnosisText, redactedNote } from "./render-text.ts";
import { say } from "./say.ts";
import type { DiagnosisKind } from "./types.ts";

const MAX_SOURCES = 5;
const QUESTION_ECHO = 200;

function title(kind: DiagnosisKind, lang: Lang): string | undefined {
  switch (kind) {
    case "nodes":
      return say(lang, "Your nodes' container runtimes", "노드별 컨테이너 런타임 진단");
    case "kubelet":
      return say(lang, "Your kubelet's runtime settings", "kubelet 런타임 설정 진단");
    case "manifests":
      return say(lang, "Docker dependencies in your manifests", "매니페스트의 Docker 의존성 진단");
    case "runtime-config":
      return say(lang, "Your runtime's settings", "런타임 설정 진단");
    case "errors":
      return say(lang, "What this error means and how to fix it", "오류 원인과 해결");
    case "mixed":
      return say(lang, "Diagnosis of what you pasted", "붙여 넣은 내용 진단");
    case "unreadable":
      return undefined;
  }
}

function sourcesFor(
  kb: KnowledgeBase,
  ids: readonly string[],
): { ids: string[]; sources: AnswerSource[] } {
  const entries = entriesFor(kb, ids).slice(0, MAX_SOURCES);
  // One link per entry, skipping a page an earlier entry already links to.
  const seen = new Set<string>();
  const sources = entries.flatMap((e) => {
    const source = e.sources.find((s) => !seen.has(s.url));
    if (!source) return [];
    seen.add(source.url);
    return [{ id: e.id, title: source.title, url: source.url }];
  });
  return { ids: entries.map((e) => e.id), sources };
}

export function diagnosisAnswer(reading: PasteReading, kb: KnowledgeBase, intent: string): Answer {
  const { diagnosis, lang } = reading;
  const { ids, sources } = sourcesFor(kb, reading.entryIds);
  const readable = diagnosis.kind !== "unreadable";
  const heading = title(diagnosis.kind, lang);
  // Without words around the paste there is no question to echo; say what it was instead.
  const echo =
    reading.question.slice(0, QUESTION_ECHO) || say(lang, "(pasted output)", "(붙여 넣은 출력)");
  return {
    question: echo,
    lang,
    kind: readable ? "answer" : "invalid",
    inScope: true,
    ...(heading ? { title: heading } : {}),
    text: diagnosisText(
      intent === "yesno"
        ? { ...diagnosis, summary: answerYesNoOnDockershim(diagnosis, reading.question, lang) }
        : diagnosis,
      lang,
    ),
    sources,
    related: [],
    confidence: readable ? 1 : 0,
    ...(reading.diagram ? { diagram: reading.diagram } : {}),
    entryIds: ids,
    via: "offline",
    intent,
    diagnosis,
  };
}

/** Kinds of question an error's diagnosis (its cause and fix) does not answer. */
const ASKS_BEYOND_ERROR: ReadonlySet<string> = new Set([
  "procedure",
  "command",
  "location",
  "check",
  "replacement",
  "comparison",
  "time",
]);
const TYPED_LIMIT = 300;
const typedQuestion = (raw: string) =>
  !raw.trim().includes("\n") && raw.trim().length <= TYPED_LIMIT;

/**
 * Puts paste diagnosis in front of an answerer: a paste (node list, kubelet
 * flags, manifest, error line) is read and diagnosed, never matched to a random
 * entry; anything else goes to the answerer as before, with secrets removed.
 */
export function withDiagnosis(
  inner: OfflineAnswerer,
  kb: KnowledgeBase,
  logger: Logger,
): OfflineAnswerer {
  function route(
    raw: string,
    options: AskOptions,
  ): Answer | { question: string; redacted: number } {
    const reading = readPaste(raw, options.lang);
    if (reading) {
      // What was read, never the paste itself: it may hold host names and (redacted) secrets.
      const { kind, items, redacted } = reading.diagnosis;
      logger.info({ kind, items: items.length, redacted, lang: reading.lang }, "paste diagnosed");
      // The words around the paste say what kind of answer is wanted, read by the same rules
      // as any question; a bare paste asks for a check.
      const asked = reading.question ? inner.answerOffline(reading.question, options) : undefined;
      // "Docker Desktop on my mac keeps saying `Cannot connect to the Docker daemon…`": the
      // words around the error name a neighbouring topic, so the error is not ours to diagnose.
      if (asked?.nearMiss) return asked;
      // "Where does this insecure_registries line go now?" around a crio.conf snippet: a paste
      // the diagnosis cannot read says nothing, so the question is answered instead, with the
      // paste's words (a key, a parser's name) still there to find the entry.
      if (asked?.kind === "answer" && reading.diagnosis.kind === "unreadable")
        return [...raw].length <= MAX_QUESTION_CHARS ? asQuestion(raw) : asked;
      // "How do I get my image into kind? it keeps going ErrImagePull": one typed line that
      // names an error but asks for steps, a command or a place is answered as asked.
      if (
        asked?.kind === "answer" &&
        typedQuestion(raw) &&
        ASKS_BEYOND_ERROR.has(asked.intent ?? "")
      )
        return asQuestion(raw);
      return diagnosisAnswer(reading, kb, asked?.intent ?? "check");
    }
    return asQuestion(raw);
  }
  /** The text the answerer gets for a question: secrets removed, and how many. */
  function asQuestion(raw: string): { question: string; redacted: number } {
    const { text, count } = redactSecrets(cleanPaste(raw));
    return { question: count > 0 ? text : raw, redacted: count };
  }
  const noted = (answer: Answer, redacted: number): Answer =>
    redacted === 0
      ? answer
      : { ...answer, text: `${answer.text}\n\n${redactedNote(redacted, answer.lang)}` };
  return {
    async ask(raw, options = {}) {
      const routed = route(raw, options);
      if ("kind" in routed) return routed;
      return noted(await inner.ask(routed.question, options), routed.redacted);
    },
    answerOffline(raw, options = {}) {
      const routed = route(raw, options);
      if ("kind" in routed) return routed;
      return noted(inner.answerOffline(routed.question, options), routed.redacted);
    },
  };
}
