// A piece of a board (a design pattern, the clipboard's fragment) copied in with fresh ids.
import { newId } from '../ids';
import type { BoardEdge, BoardNode } from './types';

/**
 * A copy of a pattern (or any piece of a board, such as the clipboard's) to add at `at`: every node and edge gets
 * a fresh id, edges and groups are remapped, and top-level nodes move by `at`.
 */
export function instantiatePattern(
  source: { nodes: readonly BoardNode[]; edges: readonly BoardEdge[] },
  at: { x: number; y: number },
): { nodes: BoardNode[]; edges: BoardEdge[] } {
  const ids = new Map(source.nodes.map((n) => [n.id, newId('n')]));
  const nodes = source.nodes.map((n): BoardNode => {
    const parentId = n.parentId !== undefined ? ids.get(n.parentId) : undefined;
    const position = parentId !== undefined ? { ...n.position } : { x: n.position.x + at.x, y: n.position.y + at.y };
    const node: BoardNode = { ...n, id: ids.get(n.id)!, position, data: { ...n.data, fields: { ...n.data.fields } } };
    if (parentId !== undefined) node.parentId = parentId;
    else delete node.parentId;
    return node;
  });
  const edges = source.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e): BoardEdge => ({ ...e, id: newId('e'), source: ids.get(e.source)!, target: ids.get(e.target)!, data: { ...e.data } }));
  return { nodes, edges };
}
