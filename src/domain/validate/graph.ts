// Graph walks over the context's adjacency lists. Edges point the way data or requests flow; a bidirectional edge
// (the book's A ↔ B) can be walked both ways. Every walk visits each node and edge at most once.
import type { BoardNode } from '../board/types';
import { CATALOG, type ComponentKind } from '../catalog';
import { UNKNOWN_KIND, type Adjacency, type IdIndex } from './board-graph';
import type { RuleContext } from './engine';

/** 'request' is forward along request/response arrows only. */
export type Direction = 'forward' | 'backward' | 'both' | 'request';

/** A set of nodes found by a walk: a bitmap over node positions. */
export class NodeSet {
  constructor(
    private readonly index: IdIndex,
    readonly bits: Uint8Array,
    readonly size: number,
  ) {}

  has(id: string): boolean {
    const i = this.index.get(id);
    return i !== undefined && this.bits[i] === 1;
  }
}

function listOf(ctx: RuleContext, direction: Direction): Adjacency {
  if (direction === 'forward') return ctx.graph.out;
  if (direction === 'backward') return ctx.graph.into;
  if (direction === 'request') return ctx.graph.request;
  return ctx.graph.both;
}

/** A test on a component kind: walks start from, or pass through, the nodes of the kinds that pass it. */
export type KindTest = (kind: ComponentKind) => boolean;

/** The positions of the nodes whose kind passes the test (and that are in `within`, when given). */
export function positionsOf(ctx: RuleContext, test: KindTest, within?: NodeSet): number[] {
  const out: number[] = [];
  CATALOG.forEach((kind, k) => {
    if (!test(kind)) return;
    for (const i of ctx.graph.positionsByKind[k]) if (!within || within.bits[i]) out.push(i);
  });
  return out;
}

/**
 * Every node reachable from the seeds (seeds included): nodes or ids, or every node of the kinds that pass a test.
 * When `canPass` is given, the walk still enters a node whose kind fails it, but does not go on from there: the
 * result is the region plus its border. Seeds always go on. Nodes of unknown kind never let the walk through.
 */
export function reach(
  ctx: RuleContext,
  seeds: Iterable<string | BoardNode> | KindTest,
  direction: Direction,
  canPass?: KindTest,
): NodeSet {
  if (typeof seeds === 'function') return reachFrom(ctx, positionsOf(ctx, seeds), direction, canPass);
  const positions: number[] = [];
  for (const seed of seeds) {
    const i = ctx.graph.index.get(typeof seed === 'string' ? seed : seed.id);
    if (i !== undefined) positions.push(i);
  }
  return reachFrom(ctx, positions, direction, canPass);
}

/** reach, from node positions. */
export function reachFrom(ctx: RuleContext, seeds: readonly number[], direction: Direction, canPass?: KindTest): NodeSet {
  const { offset, to } = listOf(ctx, direction);
  const { index, kinds } = ctx.graph;
  // The test depends on the kind only: answer it once per catalog kind, not once per node.
  const passes = canPass ? Uint8Array.from(CATALOG, (k) => (canPass(k) ? 1 : 0)) : undefined;
  const n = ctx.nodes.length;
  const bits = new Uint8Array(n);
  const stack = new Int32Array(n); // each node is pushed at most once
  let top = 0;
  for (const i of seeds) {
    if (!bits[i]) {
      bits[i] = 1;
      stack[top++] = i;
    }
  }
  let isSeed: Uint8Array | undefined;
  if (passes) {
    isSeed = new Uint8Array(n);
    for (let s = 0; s < top; s++) isSeed[stack[s]] = 1;
  }
  let count = top;
  while (top > 0) {
    const i = stack[--top];
    if (passes && !isSeed![i] && (kinds[i] === UNKNOWN_KIND || !passes[kinds[i]])) continue;
    for (let k = offset[i], end = offset[i + 1]; k < end; k++) {
      const j = to[k];
      if (bits[j]) continue;
      bits[j] = 1;
      count++;
      stack[top++] = j;
    }
  }
  return new NodeSet(index, bits, count);
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
