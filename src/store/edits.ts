// Pure edits of the open board: each takes the board and returns the next one (the same object when nothing
// changes). They are the only way the board changes: the store's `commit` applies them, and that is where a change
// of the document becomes an undo step and reaches a live room. The selection is not part of the board: the edits
// that act on it take it as an argument, and those that make something to select (add, paste, group, ungroup) return
// it beside the board, `{ board, select }` (the selection as it was when there is nothing to do), for `commit` to
// make it the selection.
import { applyEdgeChanges, applyNodeChanges, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import {
  cleanEdge, cleanNode, createEdge, createNode, instantiatePattern, isGroup,
  type BoardEdge, type BoardNode, type EdgeData, type EdgeKind, type NodeData,
} from '../domain/board';
import { findKind, getKind } from '../domain/catalog';
import { placeNew } from '../domain/placement';
import { parentsFirst } from '../domain/board/tree';
import { absolutePositions, boundsOf, sizeOf } from './geometry';
import { selectionOf, type Selection } from './selection';
import type { EditorBoard, FlowEdge, FlowNode } from './types';

export const GROUP_PADDING = 24;
export const GROUP_HEADER = 40;

/** A piece of a board on the clipboard: saved fields only, positions absolute for top-level items. */
export type Fragment = { nodes: BoardNode[]; edges: BoardEdge[] };

/** The next board and what becomes the selection with it. */
export type Selecting = { board: EditorBoard; select: Selection };

/** The ids plus every node inside a selected group, at any depth. */
export function withDescendants(nodes: FlowNode[], ids: ReadonlySet<string>): Set<string> {
  const out = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of nodes) {
      if (n.parentId && out.has(n.parentId) && !out.has(n.id)) {
        out.add(n.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Add nodes (and edges among them): the new nodes become the selection. */
export function addNodes(board: EditorBoard, nodes: FlowNode[], edges: FlowEdge[] = []): Selecting {
  return {
    board: { ...board, nodes: parentsFirst([...board.nodes, ...nodes]), edges: [...board.edges, ...edges] },
    select: selectionOf(nodes.map((n) => n.id)),
  };
}

export function addComponent(board: EditorBoard, kindId: string, at: { x: number; y: number }): Selecting {
  const node = createNode(kindId, at);
  // Dropped inside a pipeline group: the new component belongs to it.
  const group = innermostGroupAt(board.nodes, { x: at.x + 10, y: at.y + 10 }, new Set([node.id]));
  if (group && !isGroup(node)) {
    const abs = absolutePositions(board.nodes).get(group.id)!;
    node.parentId = group.id;
    node.position = { x: at.x - abs.x, y: at.y - abs.y };
  }
  return addNodes(board, [node]);
}

/**
 * Add a node by click or keyboard: near `centre` (the view's), in free space, beside the answer cards of its step
 * when there are some. It becomes the selection.
 */
export function addNodeNear(board: EditorBoard, node: FlowNode, centre: { x: number; y: number }): Selecting {
  const abs = absolutePositions(board.nodes);
  const boxOf = (n: FlowNode) => ({ ...abs.get(n.id)!, ...sizeOf(n) });
  const kind = findKind(node.type);
  const siblings = kind?.family === 'card' ? board.nodes.filter((n) => !n.parentId && findKind(n.type)?.family === 'card' && findKind(n.type)?.step === kind.step) : [];
  const position = placeNew(board.nodes.map(boxOf), sizeOf(node), centre, siblings.map(boxOf));
  return addNodes(board, [{ ...node, position }]);
}

export function deleteSelection(board: EditorBoard, selected: Selection): EditorBoard {
  const gone = withDescendants(board.nodes, selected.nodes);
  const edgesGone = selected.edges;
  if (gone.size === 0 && edgesGone.size === 0) return board;
  return {
    ...board,
    nodes: board.nodes.filter((n) => !gone.has(n.id)),
    edges: board.edges.filter((e) => !edgesGone.has(e.id) && !gone.has(e.source) && !gone.has(e.target)),
  };
}

/** The selected nodes (with what their groups hold) and the edges among them, as saved data. */
export function copySelection(board: EditorBoard, selected: Selection): Fragment | null {
  const ids = withDescendants(board.nodes, selected.nodes);
  if (ids.size === 0) return null;
  const abs = absolutePositions(board.nodes);
  const nodes = board.nodes
    .filter((n) => ids.has(n.id))
    .map((n) => {
      const clean = cleanNode(n);
      // Top-level in the fragment: keep its absolute place, drop a group that was not copied.
      if (!n.parentId || !ids.has(n.parentId)) {
        delete clean.parentId;
        clean.position = { ...abs.get(n.id)! };
      }
      return clean;
    });
  const edges = board.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(cleanEdge);
  return { nodes, edges };
}

/** The fragment's copies, with fresh ids; they become the selection. */
export function pasteFragment(board: EditorBoard, fragment: Fragment, offset: { x: number; y: number }): Selecting {
  const { nodes, edges } = instantiatePattern(fragment, offset);
  return addNodes(board, nodes, edges);
}

export function duplicateSelection(board: EditorBoard, selected: Selection): Selecting {
  const fragment = copySelection(board, selected);
  return fragment ? pasteFragment(board, fragment, { x: 32, y: 32 }) : { board, select: selected };
}

/**
 * Wrap the selected nodes that share one parent in a new pipeline group. The new group alone becomes the selection
 * (so the inspector shows it), not the arrows a box selection caught.
 */
export function groupSelection(board: EditorBoard, selected: Selection, label = 'Pipeline'): Selecting {
  const chosen = board.nodes.filter((n) => selected.nodes.has(n.id));
  if (chosen.length === 0) return { board, select: selected };
  const parentId = chosen[0].parentId;
  const members = chosen.filter((n) => n.parentId === parentId);
  const abs = absolutePositions(board.nodes);
  const box = boundsOf(members.map((n) => ({ ...abs.get(n.id)!, ...sizeOf(n) })));
  const origin = { x: box.x - GROUP_PADDING, y: box.y - GROUP_PADDING - GROUP_HEADER };
  const parentAbs = parentId ? abs.get(parentId)! : { x: 0, y: 0 };
  const group: FlowNode = {
    ...createNode('group', { x: origin.x - parentAbs.x, y: origin.y - parentAbs.y }, label),
    width: box.width + 2 * GROUP_PADDING,
    height: box.height + 2 * GROUP_PADDING + GROUP_HEADER,
  };
  if (parentId) group.parentId = parentId;
  const memberIds = new Set(members.map((n) => n.id));
  const nodes = board.nodes.map((n): FlowNode => {
    if (!memberIds.has(n.id)) return n;
    const a = abs.get(n.id)!;
    return { ...n, parentId: group.id, position: { x: a.x - origin.x, y: a.y - origin.y } };
  });
  const firstIndex = nodes.findIndex((n) => memberIds.has(n.id));
  nodes.splice(firstIndex, 0, group);
  return { board: { ...board, nodes: parentsFirst(nodes) }, select: selectionOf([group.id]) };
}

/** Remove the selected groups, keeping what they held where it stands; what they held is selected in their place. */
export function ungroupSelection(board: EditorBoard, selected: Selection): Selecting {
  const groups = new Set(board.nodes.filter((n) => selected.nodes.has(n.id) && isGroup(n)).map((n) => n.id));
  if (groups.size === 0) return { board, select: selected };
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const members: string[] = [];
  const nodes = board.nodes
    .filter((n) => !groups.has(n.id))
    .map((n) => {
      if (!n.parentId || !groups.has(n.parentId)) return n;
      const group = byId.get(n.parentId)!;
      const node: FlowNode = { ...n, position: { x: n.position.x + group.position.x, y: n.position.y + group.position.y } };
      if (group.parentId) node.parentId = group.parentId;
      else delete node.parentId;
      members.push(n.id);
      return node;
    });
  // The rest of the selection stays selected, with the members in place of their groups.
  const kept = [...selected.nodes].filter((id) => !groups.has(id));
  return { board: { ...board, nodes }, select: selectionOf([...kept, ...members], selected.edges) };
}

/** The smallest group whose box holds the point, skipping `exclude` and everything inside it. */
export function innermostGroupAt(
  nodes: FlowNode[],
  point: { x: number; y: number },
  exclude: Set<string>,
): FlowNode | undefined {
  const abs = absolutePositions(nodes);
  const excluded = withDescendants(nodes, exclude);
  let best: FlowNode | undefined;
  let bestArea = Infinity;
  for (const n of nodes) {
    if (!isGroup(n) || excluded.has(n.id)) continue;
    const { width, height } = sizeOf(n);
    const a = abs.get(n.id)!;
    const inside = point.x >= a.x && point.x <= a.x + width && point.y >= a.y && point.y <= a.y + height;
    if (inside && width * height < bestArea) {
      best = n;
      bestArea = width * height;
    }
  }
  return best;
}

/** After a drag: a node dropped into a group joins it; a node dragged out of its group leaves it. */
export function reparentDropped(board: EditorBoard, draggedIds: string[]): EditorBoard {
  let abs = absolutePositions(board.nodes);
  let nodes = board.nodes;
  let changed = false;
  for (const id of draggedIds) {
    const node = nodes.find((n) => n.id === id);
    if (!node) continue;
    // Only move the outermost dragged node: children of a dragged group travel with it.
    if (node.parentId && draggedIds.includes(node.parentId)) continue;
    const a = abs.get(id)!;
    const size = sizeOf(node);
    const centre = { x: a.x + size.width / 2, y: a.y + size.height / 2 };
    const target = innermostGroupAt(nodes, centre, new Set([id]));
    if (target?.id === node.parentId) continue;
    const base = target ? abs.get(target.id)! : { x: 0, y: 0 };
    const moved: FlowNode = { ...node, position: { x: a.x - base.x, y: a.y - base.y } };
    if (target) moved.parentId = target.id;
    else delete moved.parentId;
    nodes = nodes.map((n) => (n.id === id ? moved : n));
    changed = true;
    abs = absolutePositions(nodes);
  }
  return changed ? { ...board, nodes: parentsFirst(nodes) } : board;
}

/** Change a component to another kind: shared fields keep their text, a default name follows the kind. */
export function changeKind(board: EditorBoard, id: string, kindId: string): EditorBoard {
  const next = getKind(kindId);
  return {
    ...board,
    nodes: board.nodes.map((n) => {
      if (n.id !== id || n.type === kindId) return n;
      const fields: Record<string, string> = {};
      for (const f of next.fields) fields[f.key] = n.data.fields[f.key] ?? '';
      const label = n.data.label === getKind(n.type).label ? next.label : n.data.label;
      return { ...n, type: kindId, data: { ...n.data, label, fields } };
    }),
  };
}

/**
 * What React Flow reports of its nodes (a drag's positions, a resize, a measurement); its 'select' changes go to the
 * selection store (src/store/selection.ts), not here.
 */
export function nodeChanges(board: EditorBoard, changes: NodeChange<FlowNode>[]): EditorBoard {
  return { ...board, nodes: applyNodeChanges(changes, board.nodes) };
}

export function edgeChanges(board: EditorBoard, changes: EdgeChange<FlowEdge>[]): EditorBoard {
  return { ...board, edges: applyEdgeChanges(changes, board.edges) };
}

/** A new arrow of `kind`; it does not pin the sides it was drawn from: the router picks sides that suit the layout. */
export function connect(board: EditorBoard, c: Connection, kind: EdgeKind): EditorBoard {
  if (c.source === c.target) return board;
  return { ...board, edges: [...board.edges, createEdge(c.source, c.target, kind, '') as FlowEdge] };
}

/** An edge's end dragged to another node or side: same edge (kind, label), new ends; a pinned side shows as pinned. */
export function reconnect(board: EditorBoard, edgeId: string, c: Connection): EditorBoard {
  if (c.source === c.target) return board;
  const ends = { source: c.source, target: c.target, sourceHandle: c.sourceHandle, targetHandle: c.targetHandle };
  return { ...board, edges: board.edges.map((e) => (e.id === edgeId ? { ...e, ...ends } : e)) };
}

export function setNodeData(board: EditorBoard, id: string, patch: Partial<NodeData>): EditorBoard {
  return { ...board, nodes: board.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, ...patch } } : n)) };
}

/** One of a component's kind fields (its catalog fields: "Storage", "Latency budget"...). */
export function setNodeField(board: EditorBoard, id: string, key: string, value: string): EditorBoard {
  return {
    ...board,
    nodes: board.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, fields: { ...n.data.fields, [key]: value } } } : n)),
  };
}

export function setEdge(board: EditorBoard, id: string, patch: { type?: EdgeKind; data?: Partial<EdgeData> }): EditorBoard {
  return {
    ...board,
    edges: board.edges.map((e) => (e.id === id ? { ...e, type: patch.type ?? e.type, data: { ...e.data, ...patch.data } } : e)),
  };
}

export function renameBoard(board: EditorBoard, name: string): EditorBoard {
  return board.name === name ? board : { ...board, name };
}
