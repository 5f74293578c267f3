// The rule engine: what a rule and a finding are, and the context every rule reads. The context is built
// once per validation, with every index a rule needs, so a whole validation stays linear in nodes + edges.
import type { Board, BoardEdge, BoardNode } from '../board/types';
import { CATALOG, findKind, type ComponentKind, type Role } from '../catalog';
import type { StepId } from '../framework';
import { isAnswered } from './text';

export type Severity = 'error' | 'warning' | 'tip';

/** Hygiene rules belong to no single step: each finding lands in the step of the node it concerns. */
export type RuleStep = StepId | 'hygiene';

export interface Finding {
  ruleId: string;
  step: StepId;
  severity: Severity;
  /** A plain sentence: what is missing and why it matters in an interview. */
  message: string;
  /** The nodes the finding concerns, so the UI can select them. */
  nodeIds: string[];
}

export interface Rule {
  id: string;
  step: RuleStep;
  severity: Severity;
  title: string;
  /** Why the rule matters in an interview. */
  rationale: string;
  check(ctx: RuleContext): Finding[];
}

/** What a rule reports; the engine adds the rule's id and severity. `step` is required for hygiene rules. */
export interface Issue {
  message: string;
  nodeIds?: string[];
  step?: StepId;
}

export interface RuleSpec extends Omit<Rule, 'check'> {
  find(ctx: RuleContext): Issue[];
}

/** Turns a rule written as "find the issues" into a Rule whose findings carry its id, step and severity. */
export function defineRule(spec: RuleSpec): Rule {
  const { find, ...meta } = spec;
  return {
    ...meta,
    check(ctx) {
      return find(ctx).map((issue) => ({
        ruleId: meta.id,
        step: issue.step ?? (meta.step === 'hygiene' ? 'serving' : meta.step),
        severity: meta.severity,
        message: issue.message,
        nodeIds: issue.nodeIds ?? [],
      }));
    },
  };
}

/**
 * The board's arrows as compressed adjacency lists over node positions 0..n-1: the neighbours of node i in a
 * list are `to[offset[i] .. offset[i + 1] - 1]`. Graph walks run on these typed arrays, not on string maps.
 */
export interface Adjacency {
  offset: Int32Array;
  to: Int32Array;
}

export interface BoardGraph {
  /** Position of each node id in ctx.nodes. */
  index: ReadonlyMap<string, number>;
  /** The catalog position of each node's kind (UNKNOWN_KIND when it has none), so walks test kinds without lookups. */
  kinds: Uint16Array;
  /** The node positions of each catalog kind, so walks can start from kinds without looking ids up. */
  positionsByKind: readonly (readonly number[])[];
  /** Along the arrows; a bidirectional arrow counts both ways. */
  out: Adjacency;
  /** Against the arrows; a bidirectional arrow counts both ways. */
  into: Adjacency;
  /** Either way. */
  both: Adjacency;
}

export interface RuleContext {
  readonly board: Board;
  readonly nodes: readonly BoardNode[];
  /** Nodes of the 'component' family (not cards, notes or groups). */
  readonly components: readonly BoardNode[];
  /** Edges whose two ends are on the board. */
  readonly edges: readonly BoardEdge[];
  /** Edges whose source or target is not on the board. */
  readonly danglingEdges: readonly BoardEdge[];
  readonly graph: BoardGraph;
  node(id: string): BoardNode | undefined;
  kindOf(node: BoardNode): ComponentKind | undefined;
  ofKind(kindId: string): readonly BoardNode[];
  /** Components that play a role, kind by kind (cards are left out: their fields are read with cardField). */
  withRole(role: Role): readonly BoardNode[];
  /** Nodes of every kind that passes the test, kind by kind in catalog order (each node once). */
  whereKind(test: (kind: ComponentKind) => boolean): BoardNode[];
  hasRole(node: BoardNode, role: Role): boolean;
  /** Cards and components of a framework step, kind by kind. */
  ofStep(step: StepId): readonly BoardNode[];
  /** The trimmed text of a node's field ('' when absent). */
  field(node: BoardNode, key: string): string;
  /** The first answered value of a field among the cards of a kind and the card it is on; when none is answered,
   *  text is '' and nodeId is the first card of that kind (if any), so a finding can point at it. */
  cardField(cardKind: string, key: string): { text: string; nodeId?: string };
  /** Direct successors along edges (a bidirectional edge counts both ways). */
  successors(id: string): string[];
  predecessors(id: string): string[];
  /** Nodes joined to this one by any edge, either direction. */
  neighbours(id: string): string[];
  /** How many edge ends touch this node. */
  degree(id: string): number;
  /** Computes a value once per validation (shared reachability sets). */
  memo<T>(key: string, compute: () => T): T;
}

const NONE: readonly never[] = [];

export const UNKNOWN_KIND = 0xffff;
const KIND_POSITION = new Map(CATALOG.map((k, i) => [k.id, i]));

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds compressed adjacency lists from (from, to) pairs in two passes: count, then fill. */
function adjacency(n: number, from: Int32Array, to: Int32Array, count: number): Adjacency {
  const offset = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) offset[from[k] + 1]++;
  for (let i = 0; i < n; i++) offset[i + 1] += offset[i];
  const cursor = offset.slice(0, n);
  const out = new Int32Array(count);
  for (let k = 0; k < count; k++) out[cursor[from[k]]++] = to[k];
  return { offset, to: out };
}

