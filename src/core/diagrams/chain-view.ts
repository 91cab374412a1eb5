import type { Lang } from "../knowledge/schema.ts";
import type { ChainView, NodeView } from "./column.ts";
import type { PathNode, RuntimePath } from "./path-schema.ts";

/**
 * Projects a path onto one language. `onlyRunning` drops removed components: the
 * `new` view shows only what runs now, even if a path file marks something removed.
 */
export function toChain(path: RuntimePath, lang: Lang, onlyRunning: boolean): ChainView {
  const kept = path.nodes.filter((n) => !(onlyRunning && n.removedInNew));
  const nodes = kept.map((node, i): NodeView => {
    const before = kept[i - 1];
    return {
      id: node.id,
      name: node.name,
      details: [node.role[lang], ...(node.process ? [node.process[lang]] : [])],
      removed: node.removedInNew === true,
      // Nest only what the loader allows (one level, into the node just above), so
      // unchecked input still draws as a plain chain instead of a broken picture.
      nested:
        node.inside !== undefined && before?.id === node.inside && before.inside === undefined,
    };
  });
  return { nodes, labels: kept.slice(1).map((to, i) => edgeLabel(path, kept[i], to, lang)) };
}

/** A missing edge (only possible after dropping nodes) draws as an unlabelled arrow. */
function edgeLabel(path: RuntimePath, from: PathNode | undefined, to: PathNode, lang: Lang) {
  const edge = path.edges.find((e) => e.from === from?.id && e.to === to.id);
  return edge ? edge.label[lang] : "";
}
