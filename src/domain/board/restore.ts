// Opening a board file: check the envelope strictly, migrate old versions, then repair each item leniently.
// Never throws: every outcome is a board (with the list of repairs made) or one specific error.
import { findKind } from '../catalog';
import { nodeSize } from '../geometry';
import { newId } from '../ids';
import { migrate } from './migrate';
import { GROUP_DEFAULT_SIZE } from './create';
import { BOARD_FIELDS, EDGE_DATA_FIELDS, NODE_DATA_FIELDS } from './fields';
import { keepPlainExtras } from './plain-data';
import { parentsFirst } from './tree';
import {
  BOARD_FORMAT, BOARD_VERSION, EDGE_KINDS,
  type Board, type BoardComment, type BoardEdge, type BoardNode, type CommentReply, type EdgeKind,
} from './types';

export type BoardErrorCode = 'not-json' | 'not-a-board' | 'too-new' | 'bad-version' | 'bad-structure' | 'too-large';

export type BoardError = { code: BoardErrorCode; message: string };

export type RestoreResult =
  | { ok: true; board: Board; repairs: string[] }
  | { ok: false; error: BoardError };

export const MAX_BOARD_TEXT = 20 * 1024 * 1024;
/**
 * Positions are kept within ±MAX_COORDINATE and sizes within MIN_SIZE..MAX_SIZE, so the canvas can show every node:
 * at the canvas's smallest zoom (5 %) a million is 50,000 screen pixels, where 1e308 was nowhere.
 */
export const MAX_COORDINATE = 1_000_000;
export const MIN_SIZE = 10;
export const MAX_SIZE = 100_000;
/** A component, card or note is never wider or taller than this (cards resize up to 560 px): a pipeline box may be. */
export const MAX_ITEM_SIZE = 4_000;
/** Where a node found off the usable canvas goes: in a column this far right of the rest of the board. */
const SET_ASIDE_GAP = 80;


type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (code: BoardErrorCode, message: string): RestoreResult => ({ ok: false, error: { code, message } });

export function parseBoardText(text: string): RestoreResult {
  if (text.length > MAX_BOARD_TEXT) {
    return fail('too-large', `This file is ${(text.length / 1048576).toFixed(1)} MB; a board file is at most 20 MB.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail('not-json', `This file is not valid JSON (${(e as Error).message}).`);
  }
  return restoreBoard(value);
}

export function restoreBoard(value: unknown): RestoreResult {
  try {
    return restoreUnsafe(value);
  } catch (e) {
    // A last line of defence: restore must never throw on any input.
    return fail('bad-structure', `This board could not be read: ${(e as Error).message}`);
  }
}

function restoreUnsafe(value: unknown): RestoreResult {
  if (!isRecord(value) || value.format !== BOARD_FORMAT) {
    return fail('not-a-board', 'This is not an MLSD Board file: it has no "format": "mlsd-board" marker.');
  }
  // The envelope by hand, not with the schema: restore runs at start-up, and zod need not load before the board shows.
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail('bad-version', 'This board file has no valid format version (expected a whole number).');
  }
  if (version > BOARD_VERSION) {
    return fail(
      'too-new',
      `This board was saved by a newer MLSD Board (format version ${version}; this app reads up to ${BOARD_VERSION}). Update the app to open it.`,
    );
  }
  if (version < 1) return fail('bad-version', `Board format version ${version} does not exist.`);
  const file = migrate(value, version);
  if (!Array.isArray(file.nodes) || !Array.isArray(file.edges)) {
    return fail('bad-structure', 'This board file is damaged: "nodes" and "edges" must both be lists.');
  }

  const repairs: string[] = [];
  const nodes = restoreNodes(file.nodes, repairs);
  const edges = restoreEdges(file.edges, new Set(nodes.map((n) => n.id)), repairs);
  const board: Board = {
    ...keepPlainExtras(file, BOARD_FIELDS, 'The board', repairs),
    format: BOARD_FORMAT,
    version: BOARD_VERSION,
    id: typeof file.id === 'string' && file.id ? file.id : newId('b'),
    name: typeof file.name === 'string' ? file.name : 'Untitled board',
    nodes,
    edges,
  };
  if (typeof file.caseStudy === 'string') board.caseStudy = file.caseStudy;
  else delete board.caseStudy;
  const comments = file.comments === undefined ? [] : restoreComments(file.comments, board.nodes, repairs);
  if (comments.length) board.comments = comments;
  else delete board.comments;
  if (version < BOARD_VERSION) repairs.unshift(`Upgraded from format version ${version} to ${BOARD_VERSION}.`);
  return { ok: true, board, repairs };
}

/** A value as a repair message shows it: short, and never a whole object. */
function describe(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}…` : v);
  return v === null ? 'null' : typeof v;
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));
// `+ 0` turns -0 into 0, which is what the board reads back as from JSON.
const coordinate = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? clamp(v, -MAX_COORDINATE, MAX_COORDINATE) + 0 : 0);
// A comment's time in ms since 1970; anything else reads as "unknown" (0).
const timestamp = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);

