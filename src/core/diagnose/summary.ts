import type { Lang } from "../knowledge/schema.ts";
import type { PastedNode } from "./nodes-table.ts";
import { say } from "./say.ts";
import { type DiagnosisItem, VERDICT_ORDER, type Verdict } from "./types.ts";

const NAMES_IN_SUMMARY = 6;

export function listNames(
  items: readonly DiagnosisItem[],
  lang: Lang,
  max = NAMES_IN_SUMMARY,
): string {
  const names = items.map((i) => i.name);
  if (names.length <= max) return names.join(", ");
  const rest = names.length - max;
  return `${names.slice(0, max).join(", ")}${say(lang, ` and ${rest} more`, ` 외 ${rest}개`)}`;
}

/** "--container-runtime=remote (removed in 1.27)": which upgrade a flag stops is the first thing asked of it. */
function withRelease(items: readonly DiagnosisItem[], lang: Lang): DiagnosisItem[] {
  return items.map((i) =>
    i.removedIn
      ? {
          ...i,
          name: `${i.name} (${say(lang, `removed in ${i.removedIn}`, `${i.removedIn}에서 제거`)})`,
        }
      : i,
  );
}

export function groupByVerdict(items: readonly DiagnosisItem[]): [Verdict, DiagnosisItem[]][] {
  return VERDICT_ORDER.flatMap((v): [Verdict, DiagnosisItem[]][] => {
    const group = items.filter((i) => i.verdict === v);
    return group.length > 0 ? [[v, group]] : [];
  });
}

const runtimesOf = (items: readonly DiagnosisItem[]) =>
  [
    ...new Set(
      items.flatMap((i) => (i.runtime ? [i.runtime === "cri-o" ? "CRI-O" : i.runtime] : [])),
    ),
  ].join("/") || "a CRI runtime";

function nodePhrase(v: Verdict, group: DiagnosisItem[], lang: Lang): string {
  const be = group.length === 1 ? "is" : "are";
  const rt = runtimesOf(group);
  switch (v) {
    case "dockershim":
      // docker:// on 1.23 is dockershim unless someone already moved the kubelet to cri-dockerd.
      return group.every((i) => i.inferred)
        ? say(
            lang,
            `${be} on Docker Engine through dockershim (which stops working at 1.24) unless ${group.length === 1 ? "the kubelet's" : "their kubelets'"} --container-runtime-endpoint is cri-dockerd.sock`,
            "kubelet의 --container-runtime-endpoint가 cri-dockerd.sock이 아니면 dockershim 경유 Docker Engine이라 1.24로 올리면 멈춥니다",
          )
        : say(
            lang,
            `${be} on Docker Engine through dockershim and will stop working when moved to 1.24`,
            "dockershim 경유 Docker Engine이라 1.24로 올리면 멈춥니다",
          );
    case "cri-dockerd":
      return say(
        lang,
        `${be} on Docker Engine through cri-dockerd, which keeps working`,
        "cri-dockerd 경유 Docker Engine이라 계속 동작합니다",
      );
    case "ok":
      return say(lang, `${be} on ${rt} and not affected`, `${rt}이므로 영향이 없습니다`);
    case "upgrade-runtime":
      return say(
        lang,
        `${be} on a ${rt} version too old for the kubelet`,
        `${rt} 버전이 kubelet에 비해 낮습니다`,
      );
    default:
      return say(
        lang,
        "cannot be settled from this output alone",
        "이 출력만으로는 판단할 수 없습니다",
      );
  }
}

/** The verdict per group of nodes, with a cordoned node's uncordon step in the same English sentence. */
export function nodesSummary(
  items: readonly DiagnosisItem[],
  lang: Lang,
  nodes: readonly PastedNode[] = [],
): string {
  const note = cordonedNote(nodes, lang);
  const total = items.length;
  const groups = groupByVerdict(items);
  const phrases = groups.map(([v, group], i) => {
    const names = listNames(group, lang);
    let subject: string;
    if (total === 1) subject = say(lang, `Node ${names}`, `노드 ${names}는`);
    else if (group.length === total)
      subject = say(lang, `All ${total} nodes (${names})`, `노드 ${total}개 모두(${names})`);
    else if (i === 0)
      subject = say(
        lang,
        `Of ${total} nodes, ${group.length} (${names})`,
        `노드 ${total}개 중 ${group.length}개(${names})는`,
      );
    else subject = say(lang, `${group.length} (${names})`, `${group.length}개(${names})는`);
    if (lang === "ko" && group.length === total && total > 1) subject += "는";
    return `${subject} ${nodePhrase(v, group, lang)}`;
  });
  return lang === "ko"
    ? [`${phrases.join(". ")}.`, note].filter(Boolean).join(" ")
    : `${[...phrases, note].filter(Boolean).join("; ")}.`;
}

