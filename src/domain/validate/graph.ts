// Graph walks over the context's adjacency. Edges point the way data or requests flow; a bidirectional edge
// (the book's A ↔ B) can be walked both ways. Every walk visits each node and edge at most once.
import type { BoardNode } from '../board/types';
import type { RuleContext } from './engine';

export type Direction = 'forward' | 'backward' | 'both';

function nextOf(ctx: RuleContext, direction: Direction): (id: string) => readonly string[] {
  if (direction === 'forward') return ctx.successors;
  if (direction === 'backward') return ctx.predecessors;
  return ctx.neighbours;
}

/**
 * Every node reachable from the seeds (seeds included). When `canPass` is given, the walk still enters a node
 * that fails it, but does not go on from there: the result is the region plus its border.
 */
export function reach(
  ctx: RuleContext,
  seeds: Iterable<string | BoardNode>,
  direction: Direction,
  canPass?: (node: BoardNode) => boolean,
): Set<string> {
  const next = nextOf(ctx, direction);
  const seen = new Set<string>();
  const stack: string[] = [];
  for (const seed of seeds) {
    const id = typeof seed === 'string' ? seed : seed.id;
    if (!seen.has(id) && ctx.node(id)) {
      seen.add(id);
      stack.push(id);
    }
  }
  const expandable = (id: string, isSeed: boolean) => isSeed || !canPass || canPass(ctx.node(id)!);
  const seedIds = new Set(stack);
  while (stack.length) {
    const id = stack.pop()!;
    if (!expandable(id, seedIds.has(id))) continue;
    for (const other of next(id)) {
      if (seen.has(other)) continue;
      seen.add(other);
      stack.push(other);
    }
  }
  return seen;
}

/** True when some node of the list is in the set. */
export function anyIn(nodes: readonly BoardNode[], set: ReadonlySet<string>): boolean {
  return nodes.some((n) => set.has(n.id));
}

/** Strongly connected components (iterative Tarjan): the component number of each node id. */
export function stronglyConnected(ctx: RuleContext): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const root of ctx.nodes) {
    if (index.has(root.id)) continue;
    const work: { id: string; next: number }[] = [{ id: root.id, next: 0 }];
    index.set(root.id, counter);
    low.set(root.id, counter++);
    stack.push(root.id);
    onStack.add(root.id);
    while (work.length) {
      const frame = work[work.length - 1];
      const successors = ctx.successors(frame.id);
      if (frame.next < successors.length) {
        const w = successors[frame.next++];
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ id: w, next: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].id;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.set(w, components);
        } while (w !== frame.id);
        components++;
      }
    }
  }
  return component;
}
