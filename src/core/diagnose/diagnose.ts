import type { DiagramName, Lang } from "../knowledge/schema.ts";
import { detectLang } from "../text/lang.ts";
import { type Documents, flatten, readDocuments, str } from "./documents.ts";
import {
  cleanPaste,
  isProseLine,
  MAX_PASTE_CHARS,
  type Normalized,
  normalize,
} from "./normalize.ts";
import { redactSecrets } from "./redact.ts";
import { say } from "./say.ts";
import {
  configSection,
  errorSection,
  kubeletSection,
  manifestSection,
  nodeSection,
  type Section,
} from "./sections.ts";
import type { Diagnosis } from "./types.ts";

export interface PasteReading {
  readonly diagnosis: Diagnosis;
  readonly lang: Lang;
  /** The person's own words around the paste (redacted), or "" if there were none. */
  readonly question: string;
  /** Knowledge entries the diagnosis rests on, most relevant first. */
  readonly entryIds: readonly string[];
  readonly diagram?: DiagramName;
}

// YAML keys are lower camelCase; "Question: what is CRI?" in a typed message is not data.
const DATA_LINE =
  /\t|\S {2,}\S|^\s*[a-z][\w."/-]*:\s|^\s*-\s|^[IWEF]\d{4}\s|^\d{4}-\d\d-\d\d|^\s*[{}[\]]|level=|^\s*--\w/;

/** Looks like something pasted (not typed as a question), even if nothing in it was understood. */
export function looksLikePaste(n: Normalized, docs: Documents): boolean {
  if (docs.attempted) return true;
  if (n.fences.some((f) => f.split("\n").filter((l) => l.trim() !== "").length >= 2)) return true;
  const lines = n.lines.filter((l) => l.trim() !== "");
  const data = lines.filter((l) => !isProseLine(l) && DATA_LINE.test(l));
  // A typed message with a question in it needs more than a couple of odd lines to count.
  const asks = lines.some((l) => isProseLine(l));
  return lines.length >= 3 && data.length >= (asks ? 3 : 2);
}

function unreadable(docs: Documents, lang: Lang, redacted: number): Diagnosis {
  const kinds = [...new Set(flatten(docs.docs).flatMap((d) => str(d.kind) ?? []))];
  const why = docs.error
    ? say(
        lang,
        `the YAML/JSON did not parse (${docs.error})`,
        `YAML/JSON을 읽지 못했습니다(${docs.error})`,
      )
    : kinds.length > 0
      ? say(
          lang,
          `I read ${kinds.join(", ")}, which has no node, kubelet or pod spec in it`,
          `${kinds.join(", ")}는 읽었지만 노드·kubelet·파드 정보가 없습니다`,
        )
      : say(
          lang,
          "it is not kubectl output, kubelet flags, a manifest or an error line I know",
          "제가 아는 kubectl 출력, kubelet 플래그, 매니페스트, 오류 줄이 아닙니다",
        );
  return {
    kind: "unreadable",
    summary: say(lang, `I couldn't read this: ${why}.`, `이 내용을 읽지 못했습니다: ${why}.`),
    items: [],
    nextSteps: [
      say(
        lang,
        "I can read: `kubectl get nodes -o wide` (or `-o yaml|json`), the kubelet's command line, /var/lib/kubelet/kubeadm-flags.env or /var/lib/kubelet/config.yaml, Pod/Deployment/DaemonSet manifests (YAML or JSON), and error lines from the kubelet, crictl or a pod. Paste one of those, ideally inside ``` fences.",
        "읽을 수 있는 것: `kubectl get nodes -o wide`(또는 `-o yaml|json`) 출력, kubelet 명령줄, /var/lib/kubelet/kubeadm-flags.env나 /var/lib/kubelet/config.yaml, Pod/Deployment/DaemonSet 매니페스트(YAML·JSON), kubelet·crictl·파드의 오류 줄. 이 중 하나를 가능하면 ``` 안에 넣어 붙여 주십시오.",
      ),
    ],
    redacted,
  };
}

function combine(sections: readonly Section[], redacted: number): Diagnosis {
  const first = sections[0];
  return {
    kind: sections.length === 1 && first ? first.kind : "mixed",
    summary: sections.map((s) => s.summary).join(" "),
    items: sections.flatMap((s) => s.items),
    nextSteps: [...new Set(sections.flatMap((s) => s.steps))],
    redacted,
  };
}

function questionAround(n: Normalized): string {
  return n.outside
    .filter(isProseLine)
    .map((l) => l.trim())
    .join(" ");
}

function tooLong(length: number, lang: Lang, redacted: number): Diagnosis {
  const max = MAX_PASTE_CHARS.toLocaleString("en-US");
  return {
    kind: "unreadable",
    summary: say(
      lang,
      `I couldn't read this: it is ${length.toLocaleString("en-US")} characters and I read at most ${max} (Slack's own message limit).`,
      `이 내용을 읽지 못했습니다: ${length.toLocaleString("en-US")}자인데 저는 최대 ${max}자(Slack 메시지 한도)까지 읽습니다.`,
    ),
    items: [],
    nextSteps: [
      say(
        lang,
        "Paste the part that matters, or split it into several messages.",
        "필요한 부분만 붙여 넣거나 여러 메시지로 나눠 주십시오.",
      ),
    ],
    redacted,
  };
}

/**
 * Reads a paste and diagnoses it, or returns undefined when the text is a
 * plain question (no paste in it) and should be answered from the knowledge base.
 */
export function readPaste(raw: string, forcedLang?: Lang): PasteReading | undefined {
  const { text, count } = redactSecrets(cleanPaste(raw));
  const n = normalize(text.slice(0, MAX_PASTE_CHARS));
  // One short line (an error typed as the question) is the question itself.
  const only = text.trim();
  const question = questionAround(n) || (!only.includes("\n") && only.length <= 200 ? only : "");
  const lang = forcedLang ?? detectLang(question || n.outside.join(" "));
  const docs = readDocuments(n.fences, n.outside);
  const base = { lang, question, entryIds: [] } as const;
  if (text.length > MAX_PASTE_CHARS)
    return looksLikePaste(n, docs)
      ? { ...base, diagnosis: tooLong(text.length, lang, count) }
      : undefined;
  const sections = [
    nodeSection(n, docs.docs, lang, question),
    kubeletSection(n, docs.docs, lang, question),
    manifestSection(docs.docs, lang),
    configSection(n, docs.docs, lang),
    errorSection(n, lang),
  ].filter((s): s is Section => s !== undefined);
  if (sections.length === 0)
    return looksLikePaste(n, docs)
      ? { ...base, diagnosis: unreadable(docs, lang, count) }
      : undefined;
  const diagram = sections.find((s) => s.diagram)?.diagram;
  return {
    ...base,
    diagnosis: combine(sections, count),
    entryIds: [...new Set(sections.flatMap((s) => s.entries))],
    ...(diagram ? { diagram } : {}),
  };
}
