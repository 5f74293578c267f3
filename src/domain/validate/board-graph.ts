// The board as a graph over node positions 0..n-1, built once per validation: each node's kind as a catalog
// position, the positions of each kind, and the arrows as compressed adjacency lists in typed arrays, so that
// walks never look a string up in their inner loop.
import type { Board, BoardEdge } from '../board/types';
import { CATALOG } from '../catalog';

/** The neighbours of node i are `to[offset[i] .. offset[i + 1] - 1]`. */
export interface Adjacency {
  offset: Int32Array;
  to: Int32Array;
}

/**
 * Node id → position in board.nodes: an open-addressing hash table in a typed array, several times faster to build
 * than a Map for 10,000 ids. On a board that skipped restore, a repeated id names its last node.
 */
export class IdIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly ids: readonly string[]) {
    let capacity = 16;
    while (capacity < ids.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let i = 0; i < ids.length; i++) {
      let slot = hash(ids[i]) & this.mask;
      while (this.slots[slot] !== -1 && ids[this.slots[slot]] !== ids[i]) slot = (slot + 1) & this.mask;
      this.slots[slot] = i;
    }
  }

  get(id: string): number | undefined {
    let slot = hash(id) & this.mask;
    for (let i = this.slots[slot]; i !== -1; i = this.slots[slot]) {
      if (this.ids[i] === id) return i;
      slot = (slot + 1) & this.mask;
    }
    return undefined;
  }
}

/** FNV-1a over the UTF-16 code units. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface BoardGraph {
  /** Position of each node id in board.nodes. */
  index: IdIndex;
  /** Each node's id, name and parent position (-1 for none), read once: rules that scan every node read these flat
   *  arrays rather than each node object again (at 10,000 nodes the scattered reads, not the work, are the cost). */
  ids: readonly string[];
  labels: readonly string[];
  parents: Int32Array;
  /** The catalog position of each node's kind (UNKNOWN_KIND when it has none). */
  kinds: Uint16Array;
  /** The node positions of each catalog kind, in board order. */
  positionsByKind: readonly (readonly number[])[];
  /** Along the arrows; a bidirectional arrow counts both ways. */
  out: Adjacency;
  /** Against the arrows; a bidirectional arrow counts both ways. */
  into: Adjacency;
  /** Either way. */
  both: Adjacency;
  /** Along request/response arrows only (a two-way one counts both ways): the way a request travels, never along a
   *  batch or streaming data flow. */
  request: Adjacency;
}

export const UNKNOWN_KIND = 0xffff;
export const KIND_POSITION: ReadonlyMap<string, number> = new Map(CATALOG.map((k, i) => [k.id, i]));

/** Compressed adjacency lists from (from, to) pairs in two passes: count, then fill. */
function adjacency(n: number, from: Int32Array, to: Int32Array, count: number): Adjacency {
  const offset = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) offset[from[k] + 1]++;
  for (let i = 0; i < n; i++) offset[i + 1] += offset[i];
  const cursor = offset.slice(0, n);
  const out = new Int32Array(count);
  for (let k = 0; k < count; k++) out[cursor[from[k]]++] = to[k];
  return { offset, to: out };
}

const GROUP_KIND = KIND_POSITION.get('group');

/**
 * The components inside each group, through nested groups, by node position: an arrow to a pipeline box reaches
 * each component in it, and an arrow from the box leaves each of them (but the box does not join its components to
 * one another).
 */
function componentsInside(parents: Int32Array, kinds: Uint16Array): (group: number) => readonly number[] {
  const children = new Map<number, number[]>();
  for (let i = 0; i < parents.length; i++) {
    const parent = parents[i];
    if (parent < 0 || parent === i) continue;
    const list = children.get(parent);
    if (list) list.push(i);
    else children.set(parent, [i]);
  }
  const inside = new Map<number, number[]>();
  const collect = (group: number, out: number[], seen: Set<number>) => {
    for (const child of children.get(group) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      if (kinds[child] === GROUP_KIND) collect(child, out, seen);
      else out.push(child);
    }
  };
  return (group) => {
    let out = inside.get(group);
    if (!out) {
      out = [];
      collect(group, out, new Set([group]));
      inside.set(group, out);
    }
    return out;
  };
}

