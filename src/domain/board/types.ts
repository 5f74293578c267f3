// The board: the one representation of a design, shaped like React Flow's nodes and edges so the
// canvas renders it as is. See docs/board-format.md.

export const BOARD_FORMAT = 'mlsd-board';
export const BOARD_VERSION = 2;

export type EdgeKind = 'request' | 'batch' | 'stream';
export const EDGE_KINDS: readonly EdgeKind[] = ['request', 'batch', 'stream'];
export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  request: 'Request / response',
  batch: 'Batch data',
  stream: 'Streaming data',
};

// Type aliases (not interfaces) so they fit React Flow's `Record<string, unknown>` data constraint.
export type NodeData = {
  label: string;
  notes: string;
  fields: Record<string, string>;
};

export type BoardNode = {
  id: string;
  /** The component kind's id from the catalog. */
  type: string;
  /** Relative to the parent group when parentId is set. */
  position: { x: number; y: number };
  data: NodeData;
  parentId?: string;
  /** Set for groups (their box) and for nodes the user resized. */
  width?: number;
  height?: number;
};

export type EdgeData = {
  label: string;
  /** The book's two-headed arrows (A ↔ B). */
  bidirectional?: boolean;
};

export type BoardEdge = {
  id: string;
  source: string;
  target: string;
  sourceHandle?: string | null;
  targetHandle?: string | null;
  type: EdgeKind;
  data: EdgeData;
};

/** An answer in a comment's thread. */
export type CommentReply = {
  id: string;
  author: string;
  /** Milliseconds since 1970 (Date.now()). */
  createdAt: number;
  text: string;
};

/**
 * A review comment pinned to a point of the canvas, optionally about one node. `at` is where the pin was placed
 * (board coordinates); while `nodeId` names a node on the board the pin is drawn at that node instead, so it follows
 * the node, and falls back to `at` if the node is deleted.
 */
export type BoardComment = {
  id: string;
  at: { x: number; y: number };
  nodeId?: string;
  author: string;
  createdAt: number;
  text: string;
  resolved: boolean;
  replies: CommentReply[];
};

export type Board = {
  format: typeof BOARD_FORMAT;
  version: typeof BOARD_VERSION;
  id: string;
  name: string;
  /** The case study this board answers (a template id), for the reference comparison. */
  caseStudy?: string;
  nodes: BoardNode[];
  edges: BoardEdge[];
  /** Review comments; absent when there are none (so boards without comments are written as before). */
  comments?: BoardComment[];
};
