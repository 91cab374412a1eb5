import { orientYesNo } from "../answer/yes-no.ts";
import type { Lang } from "../knowledge/schema.ts";
import { say } from "./say.ts";
import type { Diagnosis } from "./types.ts";

// "1.23 노드인데 이거 dockershim 쓰는 거 맞나요?" under a pasted kubelet command line or node list:
// the diagnosis already tells which path every item is on, so a yes/no question about dockershim
// gets its yes or no in front of the summary.
export const ASKS_DOCKERSHIM = /dockershim|도커 ?심/i;
/** The question the opener is written for; orientYesNo flips it for one asked the other way. */
const OWN_QUESTION = { en: "is this on dockershim?", ko: "이거 dockershim 쓰는 거야?" } as const;

/** The summary with a yes or no in front, when the words around a paste ask whether it is on dockershim. */
export function answerYesNoOnDockershim(d: Diagnosis, question: string, lang: Lang): string {
  if (!ASKS_DOCKERSHIM.test(question) || d.items.length === 0) return d.summary;
  const paths = d.items.filter((i) => i.runtime !== undefined || i.verdict === "dockershim");
  if (paths.length === 0) return d.summary;
  const onShim = paths.every((i) => i.verdict === "dockershim");
  const offShim = paths.every((i) => i.verdict === "cri-dockerd" || i.verdict === "ok");
  if (!onShim && !offShim) return d.summary;
  // docker:// alone cannot rule out cri-dockerd, so its yes stays a likely one.
  const likely = onShim && paths.every((i) => i.inferred);
  const yes = likely ? say(lang, "Most likely: ", "네, 아마도 ") : say(lang, "Yes: ", "네, ");
  const opener = onShim ? yes : say(lang, "No: ", "아니요, ");
  return orientYesNo(`${opener}${d.summary}`, lang, OWN_QUESTION[lang], question);
}
