import type { DiagramName, Lang } from "../knowledge/schema.ts";
import { DiagramNameSchema } from "../knowledge/schema.ts";

/**
 * Commands shared by the terminal chat and the /k8s-runtime slash command, so the
 * two surfaces cannot drift apart.
 */
export type Command =
  | { readonly type: "help" }
  | { readonly type: "topics" }
  | { readonly type: "ask"; readonly question: string }
  | {
      readonly type: "diagram";
      readonly name: DiagramName;
      readonly narrow: boolean;
      readonly ascii: boolean;
      readonly lang?: Lang;
    }
  | { readonly type: "unknown-diagram"; readonly name: string }
  | { readonly type: "lang"; readonly lang?: Lang }
  | { readonly type: "empty" };

const FLAG = /^--?/;

const LANGS: readonly Lang[] = ["ko", "en"];
const asLang = (word: string | undefined) => LANGS.find((l) => l === word);

function parseDiagram(args: string[]): Command {
  let name: DiagramName | undefined;
  let unknown: string | undefined;
  let narrow = false;
  let ascii = false;
  let lang: Lang | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = (args[i] ?? "").toLowerCase().replace(FLAG, "");
    const asName = DiagramNameSchema.safeParse(word === "cridockerd" ? "cri-dockerd" : word);
    if (asName.success) name = asName.data;
    else if (word === "narrow" || word === "mobile") narrow = true;
    else if (word === "ascii") ascii = true;
    else if (word === "lang" && asLang(args[i + 1])) {
      lang = asLang(args[i + 1]);
      i++;
    } else if (asLang(word)) lang = asLang(word);
    else unknown ??= args[i];
  }
  // "diagram bogus" must not quietly draw compare; "diagram crio please" is fine.
  if (!name && unknown) return { type: "unknown-diagram", name: unknown };
  const base = { type: "diagram", name: name ?? "compare", narrow, ascii } as const;
  return lang ? { ...base, lang } : base;
}

export function parseCommand(input: string): Command {
  const trimmed = input.trim();
  if (trimmed === "") return { type: "empty" };
  const [head = "", ...rest] = trimmed.split(/\s+/);
  const verb = head.toLowerCase();
  const tail = trimmed.slice(head.length).trim();
  switch (verb) {
    case "help":
    case "도움말":
    case "?":
      return rest.length === 0 ? { type: "help" } : { type: "ask", question: trimmed };
    case "topics":
    case "주제":
      return rest.length === 0 ? { type: "topics" } : { type: "ask", question: trimmed };
    case "ask":
      return tail === "" ? { type: "help" } : { type: "ask", question: tail };
    case "diagram":
    case "다이어그램":
      return parseDiagram(rest);
    case "lang": {
      const lang = asLang(rest[0]?.toLowerCase());
      return lang ? { type: "lang", lang } : { type: "lang" };
    }
    default:
      return { type: "ask", question: trimmed };
  }
}
