import type { PathId, RuntimePath } from "./path-schema.ts";
import { PathIdSchema } from "./path-schema.ts";

/** A problem inside one path, before the loader knows which file it came from. */
export interface PathProblem {
  readonly field: string;
  readonly message: string;
}

function duplicateIds(path: RuntimePath): PathProblem[] {
  const seen = new Set<string>();
  const problems: PathProblem[] = [];
  path.nodes.forEach((node, i) => {
    if (seen.has(node.id))
      problems.push({ field: `nodes[${i}].id`, message: `duplicate node id "${node.id}"` });
    seen.add(node.id);
  });
  return problems;
}

function danglingEdges(path: RuntimePath): PathProblem[] {
  const ids = new Set(path.nodes.map((n) => n.id));
  const problems: PathProblem[] = [];
  path.edges.forEach((edge, i) => {
    for (const end of ["from", "to"] as const)
      if (!ids.has(edge[end]))
        problems.push({ field: `edges[${i}].${end}`, message: `unknown node id "${edge[end]}"` });
  });
  return problems;
}

/**
 * The renderer draws one vertical chain, so edge i must join node i to node i+1.
 * Checking that here turns a silently wrong drawing into a load error.
 */
function brokenChain(path: RuntimePath): PathProblem[] {
  const problems: PathProblem[] = [];
  const expected = path.nodes.length - 1;
  if (path.edges.length !== expected)
    problems.push({
      field: "edges",
      message: `expected ${expected} edges (one between each pair of consecutive nodes), found ${path.edges.length}`,
    });
  path.edges.forEach((edge, i) => {
    const from = path.nodes[i]?.id;
    const to = path.nodes[i + 1]?.id;
    if (from !== undefined && to !== undefined && (edge.from !== from || edge.to !== to))
      problems.push({
        field: `edges[${i}]`,
        message: `must go from "${from}" to "${to}" (edges follow the node order), found "${edge.from}" -> "${edge.to}"`,
      });
  });
  return problems;
}

/** Nesting is one level deep and only into the node drawn just above. */
function badNesting(path: RuntimePath): PathProblem[] {
  const problems: PathProblem[] = [];
  path.nodes.forEach((node, i) => {
    if (node.inside === undefined) return;
    const host = path.nodes[i - 1];
    if (host?.id !== node.inside)
      problems.push({
        field: `nodes[${i}].inside`,
        message: `must name the node just before it${host ? ` ("${host.id}")` : ""}, found "${node.inside}"`,
      });
    else if (host.inside !== undefined)
      problems.push({
        field: `nodes[${i}].inside`,
        message: `"${host.id}" is itself inside another node; nesting is one level deep`,
      });
  });
  return problems;
}

/** The new path is by definition what still runs, so nothing in it can be "removed". */
function removedInNewPath(path: RuntimePath): PathProblem[] {
  if (path.id !== "new") return [];
  return path.nodes.flatMap((node, i) =>
    node.removedInNew
      ? [
          {
            field: `nodes[${i}].removedInNew`,
            message: "the new path cannot contain removed nodes",
          },
        ]
      : [],
  );
}

/** Every structural problem of one path, all at once. */
export function checkPath(path: RuntimePath): PathProblem[] {
  return [
    ...duplicateIds(path),
    ...danglingEdges(path),
    ...brokenChain(path),
    ...badNesting(path),
    ...removedInNewPath(path),
  ];
}

/** Path ids the diagrams need that are not in `ids`. */
export function missingPathIds(ids: Iterable<string>): PathId[] {
  const have = new Set(ids);
  return PathIdSchema.options.filter((id) => !have.has(id));
}
