// Comparing a board with a case study's reference design (its template): which of the reference's components and
// pipelines the board has, which it lacks, and which it adds.
//
// Matching, one-to-one, in three passes so the most specific match wins:
//   1. same kind and same name (names compared lowercase, without spaces or punctuation: "Re-ranking service"
//      matches "reranking  Service");
//   2. same kind, any name (a "Scoring service" of kind ranking stands for the reference's "Ranking service");
//   3. same name, any kind (a "Feature store" drawn as a database still counts).
// Pipelines are groups, matched by name. Cards and notes are not components and are left out.
// Coverage = share of the reference's components and pipelines that the board has, 0..100.
import type { Board, BoardNode } from './board/types';
import { findKind } from './catalog';
import { labelKey } from './validate/text';

export interface ComponentRef {
  nodeId: string;
  kind: string;
  label: string;
}

export type MatchKind = 'exact' | 'kind' | 'label';

export interface ComponentMatch {
  /** The reference's component. */
  reference: ComponentRef;
  /** The board's component that stands for it. */
  node: ComponentRef;
  match: MatchKind;
}

export interface ReferenceComparison {
  present: ComponentMatch[];
  /** Reference components the board lacks. */
  missing: ComponentRef[];
  /** Board components the reference does not have. */
  extra: ComponentRef[];
  pipelines: { present: string[]; missing: string[] };
  /** Share of the reference's components and pipelines present, 0..100 (100 for an empty reference). */
  coverage: number;
}

const familyOf = (node: BoardNode) => findKind(node.type)?.family;
const toRef = (node: BoardNode): ComponentRef => ({ nodeId: node.id, kind: node.type, label: node.data.label });

/** Pairs each reference node with an unused board node of the same key; returns the pairs, removing them from both lists. */
function matchBy(
  refs: BoardNode[], nodes: BoardNode[], key: (n: BoardNode) => string, match: MatchKind, out: ComponentMatch[],
): [BoardNode[], BoardNode[]] {
  const pool = new Map<string, BoardNode[]>();
  for (const n of nodes) {
    const k = key(n);
    const list = pool.get(k);
    if (list) list.push(n);
    else pool.set(k, [n]);
  }
  const unmatchedRefs: BoardNode[] = [];
  const used = new Set<string>();
  for (const ref of refs) {
    const candidate = pool.get(key(ref))?.shift();
    if (candidate) {
      used.add(candidate.id);
      out.push({ reference: toRef(ref), node: toRef(candidate), match });
    } else unmatchedRefs.push(ref);
  }
  return [unmatchedRefs, nodes.filter((n) => !used.has(n.id))];
}

export function compareWithReference(board: Board, reference: Board): ReferenceComparison {
  const components = (b: Board) => b.nodes.filter((n) => familyOf(n) === 'component');
  const present: ComponentMatch[] = [];
  let refs = components(reference);
  let nodes = components(board);
  [refs, nodes] = matchBy(refs, nodes, (n) => `${n.type}\u0000${labelKey(n.data.label)}`, 'exact', present);
  [refs, nodes] = matchBy(refs, nodes, (n) => n.type, 'kind', present);
  [refs, nodes] = matchBy(refs, nodes, (n) => labelKey(n.data.label) || `\u0000${n.id}`, 'label', present);

  const groupKeys = new Map<string, number>();
  for (const g of board.nodes) {
    if (familyOf(g) !== 'group') continue;
    const k = labelKey(g.data.label);
    groupKeys.set(k, (groupKeys.get(k) ?? 0) + 1);
  }
  const pipelines = { present: [] as string[], missing: [] as string[] };
  for (const g of reference.nodes) {
    if (familyOf(g) !== 'group') continue;
    const k = labelKey(g.data.label);
    const left = groupKeys.get(k) ?? 0;
    if (left > 0) {
      groupKeys.set(k, left - 1);
      pipelines.present.push(g.data.label);
    } else pipelines.missing.push(g.data.label);
  }

  const total = present.length + refs.length + pipelines.present.length + pipelines.missing.length;
  const found = present.length + pipelines.present.length;
  return {
    present,
    missing: refs.map(toRef),
    extra: nodes.map(toRef),
    pipelines,
    coverage: total === 0 ? 100 : Math.round((100 * found) / total),
  };
}
