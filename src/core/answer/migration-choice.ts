import type { Entry } from "../knowledge/schema.ts";
import { closeEntryAbout } from "./choose.ts";
import type { EntryChoice, EntryVocabulary } from "./choose-entry.ts";

// Questions about moving: a node moved to another runtime gets that runtime's migration steps,
// and a setting moved (not the node) does not.

const LOCAL_CLUSTER = /\b(?:minikube|kind|k3s|k3d)\b|미니큐브|카인드/i;
// The runtime a node moves to: "move each worker to containerd", "containerd로 옮기는 순서".
const MOVES_TO =
  /\b(?:move|moving|migrate|migrating|switch|switching|convert|converting|go|going|flip|flipping|swap|swapping|change|changing|transition|transitioning|cut ?over|cutting over)\b[^.?!]{0,40}?\b(?:to|onto)\s+(?:(?:plain|vanilla|standalone|pure|just|straight)\s+)?(containerd|cri-?o|cri-dockerd)\b|\b(containerd|cri-?o|cri-dockerd)\s*(?:쪽\s*)?(?:으로|로)\s*(?:옮기|옮길|옮겨|바꾸|바꿀|바꿔|전환하|전환할|전환해|마이그레이션 ?하|갈아타|이관하|넘어가|넘어갈|넘기|넘길)(?!고 ?나서|고 ?난 ?(?:뒤|후|다음)|고서)/i;

// Words of any move between runtimes, not a thing it carries.
const MOVE_ITSELF: ReadonlySet<string> = new Set([
  "kubelet",
  "cri",
  "oci",
  "containerruntime",
  "highlevel",
  "lowlevel",
]);

// "daemon.json 에 있던 registry mirror 를 containerd 로 옮기는 순서", "docker로 만든 이미지를 containerd 쪽으로
// 옮기는 방법": a setting or an image is what moves, not the node.
const MOVES_A_SETTING =
  /(?:daemon\.json|mirrors?|미러|insecure|설정|settings?|config|이미지|images?)\S{0,4}\s(?:\S+\s){0,4}?(?:containerd|cri-?o)\s*(?:쪽\s*)?(?:으로|로|to\b)/i;

/** A hit this close to the node migration (a share of its score) answers a setting's move. */
const SETTING_RATIO = 0.8;

/**
 * "insecure registry 설정 containerd 로 옮기는 절차": a setting moves, not the node, so steps for
 * moving a node (an entry that `movesTo` a runtime) give way to the first close hit that is not one.
 */
export function settingMoved(
  chosen: Entry,
  choice: EntryChoice,
  { topicWords, byId }: Pick<EntryVocabulary, "topicWords" | "byId">,
): Entry | undefined {
  if (chosen.movesTo === undefined || choice.intent !== "procedure") return undefined;
  if (!MOVES_A_SETTING.test(choice.question)) return undefined;
  const near = { hits: choice.hits, intent: choice.intent, topicWords, byId };
  return closeEntryAbout(
    chosen,
    near,
    SETTING_RATIO,
    () => true,
    (entry) => !entry.movesTo,
  );
}

/**
 * "workers are on docker engine 20.10; need to move each to containerd — what's the order?":
 * steps for moving are those of the entry that `movesTo` the destination (migrate-to-containerd),
 * however much the source's words (Docker Engine) pull toward its own entries. A move already
 * made ("migrated nodes to containerd but…", "containerd로 옮기고 나서 …") is not asked for.
 */
export function migrationTo(
  chosen: Entry,
  choice: EntryChoice,
  vocabulary: EntryVocabulary,
): Entry | undefined {
  const { destinations, runtimes, topicWords } = vocabulary;
  // "minikube: how do i switch it to containerd?" moves a local cluster, not a node.
  if (choice.intent !== "procedure" || LOCAL_CLUSTER.test(choice.question)) return undefined;
  if (MOVES_A_SETTING.test(choice.question)) return undefined;
  // "GPU 노드를 containerd로 바꾸면 GPU 쓰려면 뭘 설정해?": what is asked about a thing the move
  // carries (nvidia, docker.sock mounts) is that thing's entry, when it was chosen.
  const carried = choice.named.filter((t) => !runtimes.has(t) && !MOVE_ITSELF.has(t));
  if (carried.some((t) => topicWords.get(chosen.id)?.has(t))) return undefined;
  const [, en, ko] = MOVES_TO.exec(choice.question) ?? [];
  const target = (en ?? ko)?.toLowerCase().replace(/^cri-?o$/, "crio");
  // Not only among the hits: a long story about the source runtime can push it out of them.
  const entry = target === undefined ? undefined : destinations.get(target);
  return entry?.id === chosen.id ? undefined : entry;
}
