// Wordings shared by the intent rules and the modules that read questions. The word lists are
// spelled once and spliced into each rule's source by name, so a rule stays one readable regular
// expression.

// Docker CLI subcommands: "instead of docker ps" asks for a command, "instead of docker after 1.24" does not.
const DOCKER_SUB =
  "(?:ps|images?|logs?|exec|run|rmi|rm|pull|push|inspect|stats|attach|info|kill|stop|start|top|cp|tag|login|save|load|version|events|commit|port|restart|pause|image|container)";

// "where" that asks, not the relative one of "the one box where the vendor insists on docker".
const ASKED_WHERE = String.raw`(?<!\b(?:box|boxes|node|nodes|cluster|clusters|machine|machines|host|hosts|place|case|cases|one|env|environment|pool|pools|server|servers|vm|vms|team|teams|setup|situation) )\bwhere\b`;

const splice = (name: string, words: string) => (re: RegExp) =>
  new RegExp(re.source.replaceAll(name, words), re.flags);

/** Replaces DOCKER_SUB in a rule with the Docker CLI's subcommands. */
export const withDockerSub = splice("DOCKER_SUB", DOCKER_SUB);
/** Replaces ASKED_WHERE in a rule with a "where" that asks for a place. */
export const withAskedWhere = splice("ASKED_WHERE", ASKED_WHERE);

export const NAMES_DOCKER_COMMAND = withDockerSub(
  /\bdocker\s+DOCKER_SUB(?![\w-])|(?:도커|\bdocker) ?(?:명령|커맨드|commands?\b)/,
);

/**
 * The question is about a component's counterpart on another runtime, in any wording, yes/no
 * included ("같은 역할이에요?", "what's the containerd equivalent of that?"): the entry named for
 * the peer answers it (see preferCounterpart), and in a thread it leans on the previous turn.
 */
export const NAMES_COUNTERPART =
  /\b(?:plays?|playing|does|do|fills?|takes?|has) (?:the )?(?:same )?(?:role|job|part) (?:of|as)\b|\bcounterpart\b|\bequivalent (?:of|to|for) (?:that|it|this|them)\b|\b(?:who|what) (?:does|plays|fills|handles) (?:that|this|its|the same|[\w.-]+'s) (?:role|job|part)\b|같은 ?역할|역할을? ?(?:하는|맡는|대신)|역할\S{0,2}\s?(?:은|는|을)?\s?(?:누가|뭐가|무엇이|어떤 ?(?:게|거|애|컴포넌트|프로세스))|에 해당하는|에 대응하는|그런 ?(?:거|것|게|애)\s?(?:있|없)|\b(?:is there|anything|something) (?:like|similar to) (?:that|it|this)\b/i;