/**
 * A node's position, or what it was if that was off the usable canvas (not a finite number within MAX_COORDINATE:
 * the node is then set aside, see setAside, so no clamped position is worked out for it). A coordinate left out is 0.
 */
function restorePosition(raw: unknown): { position: { x: number; y: number }; off?: string } {
  const pos = isRecord(raw) ? raw : {};
  // `+ 0` turns -0 into 0 (no repair), which is what the board reads back as from JSON.
  const read = (v: unknown) => (v === undefined ? 0 : typeof v === 'number' && Math.abs(v) <= MAX_COORDINATE ? v + 0 : undefined);
  const [x, y] = [read(pos.x), read(pos.y)];
  if (x !== undefined && y !== undefined) return { position: { x, y } };
  return { position: { x: 0, y: 0 }, off: `(${describe(pos.x)}, ${describe(pos.y)})` };
}

/**
 * Nodes found off the usable canvas (at 1e308, or NaN) go in a column just right of the rest of the board, not to
 * the edge of the range: one node a million pixels away leaves a board that fit-to-screen shows as nothing at 5 %.
 * A node inside a pipeline box goes to the box's top left instead. Sizes are those the canvas draws (nodeSize), so
 * the column keeps its gap from a wide card and its nodes do not overlap.
 */
function setAside(nodes: BoardNode[], off: Map<string, string>, names: ReadonlyMap<string, string>, repairs: string[]): void {
  if (off.size === 0) return;
  const top = nodes.filter((n) => n.parentId === undefined && !off.has(n.id));
  // (A loop, not Math.max(...list): a board may hold more nodes than a call takes arguments.)
  let [right, below] = top.length ? [-Infinity, Infinity] : [0, 0];
  for (const n of top) {
    right = Math.max(right, n.position.x + nodeSize(n).width + SET_ASIDE_GAP);
    below = Math.min(below, n.position.y);
  }
  right = Math.min(right, MAX_COORDINATE / 2);
  const inGroup = new Map<string, number>();
  for (const node of nodes) {
    const was = off.get(node.id);
    if (was === undefined) continue;
    if (node.parentId !== undefined) {
      const k = inGroup.get(node.parentId) ?? 0;
      inGroup.set(node.parentId, k + 1);
      node.position = { x: 16, y: 48 + k * 100 };
    } else {
      node.position = { x: right, y: below };
      below += nodeSize(node).height + SET_ASIDE_GAP / 2;
    }
    repairs.push(`Node ${names.get(node.id)} at ${was} was off the usable canvas; moved to (${node.position.x}, ${node.position.y}).`);
  }
}

function restoreSize(v: unknown, name: string, what: 'width' | 'height', max: number, repairs: string[]): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
    repairs.push(`Node ${name}: ${what} ${describe(v)} is not a usable size; dropped.`);
    return undefined;
  }
  const size = clamp(v, MIN_SIZE, max);
  if (size !== v) repairs.push(`Node ${name}: ${what} ${v} is out of range; set to ${size}.`);
  return size;
}

const stringOr = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);

function restoreFields(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(raw)) return out;
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

/** The item's id, or a fresh one (said in the repairs) when it is missing or already taken. */
function uniqueId(raw: unknown, seen: Set<string>, what: 'node' | 'edge', index: number, repairs: string[]): string {
  let id = stringOr(raw, '');
  if (!id || seen.has(id)) {
    const fresh = newId(what[0]);
    repairs.push(id ? `Renumbered duplicate ${what} id "${id}" to "${fresh}".` : `Gave ${what} #${index + 1} an id.`);
    id = fresh;
  }
  seen.add(id);
  return id;
}

