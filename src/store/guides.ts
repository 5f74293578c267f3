// Alignment guides while dragging one node: when one of its edges or its centre comes within a few pixels of
// another node's, it snaps there and a guide line shows the match. Pure: board in, position and lines out.
import { absolutePositions, sizeOf, type Rect } from './geometry';
import type { EditorBoard } from './types';

/** A guide line on the board: vertical (`axis: 'x'`, at x = `at`) or horizontal, from `from` to `to`. */
export type Guide = { axis: 'x' | 'y'; at: number; from: number; to: number };

type Axis = { pos: 'x' | 'y'; size: 'width' | 'height'; cross: 'x' | 'y'; crossSize: 'width' | 'height' };
const X: Axis = { pos: 'x', size: 'width', cross: 'y', crossSize: 'height' };
const Y: Axis = { pos: 'y', size: 'height', cross: 'x', crossSize: 'width' };

const lines = (r: Rect, a: Axis) => [r[a.pos], r[a.pos] + r[a.size] / 2, r[a.pos] + r[a.size]];

/** The shift along one axis that lines the box up with the nearest other box (within `threshold`), and its guide. */
function snapAxis(box: Rect, others: Rect[], threshold: number, a: Axis): { shift: number; guide?: Guide } {
  let best: { shift: number; at: number } | undefined;
  for (const other of others) {
    for (const target of lines(other, a)) {
      for (const own of lines(box, a)) {
        const shift = target - own;
        if (Math.abs(shift) <= threshold && (!best || Math.abs(shift) < Math.abs(best.shift))) best = { shift, at: target };
      }
    }
  }
  if (!best) return { shift: 0 };
  const { shift, at } = best;
  // The line spans the moved box and every box lined up on it.
  const moved = { ...box, [a.pos]: box[a.pos] + shift };
  const onLine = [moved, ...others.filter((o) => lines(o, a).some((v) => Math.abs(v - at) < 0.5))];
  const from = Math.min(...onLine.map((r) => r[a.cross]));
  const to = Math.max(...onLine.map((r) => r[a.cross] + r[a.crossSize]));
  return { shift, guide: { axis: a.pos, at, from, to } };
}

/** What a dragged node can line up with (every other node's box, not those inside it), its size and its parent's place. */
export type GuideTargets = { others: Rect[]; size: { width: number; height: number }; parent: { x: number; y: number } };

/** Worked out once per drag: the other nodes do not move while one is dragged. Null for an unknown node. */
export function guideTargets(board: EditorBoard, id: string): GuideTargets | null {
  const node = board.nodes.find((n) => n.id === id);
  if (!node) return null;
  const at = absolutePositions(board.nodes);
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const inside = (nodeId: string) => {
    for (let p = byId.get(nodeId)?.parentId; p !== undefined; p = byId.get(p)?.parentId) if (p === id) return true;
    return false;
  };
  return {
    others: board.nodes.filter((n) => n.id !== id && !inside(n.id)).map((n) => ({ ...at.get(n.id)!, ...sizeOf(n) })),
    size: sizeOf(node),
    parent: node.parentId !== undefined ? at.get(node.parentId) ?? { x: 0, y: 0 } : { x: 0, y: 0 },
  };
}

/**
 * Where a dragged node goes (relative to its parent, as React Flow's position change is) when it snaps to the other
 * nodes' edges and centres within `threshold` board units, and the guides to draw.
 */
export function snapToTargets(
  targets: GuideTargets,
  position: { x: number; y: number },
  threshold: number,
): { position: { x: number; y: number }; guides: Guide[] } {
  const box = { x: targets.parent.x + position.x, y: targets.parent.y + position.y, ...targets.size };
  const x = snapAxis(box, targets.others, threshold, X);
  const y = snapAxis(box, targets.others, threshold, Y);
  return {
    position: { x: position.x + x.shift, y: position.y + y.shift },
    guides: [x.guide, y.guide].filter((g): g is Guide => g !== undefined),
  };
}

/** `snapToTargets` for one position, from the board. Its own box and the nodes inside it are not targets. */
export function snapToGuides(
  board: EditorBoard,
  id: string,
  position: { x: number; y: number },
  threshold: number,
): { position: { x: number; y: number }; guides: Guide[] } {
  const targets = guideTargets(board, id);
  return targets ? snapToTargets(targets, position, threshold) : { position, guides: [] };
}
