// The board as a Yjs document (the shared state of a live room), and back. Pure: no React, no store, no network.
//
// Layout (root types never conflict, so every replica can create them):
//   text  'name'        the board's title (Y.Text: two people retitling merge character by character)
//   map   'board'       id, caseStudy
//   map   'boardExtra'  unknown board-level keys of the file (e.g. a future "viewport"), as JSON values
//   map   'nodes'       id -> Y.Map { type, position, parentId, width, height, order,
//                                    label: Y.Text, notes: Y.Text, fields: Y.Map<Y.Text>, extra: Y.Map<JSON> }
//   map   'edges'       id -> Y.Map { source, target, sourceHandle, targetHandle, type, bidirectional, order,
//                                    label: Y.Text, extra: Y.Map<JSON> }
//   map   'comments'    id -> Y.Map { at, nodeId, author, createdAt, resolved, order, text: Y.Text, replies: Y.Array<JSON> }
//
// Each item is a map of fields, so two people changing different fields of one node both win; texts are Y.Text so
// two people typing in one label keep both their characters; a position is one value, so a drag is never half
// someone else's. Reading runs the board file's own restore (src/domain/board/restore.ts): concurrent edits can
// meet in ways no single person could make (an edge to a node someone else deleted, two groups put inside each
// other), and restore resolves them by its rules, deterministically, so every replica shows the same board.
import * as Y from 'yjs';
import {
  absolutePositions, BOARD_FIELDS, BOARD_FORMAT, BOARD_VERSION, EDGE_DATA_FIELDS, NODE_DATA_FIELDS, restoreBoard,
  type Board, type BoardComment, type BoardEdge, type BoardNode, type CommentField, type CommentReply, type EdgeDataField,
  type EdgeField, type NodeDataField, type NodeField, type RestoreResult,
} from '../domain/board';
import { byOrder, orderUpdates } from './order';
import type { CommentOp } from './protocol';
import { applyText } from './text';

type Json = unknown;
type FieldKind = 'value' | 'text' | 'texts' | 'values' | 'list';
/** An item as the document stores it: one entry per field. `undefined` means the field is absent. */
type Fields = Record<string, Json>;

/** How one kind of item (node, edge, comment) maps to document fields. */
type Codec<T extends { id: string }> = {
  root: string;
  kinds: Record<string, FieldKind>;
  toFields: (item: T) => Fields;
  fromFields: (id: string, f: Fields) => Record<string, unknown>;
};

// The board's own keys (src/domain/board/fields.ts); anything else an item's data or the board carries is an extra,
// kept as JSON. Each codec's `kinds` names every declared field (its data's flattened in, id and data left out):
// `satisfies` fails to compile when a field is declared and not stored, or the other way round.
const DATA_KEYS = new Set<string>(NODE_DATA_FIELDS);
const EDGE_DATA_KEYS = new Set<string>(EDGE_DATA_FIELDS);
const BOARD_KEYS = new Set<string>(BOARD_FIELDS);

function without(obj: Record<string, Json>, keys: Set<string>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(obj)) if (!keys.has(k) && v !== undefined) out[k] = v;
  return out;
}

const NODE: Codec<BoardNode> = {
  root: 'nodes',
  kinds: {
    type: 'value', position: 'value', parentId: 'value', width: 'value', height: 'value',
    label: 'text', notes: 'text', fields: 'texts', extra: 'values',
  } satisfies Record<Exclude<NodeField, 'id' | 'data'> | NodeDataField | 'extra', FieldKind>,
  toFields: (n) => ({
    type: n.type,
    position: { x: n.position.x, y: n.position.y },
    parentId: n.parentId,
    width: n.width,
    height: n.height,
    label: n.data.label,
    notes: n.data.notes,
    fields: n.data.fields,
    extra: without(n.data, DATA_KEYS),
  }),
  fromFields: (id, f) => ({
    id,
    type: f.type,
    position: f.position,
    ...(f.parentId !== undefined && { parentId: f.parentId }),
    ...(f.width !== undefined && { width: f.width }),
    ...(f.height !== undefined && { height: f.height }),
    data: { ...(f.extra as object), label: f.label, notes: f.notes, fields: f.fields },
  }),
};