/**
 * A label as a repair names its node: on one line, at most 40 characters, and without bidi embedding, override or
 * isolate controls (U+202A–E, U+2066–9), which would flip the rest of the sentence around it in a notice.
 */
const shortLabel = (label: unknown) => {
  const text = typeof label === 'string' ? label.replace(/[\u202a-\u202e\u2066-\u2069]/g, '').trim().replace(/\s+/g, ' ') : '';
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/**
 * How each repair names a node: by its label as the user sees it on the canvas ("Feature store"), with its id only
 * when the label does not tell it apart (no label, or one that other nodes of the file have too).
 */
function nodeNamer(raw: unknown[]): (id: string, label: unknown) => string {
  const count = new Map<string, number>();
  for (const item of raw) {
    const label = isRecord(item) && isRecord(item.data) ? shortLabel(item.data.label) : '';
    if (label) count.set(label, (count.get(label) ?? 0) + 1);
  }
  return (id, label) => {
    const text = shortLabel(label);
    if (!text) return `"${id}"`;
    return count.get(text) === 1 ? `"${text}"` : `"${text}" (id "${id}")`;
  };
}

function restoreNodes(raw: unknown[], repairs: string[]): BoardNode[] {
  const seen = new Set<string>();
  const nodes: BoardNode[] = [];
  const off = new Map<string, string>();
  const namer = nodeNamer(raw);
  const names = new Map<string, string>();
  raw.forEach((item, index) => {
    if (!isRecord(item)) {
      repairs.push(`Dropped node #${index + 1}: it is not an object.`);
      return;
    }
    const id = uniqueId(item.id, seen, 'node', index, repairs);
    let type = stringOr(item.type, '');
    const rawData = isRecord(item.data) ? item.data : {};
    const name = namer(id, rawData.label);
    names.set(id, name);
    let notes = stringOr(rawData.notes, '');
    if (!findKind(type)) {
      repairs.push(`Node ${name} has unknown kind ${describe(type)}; it became a note.`);
      notes = [`(was a "${type}" component)`, notes].filter(Boolean).join('\n');
      type = 'note';
    }
    const kind = findKind(type)!;
    const fields = restoreFields(rawData.fields);
    for (const f of kind.fields) fields[f.key] ??= '';
    const { position, off: was } = restorePosition(item.position);
    if (was !== undefined) off.set(id, was);
    const node: BoardNode = {
      id,
      type,
      position,
      data: { ...keepPlainExtras(rawData, NODE_DATA_FIELDS, `Node ${name}`, repairs), label: stringOr(rawData.label, kind.label), notes, fields },
    };
    if (typeof item.parentId === 'string') node.parentId = item.parentId;
    const max = kind.family === 'group' ? MAX_SIZE : MAX_ITEM_SIZE;
    const width = restoreSize(item.width, name, 'width', max, repairs);
    const height = restoreSize(item.height, name, 'height', max, repairs);
    if (width !== undefined) node.width = width;
    if (height !== undefined) node.height = height;
    if (kind.family === 'group') {
      node.width ??= GROUP_DEFAULT_SIZE.width;
      node.height ??= GROUP_DEFAULT_SIZE.height;
    }
    nodes.push(node);
  });
  const ordered = orderParentsFirst(nodes, names, repairs);
  setAside(ordered, off, names, repairs);
  return ordered;
}

/** React Flow needs each group before its children; parents must be groups, with no cycles. */
function orderParentsFirst(nodes: BoardNode[], names: ReadonlyMap<string, string>, repairs: string[]): BoardNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const node of nodes) {
    if (node.parentId === undefined) continue;
    const parent = byId.get(node.parentId);
    // Said as it is: a node inside itself, or inside a node that is no group, is not "in a missing group".
    const name = names.get(node.id);
    if (parent === node) repairs.push(`Node ${name} was part of a loop of groups (inside itself); it now stands on its own.`);
    else if (!parent) repairs.push(`Node ${name} was in a missing group "${node.parentId}"; it now stands on its own.`);
    else if (findKind(parent.type)?.family !== 'group') repairs.push(`Node ${name} was inside ${names.get(parent.id)}, which is not a group; it now stands on its own.`);
    else continue;
    delete node.parentId;
  }
  // Walk up from each node; a chain that comes back to a node on the current walk is a loop: cut it there.
  const safe = new Set<string>();
  for (const node of nodes) {
    const walk = new Set<string>();
    let current: BoardNode | undefined = node;
    while (current && !safe.has(current.id)) {
      walk.add(current.id);
      const parent: BoardNode | undefined = current.parentId !== undefined ? byId.get(current.parentId) : undefined;
      if (parent && walk.has(parent.id)) {
        repairs.push(`Node ${names.get(current.id)} was part of a loop of groups; it now stands on its own.`);
        delete current.parentId;
        break;
      }
      current = parent;
    }
    walk.forEach((id) => safe.add(id));
  }
  return parentsFirst(nodes);
}

