// Opening a very large board without freezing the page. The board store holds the whole board at once, so what is
// edited, saved, exported and checked is always all of it; only the canvas is handed its nodes a slice per frame,
// nearest the opening view first. React Flow mounts every node it has never measured, in view or not (it needs the
// node's handles before it can tell), so handing it 20,000 nodes at once mounted and measured all of them in one
// task that blocked the page for many seconds.
import { create } from 'zustand';
import { absolutePositions } from './geometry';
import type { FlowNode } from './types';

/** The part of a large board shown when it opens, in board units from its top-left corner (fitOpeningView). */
export const OPENING_WINDOW = { width: 2400, height: 1500 };

export type Opening = {
  boardId: string;
  /** Each node's place in the feed: parents before their children, then nearest the opening view first. */
  rank: ReadonlyMap<string, number>;
  /** Nodes of rank below this are on the canvas. */
  shown: number;
  total: number;
};

export const useOpening = create<{ opening: Opening | null }>(() => ({ opening: null }));

/** True while a board is still being handed to the canvas: heavy derived work (the checklist) waits for it. */
export function isOpening(): boolean {
  return useOpening.getState().opening !== null;
}

/** A task of its own: what follows runs after the page has had a turn (input, a frame). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** After the next frame has painted (a rAF callback runs before the paint; the timeout after it). */
export const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The feed order (each node's rank): by distance from the board's top-left corner, measured in opening windows, a group first. */
export function feedOrder(nodes: readonly FlowNode[]): Map<string, number> {
  const at = absolutePositions(nodes);
  let [left, top] = [Infinity, Infinity];
  for (const p of at.values()) [left, top] = [Math.min(left, p.x), Math.min(top, p.y)];
  const distance = new Map<string, number>();
  for (const [id, p] of at) distance.set(id, Math.max((p.x - left) / OPENING_WINDOW.width, (p.y - top) / OPENING_WINDOW.height));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rank = new Map<string, number>();
  const place = (n: FlowNode) => {
    if (rank.has(n.id)) return;
    // Parent chains never loop (restore breaks loops, as absolutePositions requires).
    const parent = n.parentId !== undefined ? byId.get(n.parentId) : undefined;
    if (parent) place(parent);
    rank.set(n.id, rank.size);
  };
  // Sorted by index over an array of distances: a comparator that looks two ids up in a map is most of the time.
  const far = Float64Array.from(nodes, (n) => distance.get(n.id)!);
  const order = Uint32Array.from(nodes, (_, i) => i).sort((a, b) => far[a] - far[b] || a - b);
  for (const i of order) place(nodes[i]);
  return rank;
}

/**
 * The feed rank of each item of a list (for an edge, the later of its ends'), worked out once per list and feed: each
 * slice then filters by index, not by looking 20,000 ids up in a map.
 */
const rankLists = new WeakMap<readonly object[], { rank: ReadonlyMap<string, number>; ranks: Int32Array }>();
function ranksOf<T extends object>(items: readonly T[], rank: ReadonlyMap<string, number>, of: (item: T) => number): Int32Array {
  const known = rankLists.get(items);
  if (known?.rank === rank) return known.ranks;
  const ranks = Int32Array.from(items, of);
  rankLists.set(items, { rank, ranks });
  return ranks;
}

/** The nodes on the canvas now: all of them, or while `opening` is under way for this board, those fed so far. */
export function fedNodes(nodes: FlowNode[], boardId: string, opening: Opening | null): FlowNode[] {
  if (!opening || opening.boardId !== boardId) return nodes;
  // A node the feed does not know (added by the user meanwhile) is shown at once.
  const ranks = ranksOf(nodes, opening.rank, (n) => opening.rank.get(n.id) ?? -1);
  return nodes.filter((_, i) => ranks[i] < opening.shown);
}

let handed: { edges: readonly unknown[]; list: unknown[] } | undefined;

/**
 * The edges on the canvas now: while the board is being fed, those with both ends fed (`doubling`: see below). React Flow indexes every
 * edge it is given (its connection look-up, its arrowheads) whenever the list changes: 20,000 edges at once are a
 * task of seconds on a busy machine, and again on every slice. So the first slices get the few edges of the nodes
 * in view, and the list handed over grows only when it can double (a dozen times in all, the last one with all of
 * them); an edge whose ends are fed may wait for that, out of view (the nodes in view come first).
 */
export function fedEdges<E extends { source: string; target: string }>(edges: E[], boardId: string, opening: Opening | null, doubling = true): E[] {
  if (!opening || opening.boardId !== boardId) {
    handed = undefined;
    return edges;
  }
  const { rank } = opening;
  const ranks = ranksOf(edges, rank, (e) => Math.max(rank.get(e.source) ?? -1, rank.get(e.target) ?? -1));
  const list = edges.filter((_, i) => ranks[i] < opening.shown);
  // Handed around the view only (src/canvas/view-window.ts), the list React Flow gets stays small: no need to wait.
  if (!doubling) return list;
  // The same edge list as last time (no edit meanwhile): keep what was handed over until it can double.
  if (handed?.edges === edges && list.length < 2 * handed.list.length && list.length < edges.length) return handed.list as E[];
  handed = { edges, list };
  return list;
}

/** A slice's work, render to paint, aimed at: well under the 200 ms past which a page feels stuck, on a busy machine too. */
const SLICE_BUDGET_MS = 80;
/**
 * The first slices hold the nodes in view, which React Flow mounts and measures (the costly part: some 100 nodes fill
 * the opening view), so they start small; the later ones only join React Flow's index, which it walks whole on every slice, so a slice is never
 * smaller than an eighth of what is there already (a few dozen passes in all, not thousands).
 */
const FIRST_SLICE = 25;
const minSlice = (shown: number) => Math.max(FIRST_SLICE, Math.round(shown / 8));
const MAX_SLICE = 5000;

let generation = 0;

/**
 * Hand the nodes of the board about to be loaded into the board store (whose id is `boardId`; `rank` is their
 * feedOrder) to the canvas in slices, sized from how long the last slice took. Call it just before loading the
 * board, so the canvas never gets all of it at once; `viewOnly` when React Flow is handed only what is around the view
 * (src/canvas/view-window.ts). Resolves true once every node is on the canvas, false if another board was opened meanwhile.
 */
export async function feedCanvas(boardId: string, rank: ReadonlyMap<string, number>, viewOnly = false): Promise<boolean> {
  const mine = ++generation;
  useOpening.setState({ opening: { boardId, rank, shown: FIRST_SLICE, total: rank.size } });
  let step = FIRST_SLICE;
  for (;;) {
    const started = performance.now();
    await nextPaint();
    const opening = useOpening.getState().opening;
    if (mine !== generation || !opening) return false;
    if (opening.shown >= opening.total) break;
    const took = performance.now() - started;
    // Towards the budget, by at most a factor of two per slice (one slow frame on a busy machine is not a trend).
    // Handed to React Flow around the view only (`viewOnly`), a slice out of view costs a pass over the board and no
    // more: the slices double (a dozen in all).
    step = viewOnly
      ? Math.max(opening.shown, step)
      : Math.round(Math.min(MAX_SLICE, Math.max(minSlice(opening.shown), step * Math.min(2, Math.max(0.5, SLICE_BUDGET_MS / took)))));
    useOpening.setState({ opening: { ...opening, shown: Math.min(opening.total, opening.shown + step) } });
  }
  useOpening.setState({ opening: null });
  return true;
}

/** Stop feeding (a board opened that is small enough to hand over whole). */
export function endFeed(): void {
  generation++;
  if (useOpening.getState().opening) useOpening.setState({ opening: null });
}
