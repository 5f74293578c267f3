// What of a very large board React Flow is handed: the nodes and edges around the view, not all of them. React Flow
// walks every node it holds whenever the node list changes (adoptUserNodes: a copy of its look-up and a pass over all),
// rebuilds its connection look-up from every edge whenever the edge list changes, and tests every node against the
// view on each pan frame. On a 20,000-node board each of those was a task of a second or more on a busy machine, while
// the board opened and after. The board store still holds the whole board: selecting all, find, fit, export, the
// checklist and saving read it, not React Flow; an image export draws every node (drawAll) and so hands over all.
import type { ReactFlowState } from '@xyflow/react';
import { sizeOf } from '../store/geometry';
import type { FlowEdge, FlowNode } from '../store/types';

type Box = { left: number; top: number; right: number; bottom: number };

/**
 * The window around the view, in board units, as a key that changes only when a side of it crosses a cell of the
 * grid below (a quarter to half a screen) or the zoom changes by a factor of two, so panning does not hand React Flow
 * a new list every frame: the view and half a screen on each side, snapped outward to a grid of cells half a screen
 * wide or so (a power of two). '' before the pane has a size.
 */
export function viewWindowKey(s: Pick<ReactFlowState, 'transform' | 'width' | 'height'>): string {
  const [x, y, zoom] = s.transform;
  if (!s.width || !s.height || !zoom) return '';
  const [width, height] = [s.width / zoom, s.height / zoom];
  const cell = 2 ** Math.ceil(Math.log2(Math.max(width, height) / 2));
  const [left, top] = [-x / zoom, -y / zoom];
  const at = (v: number, round: (n: number) => number) => round(v / cell);
  return [
    cell,
    at(left - width / 2, Math.floor),
    at(top - height / 2, Math.floor),
    at(left + 1.5 * width, Math.ceil),
    at(top + 1.5 * height, Math.ceil),
  ].join(' ');
}

function windowOf(key: string): Box | null {
  const [cell, left, top, right, bottom] = key.split(' ').map(Number);
  return key && cell ? { left: left * cell, top: top * cell, right: right * cell, bottom: bottom * cell } : null;
}

/**
 * A node's box on the board, through its groups (a group's move moves it); `byId` is the board's nodes by id. Once
 * per node object for a node in no group (measuring text is not cheap, and most nodes are in none).
 */
const boxesOf = new WeakMap<FlowNode, Box>();
function boxOf(node: FlowNode, byId: ReadonlyMap<string, FlowNode>): Box {
  let box = boxesOf.get(node);
  if (!box) {
    const { width, height } = sizeOf(node);
    box = { left: node.position.x, top: node.position.y, right: node.position.x + width, bottom: node.position.y + height };
    boxesOf.set(node, box);
  }
  if (node.parentId === undefined) return box;
  let [x, y] = [0, 0];
  // Parent chains never loop (restore breaks loops).
  for (let p = byId.get(node.parentId); p; p = p.parentId !== undefined ? byId.get(p.parentId) : undefined) {
    [x, y] = [x + p.position.x, y + p.position.y];
  }
  return { left: box.left + x, top: box.top + y, right: box.right + x, bottom: box.bottom + y };
}

/** The board's nodes by id, once per node list. */
const indexes = new WeakMap<readonly FlowNode[], Map<string, FlowNode>>();
function index(all: FlowNode[]): Map<string, FlowNode> {
  let out = indexes.get(all);
  if (!out) indexes.set(all, (out = new Map(all.map((n) => [n.id, n]))));
  return out;
}

const meets = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

let last: { nodes: FlowNode[]; edges: FlowEdge[] } = { nodes: [], edges: [] };
const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The nodes and edges to hand React Flow from `nodes` and `edges` (those on the canvas so far; `all` is the board's
 * whole node list): every edge that may cross the window (an end in it, or its ends' box over it) or is selected,
 * every node in the window, at an end of such an edge (so the edge can be drawn) or selected (so a drag or the arrow
 * keys move all of the selection), and their groups, in the board's order (a group before what it holds). The same
 * lists as last time when nothing in them changed, so React Flow has nothing to redo.
 */
export function inViewWindow(
  all: FlowNode[], nodes: FlowNode[], edges: FlowEdge[], key: string, selectedNodes: ReadonlySet<string>, selectedEdges: ReadonlySet<string>,
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const view = windowOf(key);
  if (!view) return { nodes, edges };
  const byId = index(all);
  const keep = new Set<string>(selectedNodes);
  // A node in no group that starts right of or below the window is out of it, whatever its size (not measured).
  for (const n of nodes) {
    if (n.parentId === undefined && (n.position.x >= view.right || n.position.y >= view.bottom)) continue;
    if (meets(boxOf(n, byId), view)) keep.add(n.id);
  }
  const keptEdges = edges.filter((e) => {
    if (keep.has(e.source) || keep.has(e.target) || selectedEdges.has(e.id)) return true;
    const [source, target] = [byId.get(e.source), byId.get(e.target)];
    if (!source || !target) return false;
    const [a, b] = [boxOf(source, byId), boxOf(target, byId)];
    return meets({ left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) }, view);
  });
  for (const e of keptEdges) keep.add(e.source).add(e.target);
  for (const id of [...keep]) {
    for (let parent = byId.get(id)?.parentId; parent !== undefined && !keep.has(parent); parent = byId.get(parent)?.parentId) keep.add(parent);
  }
  const keptNodes = nodes.filter((n) => keep.has(n.id));
  last = { nodes: same(keptNodes, last.nodes) ? last.nodes : keptNodes, edges: same(keptEdges, last.edges) ? last.edges : keptEdges };
  return last;
}
