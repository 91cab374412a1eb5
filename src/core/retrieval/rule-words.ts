// Word lists shared by several intent rules, spelled once and spliced into each rule's source
// by name, so a rule stays one readable regular expression.

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