const EDGE: Codec<BoardEdge> = {
  root: 'edges',
  kinds: {
    source: 'value', target: 'value', sourceHandle: 'value', targetHandle: 'value', type: 'value',
    bidirectional: 'value', label: 'text', extra: 'values',
  } satisfies Record<Exclude<EdgeField, 'id' | 'data'> | EdgeDataField | 'extra', FieldKind>,
  toFields: (e) => ({
    source: e.source,
    target: e.target,
    sourceHandle: e.sourceHandle ?? undefined,
    targetHandle: e.targetHandle ?? undefined,
    type: e.type,
    bidirectional: e.data.bidirectional,
    label: e.data.label,
    extra: without(e.data, EDGE_DATA_KEYS),
  }),
  fromFields: (id, f) => ({
    id,
    source: f.source,
    target: f.target,
    ...(f.sourceHandle !== undefined && { sourceHandle: f.sourceHandle }),
    ...(f.targetHandle !== undefined && { targetHandle: f.targetHandle }),
    type: f.type,
    data: { ...(f.extra as object), label: f.label, ...(f.bidirectional !== undefined && { bidirectional: f.bidirectional }) },
  }),
};

const COMMENT: Codec<BoardComment> = {
  root: 'comments',
  kinds: {
    at: 'value', nodeId: 'value', author: 'value', createdAt: 'value', resolved: 'value', text: 'text', replies: 'list',
  } satisfies Record<Exclude<CommentField, 'id'>, FieldKind>,
  toFields: (c) => ({
    at: { x: c.at.x, y: c.at.y },
    nodeId: c.nodeId,
    author: c.author,
    createdAt: c.createdAt,
    resolved: c.resolved,
    text: c.text,
    replies: c.replies,
  }),
  fromFields: (id, f) => ({
    id,
    at: f.at,
    ...(f.nodeId !== undefined && { nodeId: f.nodeId }),
    author: f.author,
    createdAt: f.createdAt,
    text: f.text,
    resolved: f.resolved,
    replies: f.replies,
  }),
};

export function equalJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Fields)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Fields)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => equalJson((a as Fields)[k], (b as Fields)[k]));
}

// ---- reading ----

function readField(kind: FieldKind, value: unknown): Json {
  if (value === undefined) return undefined;
  switch (kind) {
    case 'value':
      return value;
    case 'text':
      return value instanceof Y.Text ? value.toString() : undefined;
    case 'texts': {
      if (!(value instanceof Y.Map)) return {};
      const out: Record<string, string> = {};
      value.forEach((t, k) => {
        if (t instanceof Y.Text) out[k] = t.toString();
      });
      return out;
    }
    case 'values':
      return value instanceof Y.Map ? value.toJSON() : {};
    case 'list':
      return value instanceof Y.Array ? value.toArray() : [];
  }
}

function readItems<T extends { id: string }>(doc: Y.Doc, codec: Codec<T>): Record<string, unknown>[] {
  const items: { id: string; order: number; item: Record<string, unknown> }[] = [];
  doc.getMap(codec.root).forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const f: Fields = {};
    for (const [key, kind] of Object.entries(codec.kinds)) f[key] = readField(kind, value.get(key));
    const order = value.get('order');
    items.push({ id, order: typeof order === 'number' ? order : 0, item: codec.fromFields(id, f) });
  });
  return byOrder(items, (x) => x.order).map((x) => x.item);
}

/** The document as a board file, before restore: what a replica would write to disk. */
export function rawBoard(doc: Y.Doc): Record<string, unknown> {
  const meta = doc.getMap('board');
  const comments = readItems(doc, COMMENT);
  return {
    ...doc.getMap('boardExtra').toJSON(),
    format: BOARD_FORMAT,
    version: BOARD_VERSION,
    id: meta.get('id'),
    name: doc.getText('name').toString(),
    ...(typeof meta.get('caseStudy') === 'string' && { caseStudy: meta.get('caseStudy') }),
    nodes: readItems(doc, NODE),
    edges: readItems(doc, EDGE),
    ...(comments.length > 0 && { comments }),
  };
}

/** Whether a board has been written into this document yet (a new room is empty until its creator fills it). */
export function hasBoard(doc: Y.Doc): boolean {
  return typeof doc.getMap('board').get('id') === 'string';
}

/**
 * The board the document holds, through the board file's restore. `repairs` lists what restore resolved (edges to
 * deleted nodes left out, group loops cut...): the same in every replica, and not an error. The board itself passes
 * restore again with no repair.
 */
export function readBoard(doc: Y.Doc): RestoreResult {
  if (!hasBoard(doc)) return { ok: false, error: { code: 'not-a-board', message: 'This room has no board yet.' } };
  return restoreBoard(rawBoard(doc));
}

// ---- writing ----

function createField(kind: FieldKind, value: Json): unknown {
  switch (kind) {
    case 'value':
      return value;
    case 'text':
      return new Y.Text(value as string);
    case 'texts': {
      const map = new Y.Map<Y.Text>();
      for (const [k, v] of Object.entries(value as Record<string, string>)) map.set(k, new Y.Text(v));
      return map;
    }
    case 'values': {
      const map = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(value as Fields)) if (v !== undefined) map.set(k, v);
      return map;
    }
    case 'list':
      return Y.Array.from(value as object[]);
  }
}