function restoreEdges(raw: unknown[], nodeIds: Set<string>, repairs: string[]): BoardEdge[] {
  const seen = new Set<string>();
  const edges: BoardEdge[] = [];
  raw.forEach((item, index) => {
    if (!isRecord(item)) {
      repairs.push(`Dropped edge #${index + 1}: it is not an object.`);
      return;
    }
    const source = stringOr(item.source, '');
    const target = stringOr(item.target, '');
    if (!nodeIds.has(source) || !nodeIds.has(target)) {
      repairs.push(`Dropped edge #${index + 1}: its ${nodeIds.has(source) ? 'target' : 'source'} node does not exist.`);
      return;
    }
    const id = uniqueId(item.id, seen, 'edge', index, repairs);
    const type = EDGE_KINDS.includes(item.type as EdgeKind) ? (item.type as EdgeKind) : 'request';
    if (item.type !== undefined && item.type !== type) repairs.push(`Edge "${id}" had unknown kind ${describe(item.type)}; it is now a request.`);
    const rawData = isRecord(item.data) ? item.data : {};
    const data = { ...keepPlainExtras(rawData, EDGE_DATA_FIELDS, `Edge "${id}"`, repairs), label: stringOr(rawData.label, '') };
    const edge: BoardEdge = { id, source, target, type, data };
    if (typeof rawData.bidirectional === 'boolean') edge.data.bidirectional = rawData.bidirectional;
    if (typeof item.sourceHandle === 'string') edge.sourceHandle = item.sourceHandle;
    if (typeof item.targetHandle === 'string') edge.targetHandle = item.targetHandle;
    edges.push(edge);
  });
  return edges;
}

/** Comments are optional: a missing list is no comments; a damaged one loses only its damaged items. */
function restoreComments(raw: unknown, nodes: BoardNode[], repairs: string[]): BoardComment[] {
  if (!Array.isArray(raw)) {
    repairs.push('Dropped the comments: "comments" must be a list.');
    return [];
  }
  const nodeIds = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  const comments: BoardComment[] = [];
  raw.forEach((item, index) => {
    const id = isRecord(item) ? stringOr(item.id, '') : '';
    if (!isRecord(item) || !id || seen.has(id) || typeof item.text !== 'string') {
      repairs.push(`Dropped comment #${index + 1}: it has no unique id or no text.`);
      return;
    }
    seen.add(id);
    const at = isRecord(item.at) ? item.at : {};
    const comment: BoardComment = {
      id,
      at: { x: coordinate(at.x), y: coordinate(at.y) },
      author: stringOr(item.author, ''),
      createdAt: timestamp(item.createdAt),
      text: item.text,
      resolved: item.resolved === true,
      replies: restoreReplies(item.replies, id, repairs),
    };
    if (typeof item.nodeId === 'string') {
      // The node was deleted (perhaps by someone else at the same moment): the pin stays where it was placed.
      if (nodeIds.has(item.nodeId)) comment.nodeId = item.nodeId;
      else repairs.push(`Comment "${id}" was about a missing node "${item.nodeId}"; it now stays at its point.`);
    }
    comments.push(comment);
  });
  return comments;
}

function restoreReplies(raw: unknown, commentId: string, repairs: string[]): CommentReply[] {
  if (!Array.isArray(raw)) return [];
  const replies: CommentReply[] = [];
  raw.forEach((item, index) => {
    if (!isRecord(item) || typeof item.id !== 'string' || !item.id || typeof item.text !== 'string') {
      repairs.push(`Dropped reply #${index + 1} of comment "${commentId}": it has no id or no text.`);
      return;
    }
    replies.push({ id: item.id, author: stringOr(item.author, ''), createdAt: timestamp(item.createdAt), text: item.text });
  });
  return replies;
}
