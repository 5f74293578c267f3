// Geometry checks shared by the layout, template and pattern tests: sibling overlaps and children outside groups,
// using the sizes the canvas draws (nodeSize).
import { absolutePositions, type Board, type BoardNode } from '../../src/domain/board';
import { findKind } from '../../src/domain/catalog';
import { nodeSize } from '../../src/domain/geometry';

type Rect = { x: number; y: number; width: number; height: number };
type Sized = Pick<Board, 'nodes'>;

const rectOf = (n: BoardNode, sizes?: ReadonlyMap<string, { width: number; height: number }>): Rect => ({
  ...n.position, ...(sizes?.get(n.id) ?? nodeSize(n)),
});

const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Pairs of siblings (same parent) whose drawn boxes intersect, as "label / label". */
export function overlappingSiblings(board: Sized, sizes?: ReadonlyMap<string, { width: number; height: number }>): string[] {
  const byParent = new Map<string, BoardNode[]>();
  for (const n of board.nodes) {
    const key = n.parentId ?? '';
    if (!byParent.has(key)) byParent.set(key, []);
    byParent.get(key)!.push(n);
  }
  const out: string[] = [];
  for (const siblings of byParent.values()) {
    for (let i = 0; i < siblings.length; i++) {
      for (let j = i + 1; j < siblings.length; j++) {
        if (intersects(rectOf(siblings[i], sizes), rectOf(siblings[j], sizes))) {
          out.push(`${siblings[i].data.label} / ${siblings[j].data.label}`);
        }
      }
    }
  }
  return out;
}

/** Children that stick out of their group's box, or (with `header`) into its title strip. */
export function childrenOutsideGroups(board: Sized, header = 0, sizes?: ReadonlyMap<string, { width: number; height: number }>): string[] {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  for (const n of board.nodes) {
    if (n.parentId === undefined) continue;
    const group = byId.get(n.parentId)!;
    const g = nodeSize(group);
    const r = rectOf(n, sizes);
    if (r.x < 0 || r.y < header || r.x + r.width > g.width || r.y + r.height > g.height) {
      out.push(`${n.data.label} in ${group.data.label}`);
    }
  }
  return out;
}

/** The node's top-left corner on the board (adding up its groups' positions). */
export function absolutePosition(board: Sized, node: BoardNode): { x: number; y: number } {
  return absolutePositions(board.nodes).get(node.id)!;
}

export const isGroup = (n: BoardNode) => findKind(n.type)?.family === 'group';