/** Write one field's new value: only the difference, so concurrent changes elsewhere in it survive. */
function updateField(map: Y.Map<unknown>, key: string, kind: FieldKind, prev: Json, next: Json): void {
  const current = map.get(key);
  if (next === undefined) {
    map.delete(key);
    return;
  }
  if (kind === 'value' || current === undefined) {
    map.set(key, createField(kind, next));
    return;
  }
  if (kind === 'text' && current instanceof Y.Text) return applyText(current, next as string);
  if (kind === 'texts' && current instanceof Y.Map) {
    const p = (prev ?? {}) as Record<string, string>;
    const n = next as Record<string, string>;
    for (const k of Object.keys(p)) if (!(k in n)) current.delete(k);
    for (const [k, v] of Object.entries(n)) {
      if (p[k] === v) continue;
      const t = current.get(k);
      if (t instanceof Y.Text) applyText(t, v);
      else current.set(k, new Y.Text(v));
    }
    return;
  }
  if (kind === 'values' && current instanceof Y.Map) {
    const p = (prev ?? {}) as Fields;
    const n = next as Fields;
    for (const k of Object.keys(p)) if (n[k] === undefined) current.delete(k);
    for (const [k, v] of Object.entries(n)) if (v !== undefined && !equalJson(p[k], v)) current.set(k, v);
    return;
  }
  if (kind === 'list' && current instanceof Y.Array) {
    // Replies: remove the ones gone or changed, append the new ones; others' concurrent replies stay.
    const n = next as { id: string }[];
    const keep = new Map(n.map((r) => [r.id, r]));
    const items = current.toArray() as { id: string }[];
    for (let i = items.length - 1; i >= 0; i--) {
      const wanted = keep.get(items[i].id);
      if (!wanted || !equalJson(wanted, items[i])) current.delete(i, 1);
    }
    const present = new Set((current.toArray() as { id: string }[]).map((r) => r.id));
    const added = n.filter((r) => !present.has(r.id));
    if (added.length) current.push(added);
    return;
  }
  map.set(key, createField(kind, next));
}

function writeItems<T extends { id: string }>(doc: Y.Doc, codec: Codec<T>, prev: readonly T[], next: readonly T[]): void {
  const root = doc.getMap<Y.Map<unknown>>(codec.root);
  const before = new Map(prev.map((item) => [item.id, item]));
  const after = new Set(next.map((item) => item.id));
  for (const item of prev) if (!after.has(item.id)) root.delete(item.id);
  for (const item of next) {
    const old = before.get(item.id);
    if (old === item) continue;
    const fields = codec.toFields(item);
    const map = root.get(item.id);
    if (!(map instanceof Y.Map)) {
      const created = new Y.Map<unknown>();
      for (const [key, kind] of Object.entries(codec.kinds)) {
        if (fields[key] !== undefined) created.set(key, createField(kind, fields[key]));
      }
      root.set(item.id, created);
      continue;
    }
    const oldFields = old ? codec.toFields(old) : {};
    for (const [key, kind] of Object.entries(codec.kinds)) {
      if (!old || !equalJson(oldFields[key], fields[key])) updateField(map, key, kind, oldFields[key], fields[key]);
    }
  }
  // Order numbers: compared with the numbers stored, not with `prev`'s sequence. The two can differ: reading puts
  // each group before its children (parentsFirst), so a group someone brought to the front after a node was put in
  // it concurrently is read before that node while its number is higher. Ungrouping the node then leaves the list as
  // it was, yet the stored numbers would put the node back behind the group. orderUpdates writes nothing when the
  // stored numbers already sort as `next` (a drag or a rename leaves them alone).
  const ids = next.map((item) => item.id);
  const current = new Map<string, number>();
  root.forEach((map, id) => {
    const order = map instanceof Y.Map ? map.get('order') : undefined;
    if (typeof order === 'number') current.set(id, order);
  });
  for (const [id, order] of orderUpdates(ids, current)) root.get(id)?.set('order', order);
}

export const EMPTY_BOARD: Board = { format: BOARD_FORMAT, version: BOARD_VERSION, id: '', name: '', nodes: [], edges: [] };

/**
 * Turn `prev` into `next` in the document as one transaction (one update on the wire, one undo step for a
 * Y.UndoManager tracking `origin`). Only what differs between the two boards is written, so a person's change never
 * overwrites fields someone else changed meanwhile. `prev` must be the board this replica last read.
 */
