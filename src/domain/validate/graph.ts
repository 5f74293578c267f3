// Graph walks over the context's adjacency lists. Edges point the way data or requests flow; a bidirectional edge
// (the book's A ↔ B) can be walked both ways. Every walk visits each node and edge at most once.
import type { BoardNode } from '../board/types';
import { CATALOG, type ComponentKind } from '../catalog';
import { UNKNOWN_KIND, type Adjacency, type RuleContext } from './engine';

export type Direction = 'forward' | 'backward' | 'both';

/** A set of nodes found by a walk: a bitmap over node positions. */
export class NodeSet {
  private count = 0;

  constructor(
    private readonly index: ReadonlyMap<string, number>,
    readonly bits: Uint8Array,
  ) {}

  has(id: string): boolean {
    const i = this.index.get(id);
    return i !== undefined && this.bits[i] === 1;
  }

  /** Adds a node position; true when it was not in the set yet. */
  addAt(i: number): boolean {
    if (this.bits[i]) return false;
    this.bits[i] = 1;
    this.count++;
    return true;
  }

  get size(): number {
    return this.count;
  }
}

function listOf(ctx: RuleContext, direction: Direction): Adjacency {
  if (direction === 'forward') return ctx.graph.out;
  if (direction === 'backward') return ctx.graph.into;
  return ctx.graph.both;
}

/**
 * Every node reachable from the seeds (seeds included). When `canPass` is given, the walk still enters a node
 * whose kind fails it, but does not go on from there: the result is the region plus its border. Seeds always go
 * on. Nodes of unknown kind never let the walk through.
 */
export function reach(
  ctx: RuleContext,
  seeds: Iterable<string | BoardNode>,
  direction: Direction,
  canPass?: (kind: ComponentKind) => boolean,
): NodeSet {
  const { offset, to } = listOf(ctx, direction);
  const { index, kinds } = ctx.graph;
  // The test depends on the kind only: answer it once per catalog kind, not once per node.
  const passes = canPass ? Uint8Array.from(CATALOG, (k) => (canPass(k) ? 1 : 0)) : undefined;
  const nodes = ctx.nodes;
  const set = new NodeSet(index, new Uint8Array(nodes.length));
  const stack: number[] = [];
  for (const seed of seeds) {
    const i = index.get(typeof seed === 'string' ? seed : seed.id);
    if (i !== undefined && set.addAt(i)) stack.push(i);
  }
  const seedCount = stack.length;
  const isSeed = new Uint8Array(canPass ? nodes.length : 0);
  if (canPass) for (let s = 0; s < seedCount; s++) isSeed[stack[s]] = 1;
  while (stack.length) {
    const i = stack.pop()!;
    if (passes && !isSeed[i] && (kinds[i] === UNKNOWN_KIND || !passes[kinds[i]])) continue;
    for (let k = offset[i]; k < offset[i + 1]; k++) {
      const j = to[k];
      if (set.addAt(j)) stack.push(j);
    }
  }
  return set;
}

/** Strongly connected components (iterative Tarjan): the component number of each node position. */
export function stronglyConnected(ctx: RuleContext): Int32Array {
  const { offset, to } = ctx.graph.out;
  const n = ctx.nodes.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const frames: number[] = [];
  const nextEdge = new Int32Array(n);
  let counter = 0;
  let components = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    frames.push(root);
    order[root] = low[root] = counter++;
    nextEdge[root] = offset[root];
    stack.push(root);
    onStack[root] = 1;
    while (frames.length) {
      const v = frames[frames.length - 1];
      if (nextEdge[v] < offset[v + 1]) {
        const w = to[nextEdge[v]++];
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          nextEdge[w] = offset[w];
          stack.push(w);
          onStack[w] = 1;
          frames.push(w);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v], order[w]);
        }
        continue;
      }
      frames.pop();
      if (frames.length) {
        const parent = frames[frames.length - 1];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component[w] = components;
        } while (w !== v);
        components++;
      }
    }
  }
  return component;
}
