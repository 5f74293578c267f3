// Comparing a board with a case study's reference design (its template): which of the reference's components and
// pipelines the board has, which it lacks, and which it adds.
//
// Matching is by meaning, one-to-one, in passes so the most specific match wins:
//   1. same kind and same name (names compared lowercase, without spaces or punctuation: "Re-ranking service"
//      matches "reranking  Service");
//   2. same kind, any name (a "Scoring service" of kind ranking stands for the reference's "Ranking service");
//   3. same role: the kinds' main roles agree (a vector database stands for an index table, a fusion layer for a
//      ranking service);
//   4. the name, any kind: one name contains the other ("Feature store (online)" drawn as a database counts for
//      the reference's "Feature store").
// Pipelines are groups, matched by name, then by the role their name says ("Training pipeline (daily)" is a
// training pipeline). Each match says which reference item the board's item stands for, and why. Cards and notes
// are not components and are left out.
// Coverage = share of the reference's components and pipelines that the board has, 0..100.
import type { Board, BoardNode } from './board/types';
import { findKind } from './catalog';
import { labelKey } from './validate/text';

export interface ComponentRef {
  nodeId: string;
  kind: string;
  label: string;
}

export type MatchKind = 'exact' | 'kind' | 'role' | 'label';

/** Why a board item stands for a reference item, in words. */
export const MATCH_REASONS: Record<MatchKind, string> = {
  exact: 'same kind and name', kind: 'same kind', role: 'same role', label: 'same name',
};

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
  pipelines: {
    /** The reference's pipelines the board has, and the board's pipeline that stands for each. */
    present: string[];
    missing: string[];
    matches: { reference: string; node: string; match: 'exact' | 'role' }[];
  };
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

/** A kind's main role (its first), which says what it is for. */
const mainRole = (n: BoardNode) => findKind(n.type)?.roles[0] ?? '';

/** Pairs references with unused board nodes whose names contain one another (names of at least five letters). */
function matchByNameWithin(refs: BoardNode[], nodes: BoardNode[], out: ComponentMatch[]): [BoardNode[], BoardNode[]] {
  const keys = new Map(nodes.map((n) => [n.id, labelKey(n.data.label)]));
  const used = new Set<string>();
  const unmatched: BoardNode[] = [];
  for (const ref of refs) {
    const key = labelKey(ref.data.label);
    const candidate = key.length < 5 ? undefined : nodes.find((n) => {
      const k = keys.get(n.id)!;
      return !used.has(n.id) && k.length >= 5 && (k.includes(key) || key.includes(k));
    });
    if (candidate) {
      used.add(candidate.id);
      out.push({ reference: toRef(ref), node: toRef(candidate), match: 'label' });
    } else unmatched.push(ref);
  }
  return [unmatched, nodes.filter((n) => !used.has(n.id))];
}

/** What a pipeline is for, from its name: the first pattern that matches. */
const PIPELINE_ROLES: readonly [role: string, pattern: RegExp][] = [
  ['training', /train|learn|fine ?tun|retrain/],
  ['indexing', /index|embedd/],
  ['evaluation', /eval|validat|experiment|backtest/],
  ['monitoring', /monitor|feedback|observ|alert/],
  ['prediction', /predict|serv|inferen|online|request|rank|retriev|recommend|search|generat|scor|detect/],
  ['data', /data|feature|etl|ingest|label|prepar/],
];

export function pipelineRole(name: string): string | undefined {
  const text = name.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  return PIPELINE_ROLES.find(([, pattern]) => pattern.test(text))?.[0];
}

function comparePipelines(board: Board, reference: Board): ReferenceComparison['pipelines'] {
  const groups = (b: Board) => b.nodes.filter((n) => familyOf(n) === 'group');
  let unused = groups(board);
  const result: ReferenceComparison['pipelines'] = { present: [], missing: [], matches: [] };
  const left: BoardNode[] = [];
  for (const g of groups(reference)) {
    const k = labelKey(g.data.label);
    const twin = unused.find((u) => labelKey(u.data.label) === k);
    if (twin) {
      unused = unused.filter((u) => u !== twin);
      result.present.push(g.data.label);
      result.matches.push({ reference: g.data.label, node: twin.data.label, match: 'exact' });
    } else left.push(g);
  }
  for (const g of left) {
    const role = pipelineRole(g.data.label);
    const twin = role ? unused.find((u) => pipelineRole(u.data.label) === role) : undefined;
    if (twin) {
      unused = unused.filter((u) => u !== twin);
      result.present.push(g.data.label);
      result.matches.push({ reference: g.data.label, node: twin.data.label, match: 'role' });
    } else result.missing.push(g.data.label);
  }
  return result;
}

export function compareWithReference(board: Board, reference: Board): ReferenceComparison {
  const components = (b: Board) => b.nodes.filter((n) => familyOf(n) === 'component');
  const present: ComponentMatch[] = [];
  let refs = components(reference);
  let nodes = components(board);
  [refs, nodes] = matchBy(refs, nodes, (n) => `${n.type}\u0000${labelKey(n.data.label)}`, 'exact', present);
  [refs, nodes] = matchBy(refs, nodes, (n) => n.type, 'kind', present);
  [refs, nodes] = matchBy(refs, nodes, (n) => mainRole(n) || `\u0000${n.id}`, 'role', present);
  [refs, nodes] = matchByNameWithin(refs, nodes, present);
  const pipelines = comparePipelines(board, reference);

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
