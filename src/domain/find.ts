// "Find on board": the nodes whose words match a query, best matches first.
import type { Board, BoardNode } from './board';
import { findKind } from './catalog';

export type FoundNode = {
  node: BoardNode;
  /** The kind's name ("Feature store"), or "Note" / "Pipeline group". */
  kind: string;
  /** The pipeline box the node sits in, if any (its nearest one). */
  pipeline?: string;
  /** Where the query matched, when not in the label or the kind: a field's name, or "Notes". */
  matchedIn?: string;
};

// Lower ranks first: label starts with the query, label contains it, the kind does, then fields and notes.
const RANK = { labelStart: 0, label: 1, kind: 2, other: 3 } as const;

/** Nodes in which every word of `query` appears (label, kind, fields or notes), at most `limit`, best first. */
export function findNodes(board: Pick<Board, 'nodes'>, query: string, limit = 50): FoundNode[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const phrase = words.join(' ');
  const found: { rank: number; order: number; hit: FoundNode }[] = [];
  board.nodes.forEach((node, order) => {
    const kind = findKind(node.type);
    const kindName = kind?.label ?? node.type;
    const label = node.data.label.toLowerCase();
    const labelAndKind = `${label} ${kindName.toLowerCase()}`;
    const fieldTexts = (kind?.fields ?? []).map((f) => ({ name: f.label, text: (node.data.fields[f.key] ?? '').toLowerCase() }));
    const others = [...fieldTexts, { name: 'Notes', text: node.data.notes.toLowerCase() }];
    const haystack = [labelAndKind, ...others.map((o) => o.text)].join('\n');
    if (!words.every((w) => haystack.includes(w))) return;
    const rank = label.startsWith(phrase) ? RANK.labelStart
      : words.every((w) => label.includes(w)) ? RANK.label
      : words.every((w) => labelAndKind.includes(w)) ? RANK.kind
      : RANK.other;
    const matchedIn = rank === RANK.other ? others.find((o) => words.some((w) => o.text.includes(w)))?.name : undefined;
    const parent = node.parentId !== undefined ? byId.get(node.parentId) : undefined;
    found.push({ rank, order, hit: { node, kind: kindName, pipeline: parent?.data.label || undefined, matchedIn } });
  });
  return found
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((f) => f.hit);
}