export function buildBoardGraph(board: Board): { graph: BoardGraph; edges: BoardEdge[]; danglingEdges: BoardEdge[] } {
  const n = board.nodes.length;
  const ids: string[] = new Array(n);
  const labels: string[] = new Array(n);
  const parentIds: (string | undefined)[] = new Array(n);
  const kinds = new Uint16Array(n);
  const positionsByKind: number[][] = CATALOG.map(() => []);
  for (let i = 0; i < n; i++) {
    const node = board.nodes[i];
    ids[i] = node.id;
    labels[i] = node.data.label;
    parentIds[i] = node.parentId;
    const k = KIND_POSITION.get(node.type);
    kinds[i] = k ?? UNKNOWN_KIND;
    if (k !== undefined) positionsByKind[k].push(i);
  }
  const index = new IdIndex(ids);
  const parents = new Int32Array(n);
  for (let i = 0; i < n; i++) parents[i] = parentIds[i] === undefined ? -1 : index.get(parentIds[i]!) ?? -1;

  const edges: BoardEdge[] = [];
  const danglingEdges: BoardEdge[] = [];
  // Each arrow's ends, looked up once (-1 when not on the board).
  const m = board.edges.length;
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  // Arrows to or from a group also join the components inside it: one pair per component, counted first.
  const inside = componentsInside(parents, kinds);
  const ends = (i: number) => (kinds[i] === GROUP_KIND ? inside(i) : []);
  let pairs = m;
  for (let k = 0; k < m; k++) {
    const edge = board.edges[k];
    const s = (sources[k] = index.get(edge.source) ?? -1);
    const t = (targets[k] = index.get(edge.target) ?? -1);
    if (s < 0 || t < 0 || s === t || (kinds[s] !== GROUP_KIND && kinds[t] !== GROUP_KIND)) continue;
    pairs += (ends(s).length + 1) * (ends(t).length + 1) - 1;
  }
  const outFrom = new Int32Array(pairs * 2);
  const outTo = new Int32Array(pairs * 2);
  const bothFrom = new Int32Array(pairs * 2);
  const bothTo = new Int32Array(pairs * 2);
  const requestFrom = new Int32Array(pairs * 2);
  const requestTo = new Int32Array(pairs * 2);
  let directed = 0;
  let undirected = 0;
  let requests = 0;
  const join = (s: number, t: number, bidirectional: boolean, isRequest: boolean) => {
    outFrom[directed] = s;
    outTo[directed++] = t;
    if (bidirectional) {
      outFrom[directed] = t;
      outTo[directed++] = s;
    }
    if (isRequest) {
      requestFrom[requests] = s;
      requestTo[requests++] = t;
      if (bidirectional) {
        requestFrom[requests] = t;
        requestTo[requests++] = s;
      }
    }
    bothFrom[undirected] = s;
    bothTo[undirected++] = t;
    bothFrom[undirected] = t;
    bothTo[undirected++] = s;
  };
  for (let k = 0; k < m; k++) {
    const edge = board.edges[k];
    const s = sources[k];
    const t = targets[k];
    if (s < 0 || t < 0) {
      danglingEdges.push(edge);
      continue;
    }
    edges.push(edge);
    const bidirectional = !!edge.data?.bidirectional;
    const isRequest = edge.type === 'request';
    join(s, t, bidirectional, isRequest);
    if (s === t || (kinds[s] !== GROUP_KIND && kinds[t] !== GROUP_KIND)) continue;
    const from: readonly number[] = [s, ...ends(s)];
    const to: readonly number[] = [t, ...ends(t)];
    for (const a of from) {
      for (const b of to) if ((a !== s || b !== t) && a !== b) join(a, b, bidirectional, isRequest);
    }
  }
  return {
    graph: {
      index,
      ids,
      labels,
      parents,
      kinds,
      positionsByKind,
      out: adjacency(n, outFrom, outTo, directed),
      into: adjacency(n, outTo, outFrom, directed),
      both: adjacency(n, bothFrom, bothTo, undirected),
      request: adjacency(n, requestFrom, requestTo, requests),
    },
    edges,
    danglingEdges,
  };
}