/** `ends` holds each edge's source and target positions, two numbers per edge. */
function buildGraph(
  n: number, index: Map<string, number>, kinds: Uint16Array, positionsByKind: number[][],
  edges: readonly BoardEdge[], ends: Int32Array,
): BoardGraph {
  const pairs = (size: number) => [new Int32Array(size), new Int32Array(size)] as const;
  const [outFrom, outTo] = pairs(edges.length * 2);
  const [bothFrom, bothTo] = pairs(edges.length * 2);
  let directed = 0;
  let k = 0;
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e];
    const s = ends[2 * e];
    const t = ends[2 * e + 1];
    outFrom[directed] = s;
    outTo[directed++] = t;
    if (edge.data?.bidirectional) {
      outFrom[directed] = t;
      outTo[directed++] = s;
    }
    bothFrom[k] = s;
    bothTo[k++] = t;
    bothFrom[k] = t;
    bothTo[k++] = s;
  }
  return {
    index,
    kinds,
    positionsByKind,
    out: adjacency(n, outFrom, outTo, directed),
    into: adjacency(n, outTo, outFrom, directed),
    both: adjacency(n, bothFrom, bothTo, k),
  };
}

export function buildContext(board: Board): RuleContext {
  const nodes = board.nodes;
  const index = new Map<string, number>();
  const kinds = new Uint16Array(nodes.length);
  // One list per catalog kind (an array, not a map); lists by role and by step are joined from them on demand.
  const byKindAt: BoardNode[][] = CATALOG.map(() => []);
  const positionsByKind: number[][] = CATALOG.map(() => []);
  const unknownByType = new Map<string, BoardNode[]>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    // Ids are unique on a restored board; on one that skipped restore, a repeated id names its last node.
    index.set(node.id, i);
    const k = KIND_POSITION.get(node.type);
    if (k === undefined) {
      kinds[i] = UNKNOWN_KIND;
      push(unknownByType, node.type, node);
    } else {
      kinds[i] = k;
      byKindAt[k].push(node);
      positionsByKind[k].push(i);
    }
  }

  const edges: BoardEdge[] = [];
  const danglingEdges: BoardEdge[] = [];
  const ends = new Int32Array(board.edges.length * 2);
  for (const edge of board.edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) {
      danglingEdges.push(edge);
      continue;
    }
    ends[2 * edges.length] = s;
    ends[2 * edges.length + 1] = t;
    edges.push(edge);
  }
  const graph = buildGraph(nodes.length, index, kinds, positionsByKind, edges, ends);

  const kindAt = (node: BoardNode) => findKind(node.type);
  const ofKind = (kindId: string): readonly BoardNode[] => {
    const k = KIND_POSITION.get(kindId);
    return k === undefined ? unknownByType.get(kindId) ?? NONE : byKindAt[k];
  };
  const idsOf = (list: Adjacency, id: string): string[] => {
    const i = index.get(id);
    if (i === undefined) return [];
    const out: string[] = [];
    for (let k = list.offset[i]; k < list.offset[i + 1]; k++) out.push(nodes[list.to[k]].id);
    return out;
  };
  const field = (node: BoardNode, key: string): string => {
    const value = node.data?.fields?.[key];
    return typeof value === 'string' ? value.trim() : '';
  };
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (!cache.has(key)) cache.set(key, compute());
    return cache.get(key) as T;
  };
  /** The nodes of every kind that passes the test, kind by kind in catalog order. */
  const ofKinds = (test: (kind: ComponentKind) => boolean): BoardNode[] => {
    const out: BoardNode[] = [];
    CATALOG.forEach((kind, k) => {
      if (test(kind)) for (const node of byKindAt[k]) out.push(node);
    });
    return out;
  };

  return {
    board,
    nodes,
    get components() {
      return memo('components', () => nodes.filter((_, i) => kinds[i] !== UNKNOWN_KIND && CATALOG[kinds[i]].family === 'component'));
    },
    edges,
    danglingEdges,
    graph,
    node: (id) => {
      const i = index.get(id);
      return i === undefined ? undefined : nodes[i];
    },
    kindOf: kindAt,
    ofKind,
    whereKind: ofKinds,
    withRole: (role) => memo(`role:${role}`, () => ofKinds((k) => k.family === 'component' && k.roles.includes(role))),
    hasRole: (node, role) => {
      const kind = kindAt(node);
      return kind?.family === 'component' && kind.roles.includes(role);
    },
    ofStep: (step) => memo(`step:${step}`, () => ofKinds((k) => k.step === step)),
    field,
    cardField(cardKind, key) {
      const cards = ofKind(cardKind);
      for (const card of cards) {
        const text = field(card, key);
        if (isAnswered(text)) return { text, nodeId: card.id };
      }
      return { text: '', nodeId: cards[0]?.id };
    },
    successors: (id) => idsOf(graph.out, id),
    predecessors: (id) => idsOf(graph.into, id),
    neighbours: (id) => idsOf(graph.both, id),
    degree: (id) => {
      const i = index.get(id);
      return i === undefined ? 0 : graph.both.offset[i + 1] - graph.both.offset[i];
    },
    memo,
  };
}
