import type { Lang } from "../knowledge/schema.ts";
import { say, verdictLabel } from "./say.ts";
import { groupByVerdict } from "./summary.ts";
import type { Diagnosis, DiagnosisItem } from "./types.ts";

export function itemDetail(item: DiagnosisItem): string {
  const runtime = item.runtime ? `${item.runtime}${item.version ? ` ${item.version}` : ""}` : "";
  return [runtime, item.kubelet ? `kubelet ${item.kubelet}` : ""]
    .filter((s) => s !== "")
    .join(", ");
}

export function redactedNote(count: number, lang: Lang): string {
  return say(
    lang,
    `I removed ${count} secret${count === 1 ? "" : "s"} (tokens, passwords, keys or certificate data) from what you pasted; ${count === 1 ? "it is" : "they are"} not repeated here. Rotate ${count === 1 ? "it" : "them"} if this channel is shared.`,
    `붙여 넣은 내용에서 비밀 값(토큰, 비밀번호, 키, 인증서 데이터) ${count}개를 지웠고 여기에는 다시 쓰지 않았습니다. 공유된 채널이라면 그 값을 교체하십시오.`,
  );
}

/**
 * The diagnosis as the plain answer text every surface can show: verdict
 * sentence, findings grouped by verdict ("- " lines), next steps.
 */
export function diagnosisText(d: Diagnosis, lang: Lang): string {
  const lines = [d.summary];
  for (const [verdict, items] of groupByVerdict(d.items)) {
    lines.push("", `${verdictLabel(verdict, lang)} (${items.length}):`);
    // Nodes in one group usually share the reason: say it once, then list them.
    const first = items[0];
    const shared = items.length > 1 && items.every((i) => i.reason === first?.reason);
    if (shared && first && !d.summary.includes(first.reason)) lines.push(first.reason);
    for (const item of items) {
      const detail = itemDetail(item);
      // A reason the verdict sentence already gave is not repeated under it.
      const reason = shared || d.summary.includes(item.reason) ? "" : `: ${item.reason}`;
      lines.push(`- ${item.name}${detail ? ` [${detail}]` : ""}${reason}`);
    }
  }
  if (d.nextSteps.length > 0) {
    lines.push("", say(lang, "Next steps:", "다음 할 일:"));
    for (const step of d.nextSteps) lines.push(`- ${step}`);
  }
  if (d.redacted > 0) lines.push("", redactedNote(d.redacted, lang));
  return lines.join("\n");
}
