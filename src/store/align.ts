// Align and distribute the selected nodes, by the boxes the canvas draws. A node inside a selected group moves
// with its group and is not aligned on its own; positions stay relative to each node's parent.
import { absolutePositions, sizeOf, type Rect } from './geometry';
import type { Selection } from './selection';
import type { EditorBoard, FlowNode } from './types';

export type Alignment = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom' | 'spread-x' | 'spread-y';

/** The selected nodes that are not inside another selected node, with their boxes on the board. */
function movable(board: EditorBoard, selected: ReadonlySet<string>): { node: FlowNode; box: Rect }[] {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const insideSelected = (n: FlowNode): boolean => {
    for (let p = n.parentId; p !== undefined; p = byId.get(p)?.parentId) if (selected.has(p)) return true;
    return false;
  };
  const at = absolutePositions(board.nodes);
  return board.nodes
    .filter((n) => selected.has(n.id) && !insideSelected(n))
    .map((node) => ({ node, box: { ...at.get(node.id)!, ...sizeOf(node) } }));
}

/** Where each box goes: its new top-left on the board. */
function targets(boxes: Rect[], how: Alignment): { x: number; y: number }[] {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  if (how === 'spread-x' || how === 'spread-y') {
    // Equal gaps between neighbours, in their current order; the outermost two stay.
    const [pos, size] = how === 'spread-x' ? (['x', 'width'] as const) : (['y', 'height'] as const);
    const order = boxes.map((_, i) => i).sort((a, b) => boxes[a][pos] - boxes[b][pos]);
    const span = (how === 'spread-x' ? right - left : bottom - top) - boxes.reduce((sum, b) => sum + b[size], 0);
    const gap = span / Math.max(1, boxes.length - 1);
    const out = boxes.map((b) => ({ x: b.x, y: b.y }));
    let next = how === 'spread-x' ? left : top;
    for (const i of order) {
      out[i][pos] = Math.round(next);
      next += boxes[i][size] + gap;
    }
    return out;
  }
  return boxes.map((b) => {
    switch (how) {
      case 'left': return { x: left, y: b.y };
      case 'centre': return { x: Math.round((left + right) / 2 - b.width / 2), y: b.y };
      case 'right': return { x: right - b.width, y: b.y };
      case 'top': return { x: b.x, y: top };
      case 'middle': return { x: b.x, y: Math.round((top + bottom) / 2 - b.height / 2) };
      case 'bottom': return { x: b.x, y: bottom - b.height };
    }
  });
}

/** The board with the selection aligned or spread out; the same board when fewer than two (three to spread) move. */
export function alignSelection(board: EditorBoard, selected: Selection, how: Alignment): EditorBoard {
  const items = movable(board, selected.nodes);
  if (items.length < (how.startsWith('spread') ? 3 : 2)) return board;
  const to = targets(items.map((i) => i.box), how);
  const moves = new Map(items.map((item, i) => [item.node.id, { dx: to[i].x - item.box.x, dy: to[i].y - item.box.y }]));
  return {
    ...board,
    nodes: board.nodes.map((n) => {
      const move = moves.get(n.id);
      if (!move || (move.dx === 0 && move.dy === 0)) return n;
      return { ...n, position: { x: n.position.x + move.dx, y: n.position.y + move.dy } };
    }),
  };
}
