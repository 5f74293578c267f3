/** Stable order with every group before the nodes inside it, as React Flow requires. Parent chains must not loop. */
export function parentsFirst<T extends { id: string; parentId?: string }>(nodes: T[]): T[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const done = new Set<string>();
  const out: T[] = [];
  const visit = (n: T) => {
    if (done.has(n.id)) return;
    done.add(n.id);
    const parent = n.parentId !== undefined ? byId.get(n.parentId) : undefined;
    if (parent) visit(parent);
    out.push(n);
  };
  nodes.forEach(visit);
  return out;
}
