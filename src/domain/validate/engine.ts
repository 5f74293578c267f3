// The rule engine: what a rule and a finding are, and the context every rule reads. The context is built
// once per validation, with every index a rule needs, so a whole validation stays linear in nodes + edges.
import type { Board, BoardEdge, BoardNode } from '../board/types';
import { findKind, type ComponentKind, type Role } from '../catalog';
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

export interface RuleContext {
  readonly board: Board;
  readonly nodes: readonly BoardNode[];
  /** Nodes of the 'component' family (not cards, notes or groups). */
  readonly components: readonly BoardNode[];
  /** Edges whose two ends are on the board. */
  readonly edges: readonly BoardEdge[];
  /** Edges whose source or target is not on the board. */
  readonly danglingEdges: readonly BoardEdge[];
  node(id: string): BoardNode | undefined;
  kindOf(node: BoardNode): ComponentKind | undefined;
  ofKind(kindId: string): readonly BoardNode[];
  /** Components that play a role (cards are left out: their fields are read with cardField). */
  withRole(role: Role): readonly BoardNode[];
  hasRole(node: BoardNode, role: Role): boolean;
  /** Cards and components of a framework step. */
  ofStep(step: StepId): readonly BoardNode[];
  /** The trimmed text of a node's field ('' when absent). */
  field(node: BoardNode, key: string): string;
  /** The first answered value of a field among the cards of a kind and the card it is on; when none is answered,
   *  text is '' and nodeId is the first card of that kind (if any), so a finding can point at it. */
  cardField(cardKind: string, key: string): { text: string; nodeId?: string };
  /** Direct successors along edges (a bidirectional edge counts both ways). */
  successors(id: string): readonly string[];
  predecessors(id: string): readonly string[];
  /** Nodes joined to this one by any edge, either direction. */
  neighbours(id: string): readonly string[];
  /** Computes a value once per validation (shared reachability sets). */
  memo<T>(key: string, compute: () => T): T;
}

const NONE: readonly never[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildContext(board: Board): RuleContext {
  const byId = new Map<string, BoardNode>();
  const kinds = new Map<string, ComponentKind | undefined>();
  const byKind = new Map<string, BoardNode[]>();
  const byRole = new Map<Role, BoardNode[]>();
  const byStep = new Map<StepId, BoardNode[]>();
  const components: BoardNode[] = [];
  for (const node of board.nodes) {
    byId.set(node.id, node);
    const kind = findKind(node.type);
    kinds.set(node.id, kind);
    push(byKind, node.type, node);
    if (!kind) continue;
    if (kind.step) push(byStep, kind.step, node);
    if (kind.family !== 'component') continue;
    components.push(node);
    for (const role of kind.roles) push(byRole, role, node);
  }

  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  const both = new Map<string, string[]>();
  const edges: BoardEdge[] = [];
  const danglingEdges: BoardEdge[] = [];
  for (const edge of board.edges) {
    if (!byId.has(edge.source) || !byId.has(edge.target)) {
      danglingEdges.push(edge);
      continue;
    }
    edges.push(edge);
    push(out, edge.source, edge.target);
    push(into, edge.target, edge.source);
    push(both, edge.source, edge.target);
    push(both, edge.target, edge.source);
    if (edge.data?.bidirectional) {
      push(out, edge.target, edge.source);
      push(into, edge.source, edge.target);
    }
  }

  const field = (node: BoardNode, key: string): string => {
    const value = node.data?.fields?.[key];
    return typeof value === 'string' ? value.trim() : '';
  };
  const cache = new Map<string, unknown>();

  return {
    board,
    nodes: board.nodes,
    components,
    edges,
    danglingEdges,
    node: (id) => byId.get(id),
    kindOf: (node) => kinds.get(node.id) ?? findKind(node.type),
    ofKind: (kindId) => byKind.get(kindId) ?? NONE,
    withRole: (role) => byRole.get(role) ?? NONE,
    hasRole: (node, role) => {
      const kind = kinds.get(node.id);
      return kind?.family === 'component' && kind.roles.includes(role);
    },
    ofStep: (step) => byStep.get(step) ?? NONE,
    field,
    cardField(cardKind, key) {
      for (const card of byKind.get(cardKind) ?? NONE) {
        const text = field(card, key);
        if (isAnswered(text)) return { text, nodeId: card.id };
      }
      return { text: '', nodeId: byKind.get(cardKind)?.[0]?.id };
    },
    successors: (id) => out.get(id) ?? NONE,
    predecessors: (id) => into.get(id) ?? NONE,
    neighbours: (id) => both.get(id) ?? NONE,
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
}
