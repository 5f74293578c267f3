// The rule engine: what a rule and a finding are, and the context every rule reads. The context is built
// once per validation, with every index a rule needs, so a whole validation stays linear in nodes + edges.
import type { Board, BoardEdge, BoardNode } from '../board/types';
import { CATALOG, findKind, type ComponentKind, type KindId, type Role } from '../catalog';
import type { StepId } from '../framework';
import type { ProblemKind } from '../problem-kinds';
import { buildBoardGraph, KIND_POSITION, UNKNOWN_KIND, type Adjacency, type BoardGraph } from './board-graph';
import { isAnswered } from './text';

export type { Adjacency, BoardGraph } from './board-graph';

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
  /** Set when the finding means the design does not work as drawn: its step keeps no points. */
  blocking?: boolean;
}

export interface Rule {
  id: string;
  step: RuleStep;
  severity: Severity;
  /** The design cannot work while this rule fails (no request reaches a model): its step keeps no points. */
  blocking?: boolean;
  /** The problem kinds the rule applies to; every kind when absent. */
  kinds?: readonly ProblemKind[];
  /** A narrower scope within those kinds, read from the board (grounding only for retrieval-augmented generation):
   *  `says` completes "applies to …, only when" in docs/rules.md, `short` goes in its table. */
  onlyWhen?: { test(ctx: RuleContext): boolean; says: string; short: string };
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
        ...(meta.blocking ? { blocking: true } : {}),
      }));
    },
  };
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
  ofKind(kindId: KindId): readonly BoardNode[];
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
  cardField(cardKind: KindId, key: string): { text: string; nodeId?: string };
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

export function buildContext(board: Board): RuleContext {
  const nodes = board.nodes;
  const { graph, edges, danglingEdges } = buildBoardGraph(board);
  const { index, kinds, positionsByKind } = graph;

  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (!cache.has(key)) cache.set(key, compute());
    return cache.get(key) as T;
  };
  const ofKindAt = (k: number): BoardNode[] => memo(`kind#${k}`, () => positionsByKind[k].map((i) => nodes[i]));
  const ofKind = (kindId: KindId): readonly BoardNode[] => {
    const k = KIND_POSITION.get(kindId);
    return k === undefined ? nodes.filter((n) => n.type === kindId) : ofKindAt(k);
  };
  /** The nodes of every kind that passes the test, kind by kind in catalog order. */
  const whereKind = (test: (kind: ComponentKind) => boolean): BoardNode[] => {
    const out: BoardNode[] = [];
    CATALOG.forEach((kind, k) => {
      if (test(kind)) for (const i of positionsByKind[k]) out.push(nodes[i]);
    });
    return out;
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
    kindOf: (node) => findKind(node.type),
    ofKind,
    whereKind,
    withRole: (role) => memo(`role:${role}`, () => whereKind((k) => k.family === 'component' && k.roles.includes(role))),
    hasRole: (node, role) => {
      const kind = findKind(node.type);
      return kind?.family === 'component' && kind.roles.includes(role);
    },
    ofStep: (step) => memo(`step:${step}`, () => whereKind((k) => k.step === step)),
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
