import { EDGE_FIELDS, NODE_FIELDS, pickFields } from './fields';
import type { Board, BoardEdge, BoardNode } from './types';

/** The node as saved: only the board's own fields (fields.ts), none of the canvas's view state (selection, measurement). */
export function cleanNode(node: BoardNode): BoardNode {
  const out = pickFields(node, NODE_FIELDS);
  out.position = { x: node.position.x, y: node.position.y };
  return out;
}

/** The edge as saved: its own fields; a handle React Flow set to null ("none") is left out. */
export function cleanEdge(edge: BoardEdge): BoardEdge {
  return pickFields(edge, EDGE_FIELDS);
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
