// The board as a Mermaid flowchart, for pasting into docs, GitHub issues and wikis.
import { findKind, hasRole } from '../domain/catalog';
import type { Board, BoardNode, EdgeKind } from '../domain/board';

/** One-way and two-way arrows per edge kind. */
export const MERMAID_ARROWS: Record<EdgeKind, { oneWay: string; twoWay: string }> = {
  request: { oneWay: '-->', twoWay: '<-->' },
  batch: { oneWay: '-.->', twoWay: '<-.->' },
  stream: { oneWay: '==>', twoWay: '<==>' },
};

// Characters that end or reinterpret a quoted Mermaid string, as Mermaid's decimal entity codes.
// '%' too: Mermaid reads a "%%{…}%%" directive anywhere in the text, even inside a label.
const ENTITIES: Record<string, string> = {
  '"': '#34;', '#': '#35;', '%': '#37;', '&': '#38;', '<': '#60;', '>': '#62;', '`': '#96;', '|': '#124;',
};

/** Text for inside "…": entity-coded so labels stay text, newlines as Mermaid's line break. */
export function mermaidText(text: string): string {
  return text
    .replace(/["#%&<>`|]/g, (c) => ENTITIES[c])
    .replace(/\r\n?|\n/g, '<br/>');
}

function nodeShape(node: BoardNode): string {
  const kind = findKind(node.type);
  const text = `"${mermaidText(node.data.label || kind?.label || node.type)}"`;
  if (kind?.family === 'card') return `(${text})`;
  if (kind?.family === 'note') return `>${text}]`;
  if (hasRole(node.type, 'storage')) return `[(${text})]`;
  if (hasRole(node.type, 'client')) return `([${text}])`;
  return `[${text}]`;
}

export function boardToMermaid(board: Board): string {
  const isGroup = (n: BoardNode) => findKind(n.type)?.family === 'group';
  // Board ids may hold any character; Mermaid ids must be plain words, and "end" or "o…"/"x…" ids break it.
  const ids = new Map(board.nodes.map((n, i) => [n.id, `${isGroup(n) ? 'g' : 'n'}${i + 1}`]));
  const groups = new Set(board.nodes.filter(isGroup).map((n) => n.id));
  const children = new Map<string, BoardNode[]>();
  for (const node of board.nodes) {
    const parent = node.parentId !== undefined && groups.has(node.parentId) ? node.parentId : '';
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }

  const lines = ['flowchart LR'];
  if (board.name.trim()) lines.push(`  %% ${mermaidText(board.name.replace(/\s+/g, ' ').trim())}`);
  const written = new Set<string>();
  const write = (node: BoardNode, depth: number) => {
    if (written.has(node.id)) return;
    written.add(node.id);
    const indent = '  '.repeat(depth);
    const id = ids.get(node.id)!;
    if (!isGroup(node)) {
      lines.push(`${indent}${id}${nodeShape(node)}`);
      return;
    }
    lines.push(`${indent}subgraph ${id} ["${mermaidText(node.data.label || 'Group')}"]`);
    for (const child of children.get(node.id) ?? []) write(child, depth + 1);
    lines.push(`${indent}end`);
  };
  for (const node of children.get('') ?? []) write(node, 1);
  // Nodes caught in a loop of groups are reachable from no top-level node; they go at the top level.
  for (const node of board.nodes) write(node, 1);

  for (const edge of board.edges) {
    const source = ids.get(edge.source);
    const target = ids.get(edge.target);
    if (!source || !target) continue;
    const arrows = MERMAID_ARROWS[edge.type] ?? MERMAID_ARROWS.request;
    const arrow = edge.data.bidirectional ? arrows.twoWay : arrows.oneWay;
    const label = edge.data.label ? `|"${mermaidText(edge.data.label)}"|` : '';
    lines.push(`  ${source} ${arrow}${label} ${target}`);
  }
  return lines.join('\n') + '\n';
}
