import type { Lang } from "../knowledge/schema.ts";
import type { Verdict } from "./types.ts";

/** Picks the sentence in the answer language; every diagnosis string is written in both. */
export const say = (lang: Lang, en: string, ko: string): string => (lang === "ko" ? ko : en);

export function verdictLabel(verdict: Verdict, lang: Lang): string {
  switch (verdict) {
    case "dockershim":
      return say(
        lang,
        "Docker Engine via dockershim (affected)",
        "dockershim 경유 Docker Engine (영향 받음)",
      );
    case "cri-dockerd":
      return say(lang, "Docker Engine via cri-dockerd", "cri-dockerd 경유 Docker Engine");
    case "ok":
      return say(lang, "Not affected", "영향 없음");
    case "upgrade-runtime":
      return say(lang, "Runtime too old for the kubelet", "kubelet에 비해 런타임이 오래됨");
    case "breaks":
      return say(lang, "Breaks", "깨짐");
    case "check":
      return say(lang, "Needs a check", "확인 필요");
    case "error":
      return say(lang, "Errors", "오류");
  }
}