export function applyBoardChange(doc: Y.Doc, prev: Board, next: Board, origin: unknown = null): void {
  doc.transact(() => {
    const meta = doc.getMap('board');
    if (prev.id !== next.id || !hasBoard(doc)) meta.set('id', next.id);
    if (prev.caseStudy !== next.caseStudy) {
      if (next.caseStudy === undefined) meta.delete('caseStudy');
      else meta.set('caseStudy', next.caseStudy);
    }
    if (prev.name !== next.name) applyText(doc.getText('name'), next.name);
    const extra = doc.getMap('boardExtra');
    const prevExtra = without(prev, BOARD_KEYS);
    const nextExtra = without(next, BOARD_KEYS);
    for (const k of Object.keys(prevExtra)) if (!(k in nextExtra)) extra.delete(k);
    for (const [k, v] of Object.entries(nextExtra)) if (!equalJson(prevExtra[k], v)) extra.set(k, v);
    if (prev.nodes !== next.nodes) writeItems(doc, NODE, prev.nodes, next.nodes);
    if (prev.edges !== next.edges) writeItems(doc, EDGE, prev.edges, next.edges);
    if (prev.comments !== next.comments) writeItems(doc, COMMENT, prev.comments ?? [], next.comments ?? []);
  }, origin);
}

/** Make the document hold `board` (a board file opened in a room becomes the room's document). */
export function writeBoard(doc: Y.Doc, board: Board, origin: unknown = null): void {
  const current = readBoard(doc);
  doc.transact(() => {
    applyBoardChange(doc, current.ok ? current.board : EMPTY_BOARD, board, origin);
    // Items restore left out of the old board (an edge to a deleted node...) are not in `prev`: remove them too.
    const keep = (items: readonly { id: string }[] = []) => new Set(items.map((i) => i.id));
    for (const [root, ids] of [['nodes', keep(board.nodes)], ['edges', keep(board.edges)], ['comments', keep(board.comments)]] as const) {
      const map = doc.getMap(root);
      for (const id of [...map.keys()]) if (!ids.has(id)) map.delete(id);
    }
  }, origin);
}

// ---- comments applied by the server ----

/**
 * Apply one comment operation (a viewer's or editor's stateless message, src/sync/protocol.ts) to the document's
 * `comments` map, as one transaction with `origin`. It touches nothing else: that is what lets the server apply it
 * for a read-only connection. `now` is the server's clock (a client's idea of the time is never taken).
 * Refusals are sentences for the person who sent it; a refusal changes nothing.
 */
export function applyCommentOp(doc: Y.Doc, op: CommentOp, now: number, origin: unknown = null): { ok: true } | { ok: false; message: string } {
  const comments = doc.getMap<Y.Map<unknown>>('comments');
  if (op.op === 'add') {
    const board = readBoard(doc);
    if (!board.ok) return { ok: false, message: 'This room has no board yet: there is nothing to comment on.' };
    if (comments.has(op.id)) return { ok: false, message: 'A comment with this id already exists.' };
    const node = op.nodeId === undefined ? undefined : absolutePositions(board.board.nodes).get(op.nodeId);
    if (op.nodeId !== undefined && !node) return { ok: false, message: 'The node this comment is about is not on the board (deleted meanwhile?).' };
    // The pin is drawn at its node; `at` is where it stays if the node is later deleted.
    const at = op.at ?? node;
    if (!at) return { ok: false, message: 'A comment needs a place: a node or a point of the board.' };
    const comment: BoardComment = {
      id: op.id, at: { x: at.x, y: at.y }, ...(op.nodeId !== undefined && { nodeId: op.nodeId }),
      author: op.author, createdAt: now, text: op.text, resolved: false, replies: [],
    };
    // Through the codec, as any other change: the new item appended after the others.
    const prev = readItems(doc, COMMENT) as BoardComment[];
    doc.transact(() => writeItems(doc, COMMENT, prev, [...prev, comment]), origin);
    return { ok: true };
  }
  const comment = comments.get(op.commentId);
  if (!(comment instanceof Y.Map)) return { ok: false, message: 'This comment is not on the board (deleted meanwhile?).' };
  if (op.op === 'resolve') {
    if (comment.get('resolved') !== op.resolved) doc.transact(() => comment.set('resolved', op.resolved), origin);
    return { ok: true };
  }
  const replies = comment.get('replies');
  const list = replies instanceof Y.Array ? (replies.toArray() as CommentReply[]) : [];
  if (list.some((r) => r.id === op.id)) return { ok: false, message: 'A reply with this id already exists.' };
  const reply: CommentReply = { id: op.id, author: op.author, createdAt: now, text: op.text };
  doc.transact(() => {
    if (replies instanceof Y.Array) replies.push([reply]);
    else comment.set('replies', Y.Array.from([reply]));
  }, origin);
  return { ok: true };
}
