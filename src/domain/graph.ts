// Walking the arrows of a board as a graph, shared by auto-layout and the legibility measures.

/** Whether `to` can be reached from `from` following `next` (each node's successors). */
export function reaches(next: ReadonlyMap<string, Iterable<string>>, from: string, to: string): boolean {
  const seen = new Set([from]);
  for (const stack = [from]; stack.length; ) {
    const id = stack.pop()!;
    if (id === to) return true;
    for (const n of next.get(id) ?? []) if (!seen.has(n)) stack.push((seen.add(n), n));
  }
  return false;
}
