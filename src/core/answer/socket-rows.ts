import type { Entry, SocketRow } from "../knowledge/schema.ts";
import type { Intent } from "../retrieval/intent.ts";
import type { NamedRow } from "./types.ts";

// "where's the containerd socket on linux nodes?", "윈도우 노드는 소켓 경로가 어떻게 돼요?": a place
// question naming a socket and a runtime is answered by that runtime's row of the entry that
// lists the sockets (`sockets`), whatever close entry (kubeadm's socket annotation) search liked.

/** Words that say a socket is what is looked for. */
const SOCKET_WORDS: ReadonlySet<string> = new Set([
  "socket",
  "endpoint",
  "엔드포인트",
  "pipe",
  "파이프",
]);
// "어느 파일에 넣어?", "which flag?": the place of a setting, not the socket's.
const NAMES_SETTING_PLACE =
  /파일|어노테이션|플래그|옵션|\b(?:files?|config\w*|flags?|options?|annotation|kubeadm-flags)\b/i;
// "where do I set containerd's endpoint?": doing something to a setting, unless the path itself
// is asked ("kubelet에 넣을 소켓 경로는?").
const CHANGES_SETTING =
  /설정|넣|고쳐|고치|바꿔|바꾸|지정|가리키|\b(?:i|we|you) (?:set|put|change|configure)\b|\b(?:change|fix|point)\b/i;
const ASKS_PATH = /경로|주소|\bpaths?\b|\baddress\b/i;
const asksSetting = (question: string) =>
  NAMES_SETTING_PLACE.test(question) ||
  (CHANGES_SETTING.test(question) && !ASKS_PATH.test(question));
const ABOUT_PATH = /\bpaths?\b|\bsame\b|\bwhere\b|\blocation\b|경로|위치|어디|같은|똑같/i;
/** Kinds of question a socket's row answers: where it is, and whether it is where one thinks. */
const ASKS_PLACE: ReadonlySet<Intent> = new Set(["location", "yesno"]);
/** More rows than this named means the whole list was asked for: the entry's own lead gives it. */
const MAX_ROWS = 2;

/** The question, its own words, the words searched (a follow-up's borrowed ones too) and its kind. */
export interface SocketAsk {
  readonly question: string;
  readonly own: readonly string[];
  readonly searched: readonly string[];
  readonly intent: Intent;
  /**
   * A follow-up pointing back at the previous answer ("그거 어디 있어?"): whether a socket is asked
   * is its own words' to say, not its previous question's (a CRI v1 error names containerd's endpoint).
   */
  readonly pointsBack?: boolean;
}

interface Named {
  readonly entry: Entry;
  readonly row: SocketRow;
}

/** The socket rows a question names: a named place's instead of its runtime's. */
export type SocketRows = (ask: SocketAsk) => readonly NamedRow[];

/** Whether the question asks where a socket is, or whether it is where the asker thinks. */
function asksWhereSocketIs({ question, own, searched, intent, pointsBack }: SocketAsk): boolean {
  // "and for crio?" after "where's the containerd socket?" still asks for a socket.
  const words = new Set(pointsBack ? own : [...own, ...searched]);
  // kubeadm keeps its own record of a node's socket (the kubeadm-cri-socket entry answers that).
  if (!ASKS_PLACE.has(intent) || asksSetting(question) || words.has("kubeadm")) return false;
  // "is containerd's socket the same path on k3s?" asks where it is; "…without any docker
  // socket?" names one in passing.
  if (intent === "yesno" && !ABOUT_PATH.test(question)) return false;
  return [...SOCKET_WORDS].some((w) => words.has(w));
}

/** Reads every entry's `sockets` once. */
export function createSocketRows(entries: readonly Entry[]): SocketRows {
  const rows: Named[] = entries.flatMap((entry) =>
    (entry.sockets ?? []).map((row) => ({ entry, row })),
  );

  const naming = (words: ReadonlySet<string>) =>
    rows.filter(({ row }) => row.for.some((t) => words.has(t)));

  function named(ask: SocketAsk): Named[] {
    if (!asksWhereSocketIs(ask)) return [];
    // "그거 소켓 경로는?" after a cri-dockerd answer: the runtime comes from the previous turn.
    const ownRows = naming(new Set(ask.own));
    const found = ownRows.length > 0 ? ownRows : naming(new Set(ask.searched));
    // "Windows 노드의 containerd 소켓": the place's row answers, not containerd's on Linux.
    const places = found.filter(({ row }) => row.place);
    const chosen = places.length > 0 ? places : found;
    return chosen.length <= MAX_ROWS ? chosen : [];
  }

  return (ask) => named(ask).map(({ entry, row }) => ({ entry, text: row }));
}
