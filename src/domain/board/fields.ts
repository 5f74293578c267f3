// The board's document fields, declared once. The types (types.ts) say what each field holds; these lists say which
// fields there are, and the compiler holds the two equal (`exactly` below fails to compile when a field is added to a
// type and not here, or the other way round). Everything that needs "the board's own fields" derives from here:
// restore's known keys (the rest are kept as extras), the saved form (serialize.ts), the comparison that tells a
// change of the document from a change of the view (`sameDocument`), the Yjs layout (src/sync/board-doc.ts) and the
// zod schema (schema.ts, checked against these lists at compile time).
import type { Board, BoardComment, BoardEdge, BoardNode, CommentReply, EdgeData, NodeData } from './types';

/** `keys` must name every key of T and nothing else (a missing key shows up in the error as `missing`). */
const exactly =
  <T>() =>
  <const K extends readonly (keyof T)[]>(
    keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, K[number]> }),
  ): K =>
    keys;

export const BOARD_FIELDS = exactly<Board>()(['format', 'version', 'id', 'name', 'caseStudy', 'nodes', 'edges', 'comments']);
export const NODE_FIELDS = exactly<BoardNode>()(['id', 'type', 'position', 'data', 'parentId', 'width', 'height']);
export const NODE_DATA_FIELDS = exactly<NodeData>()(['label', 'notes', 'fields']);
export const EDGE_FIELDS = exactly<BoardEdge>()(['id', 'source', 'target', 'sourceHandle', 'targetHandle', 'type', 'data']);
export const EDGE_DATA_FIELDS = exactly<EdgeData>()(['label', 'bidirectional']);
export const COMMENT_FIELDS = exactly<BoardComment>()(['id', 'at', 'nodeId', 'author', 'createdAt', 'text', 'resolved', 'replies']);
export const REPLY_FIELDS = exactly<CommentReply>()(['id', 'author', 'createdAt', 'text']);

export type BoardField = (typeof BOARD_FIELDS)[number];
export type NodeField = (typeof NODE_FIELDS)[number];
export type NodeDataField = (typeof NODE_DATA_FIELDS)[number];
export type EdgeField = (typeof EDGE_FIELDS)[number];
export type EdgeDataField = (typeof EDGE_DATA_FIELDS)[number];
export type CommentField = (typeof COMMENT_FIELDS)[number];
export type ReplyField = (typeof REPLY_FIELDS)[number];

/**
 * The declared fields of `item` that have a value, in declaration order. null counts as absent: React Flow writes
 * `sourceHandle: null` for "no handle", which the board file leaves out.
 */
export function pickFields<T extends object, K extends keyof T>(item: T, fields: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of fields) if (item[key] != null) out[key] = item[key];
  return out;
}

/**
 * Two values of one field: absent (undefined or null) alike, otherwise equal by identity or, for an object (a
 * position, a node's data, a comment's replies), by the identity of each of its own entries.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || (a == null && b == null)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const p = a as Record<string, unknown>;
  const q = b as Record<string, unknown>;
  const keys = Object.keys(p);
  if (keys.length !== Object.keys(q).length) return false;
  for (const k of keys) if (p[k] !== q[k] || !(k in q)) return false;
  return true;
}

function sameFields<T extends object>(a: T, b: T, fields: readonly (keyof T)[]): boolean {
  if (a === b) return true;
  for (const key of fields) if (!sameValue(a[key], b[key])) return false;
  return true;
}

function sameList<T extends object>(a: readonly T[] = [], b: readonly T[] = [], fields: readonly (keyof T)[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  // Identity first, inline: during a drag all but one of a thousand nodes are the same objects.
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameFields(a[i], b[i], fields)) return false;
  return true;
}

// Deeper values (a node's field texts, a reply) are compared by identity: every edit makes a new object for what it
// changes and keeps the others, so this is exact for the store's boards and costs next to nothing per drag frame.
const BOARD_VALUES = BOARD_FIELDS.filter((k) => k !== 'nodes' && k !== 'edges' && k !== 'comments');

/**
 * Whether two boards hold the same document: the declared fields of the board, its nodes, edges and comments. What
 * the canvas adds to an item (selection, measured size, the dragging flag) is view state, not the document: it is
 * neither an undo step nor a reason to save or to send. Board-level extras a file carried (keys this app does not
 * know) are not compared: nothing in the app changes them.
 */
export function sameDocument(a: Board, b: Board): boolean {
  return sameDocumentBut(a, b, NODE_FIELDS);
}

const NODE_FIELDS_BUT_PLACE = NODE_FIELDS.filter((k) => k !== 'position');

/**
 * Whether two boards hold the same document but for where nodes are (a drag, a nudge, a layout): what reads the
 * graph only (the validator) has nothing new to say about the second.
 */
export function sameButPlaces(a: Board, b: Board): boolean {
  return sameDocumentBut(a, b, NODE_FIELDS_BUT_PLACE);
}

function sameDocumentBut(a: Board, b: Board, nodeFields: readonly (keyof BoardNode)[]): boolean {
  return (
    a === b ||
    (sameFields(a, b, BOARD_VALUES) &&
      sameList(a.nodes, b.nodes, nodeFields) &&
      sameList(a.edges, b.edges, EDGE_FIELDS) &&
      sameList(a.comments, b.comments, COMMENT_FIELDS))
  );
}
