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

type Placed = { id: string; parentId?: string; position: { x: number; y: number } };

/** Every node's top-left corner on the board: a child's position is relative to its group. */
export function absolutePositions(nodes: readonly Placed[]): Map<string, { x: number; y: number }> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<string, { x: number; y: number }>();
  const resolve = (n: Placed): { x: number; y: number } => {
    const known = out.get(n.id);
    if (known) return known;
    const parent = n.parentId !== undefined ? byId.get(n.parentId) : undefined;
    const base = parent ? resolve(parent) : { x: 0, y: 0 };
    const abs = { x: base.x + n.position.x, y: base.y + n.position.y };
    out.set(n.id, abs);
    return abs;
  };
  nodes.forEach(resolve);
  return out;
}
