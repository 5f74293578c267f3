import type { Board, BoardEdge, BoardNode } from './types';

/** The node as saved: only the board's own fields, none of the canvas's view state (selection, measurement). */
export function cleanNode(node: BoardNode): BoardNode {
  const out: BoardNode = { id: node.id, type: node.type, position: { x: node.position.x, y: node.position.y }, data: node.data };
  if (node.parentId !== undefined) out.parentId = node.parentId;
  if (node.width !== undefined) out.width = node.width;
  if (node.height !== undefined) out.height = node.height;
  return out;
}

export function cleanEdge(edge: BoardEdge): BoardEdge {
  const out: BoardEdge = { id: edge.id, source: edge.source, target: edge.target, type: edge.type, data: edge.data };
  if (edge.sourceHandle != null) out.sourceHandle = edge.sourceHandle;
  if (edge.targetHandle != null) out.targetHandle = edge.targetHandle;
  return out;
}

/** The board file: what is written to IndexedDB, JSON, PNG and links. */
export function serializeBoard(board: Board): Board {
  return {
    ...board,
    nodes: board.nodes.map(cleanNode),
    edges: board.edges.map(cleanEdge),
  };
}

export function boardToJson(board: Board, pretty = true): string {
  return JSON.stringify(serializeBoard(board), null, pretty ? 2 : undefined);
}
