// A board's boxes in flow coordinates, as the router and the measures see them: every node's absolute box, and the
// strip each pipeline box's title takes.
import { absolutePositions, type Board, type BoardNode } from '../board';
import { findKind } from '../catalog';
import { nodeSize } from '../geometry';
import type { Rect } from './geometry';
import type { SceneNode } from './measures';

export type Size = { width: number; height: number };

export const isGroupNode = (node: Pick<BoardNode, 'type'>) => findKind(node.type)?.family === 'group';

/** The title's place inside a pipeline box (canvas.css .mlsd-group-label: 13px, top 10px, left 14px). */
const TITLE = { left: 14, top: 10, height: 18, charWidth: 7.6, padding: 6 };

export function groupTitleBox(group: Rect, label: string): Rect {
  const text = label.trim() || 'Unnamed pipeline';
  const width = Math.min(group.width - TITLE.left, text.length * TITLE.charWidth + TITLE.padding);
  return { x: group.x + TITLE.left, y: group.y + TITLE.top, width, height: TITLE.height };
}

/** Every node's box on the board, with the sizes the canvas measured where it has them. */
export function sceneNodes(board: Pick<Board, 'nodes'>, sizes?: ReadonlyMap<string, Size>): SceneNode[] {
  const at = absolutePositions(board.nodes);
  return board.nodes.map((n) => {
    const size = (!isGroupNode(n) && sizes?.get(n.id)) || nodeSize(n);
    const p = at.get(n.id)!;
    const out: SceneNode = { id: n.id, box: { x: p.x, y: p.y, ...size }, group: isGroupNode(n) };
    if (n.parentId !== undefined) out.parentId = n.parentId;
    return out;
  });
}

export function sceneTitles(board: Pick<Board, 'nodes'>, nodes: readonly SceneNode[]): { nodeId: string; box: Rect }[] {
  const boxes = new Map(nodes.map((n) => [n.id, n.box]));
  return board.nodes.filter(isGroupNode).map((g) => ({ nodeId: g.id, box: groupTitleBox(boxes.get(g.id)!, g.data.label) }));
}