export function kubeletSummary(
  path: DiagnosisItem | undefined,
  items: readonly DiagnosisItem[],
  lang: Lang,
  asksPath = false,
): string {
  const breaking = items.filter((i) => i.verdict === "breaks");
  let lead: string;
  switch (path?.verdict) {
    case "dockershim":
      lead = say(
        lang,
        "This kubelet runs Docker Engine through dockershim: it stops working when the node moves to 1.24.",
        "이 kubelet은 dockershim으로 Docker Engine을 씁니다. 노드를 1.24로 올리면 멈춥니다.",
      );
      break;
    case "cri-dockerd":
      lead = say(
        lang,
        "This kubelet uses Docker Engine through cri-dockerd: not affected by the dockershim removal.",
        "이 kubelet은 cri-dockerd로 Docker Engine을 씁니다. dockershim 제거와 무관합니다.",
      );
      break;
    case "ok":
      lead = say(
        lang,
        `This kubelet talks CRI to ${path.runtime ?? "its runtime"} directly: not affected by the dockershim removal.`,
        `이 kubelet은 CRI로 ${path.runtime ?? "런타임"}에 바로 연결됩니다. dockershim 제거와 무관합니다.`,
      );
      break;
    case undefined:
      lead = "";
      break;
    default:
      lead = say(
        lang,
        "These kubelet settings do not name the runtime endpoint, so the path needs one more check.",
        "이 kubelet 설정에는 런타임 엔드포인트가 없어 경로를 한 번 더 확인해야 합니다.",
      );
  }
  if (breaking.length === 0)
    return (
      lead ||
      say(
        lang,
        "The runtime must use the same cgroup driver as the kubelet.",
        "런타임도 kubelet과 같은 cgroup 드라이버를 써야 합니다.",
      )
    );
  // Every setting that breaks is a removed flag, so the fix is to delete it; that leads unless
  // the path itself is the problem (dockershim) or is what the question asks about.
  const fix = say(
    lang,
    `Delete ${breaking.length === 1 ? "the setting" : `the ${breaking.length} settings`} that ${breaking.length === 1 ? "stops" : "stop"} the kubelet on upgrade: ${listNames(withRelease(breaking, lang), lang)}.`,
    `업그레이드하면 kubelet이 시작하지 못하게 하는 설정 ${breaking.length}개를 지우십시오: ${listNames(withRelease(breaking, lang), lang)}.`,
  );
  if (!lead) return fix;
  return path?.verdict === "dockershim" || asksPath ? `${lead} ${fix}` : `${fix} ${lead}`;
}

export function manifestsSummary(items: readonly DiagnosisItem[], lang: Lang): string {
  const breaking = items.filter((i) => i.verdict === "breaks");
  const check = items.filter((i) => i.verdict === "check");
  const parts: string[] = [];
  if (breaking.length > 0)
    parts.push(
      say(
        lang,
        `${listNames(breaking, lang)} ${breaking.length === 1 ? "depends" : "depend"} on the node's Docker Engine and will break on containerd or CRI-O nodes.`,
        `${listNames(breaking, lang)}는 노드의 Docker Engine에 의존하므로 containerd·CRI-O 노드에서 깨집니다.`,
      ),
    );
  if (check.length > 0)
    parts.push(
      say(
        lang,
        `${listNames(check, lang)} ${check.length === 1 ? "needs" : "need"} a check.`,
        `${listNames(check, lang)}는 확인이 필요합니다.`,
      ),
    );
  if (parts.length === 0)
    parts.push(
      say(
        lang,
        `Nothing in ${listNames(items, lang)} depends on the node's Docker Engine.`,
        `${listNames(items, lang)}에는 노드의 Docker Engine에 의존하는 부분이 없습니다.`,
      ),
    );
  return parts.join(" ");
}

export function errorsSummary(items: readonly DiagnosisItem[], lang: Lang): string {
  const first = items[0];
  if (items.length === 1 && first)
    return say(lang, `Cause: ${first.reason}`, `원인: ${first.reason}`);
  return say(
    lang,
    `I recognised ${items.length} errors: ${listNames(items, lang, 3)}. Cause and fix for each below.`,
    `오류 ${items.length}개를 찾았습니다: ${listNames(items, lang, 3)}. 각각의 원인과 해결은 아래와 같습니다.`,
  );
}

/**
 * "worker-1 Ready,SchedulingDisabled" after a runtime switch: the node was cordoned for it and
 * still takes no pods, the step a migration most often leaves undone.
 */
function cordonedNote(nodes: readonly PastedNode[], lang: Lang): string {
  const cordoned = nodes.filter((n) => n.cordoned);
  if (cordoned.length === 0) return "";
  const names = cordoned.map((n) => n.name);
  const listed = names.join(", ");
  const command = `kubectl uncordon ${names.join(" ")}`;
  const one = cordoned.length === 1;
  return say(
    lang,
    `${listed} ${one ? "is" : "are"} still cordoned (SchedulingDisabled) and take${one ? "s" : ""} no new pods: run \`${command}\` once ${one ? "it checks" : "they check"} out`,
    `${listed}는 아직 cordon 상태(SchedulingDisabled)라 새 파드를 받지 않으므로, 확인이 끝나면 \`${command}\`으로 되돌리십시오.`,
  );
}
