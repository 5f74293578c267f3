import { describe, expect, it } from 'vitest';
import { createBoard, createNode } from '../../src/domain/board';
import { alignSelection } from '../../src/store/align';
import type { EditorBoard, FlowNode } from '../../src/store/types';

// Components are 184 × 60 (src/domain/geometry.ts).
function board(...nodes: FlowNode[]): EditorBoard {
  return { ...createBoard('Align'), nodes } as EditorBoard;
}
const node = (id: string, x: number, y: number, selected = true, extra: Partial<FlowNode> = {}): FlowNode =>
  ({ ...createNode('ranking', { x, y }, id), id, selected, ...extra }) as FlowNode;
const at = (b: EditorBoard) => Object.fromEntries(b.nodes.map((n) => [n.id, [n.position.x, n.position.y]]));

describe('align and spread the selection', () => {
  it('lines up left, right and centre edges; top, bottom and middle', () => {
    const b = board(node('a', 0, 0), node('b', 100, 200), node('c', 40, 400, true, { width: 284, height: 100 }), node('d', 999, 999, false));
    expect(at(alignSelection(b, 'left'))).toEqual({ a: [0, 0], b: [0, 200], c: [0, 400], d: [999, 999] });
    expect(at(alignSelection(b, 'right'))).toEqual({ a: [140, 0], b: [140, 200], c: [40, 400], d: [999, 999] });
    expect(at(alignSelection(b, 'centre'))).toEqual({ a: [70, 0], b: [70, 200], c: [20, 400], d: [999, 999] });
    expect(at(alignSelection(b, 'top'))).toEqual({ a: [0, 0], b: [100, 0], c: [40, 0], d: [999, 999] });
    expect(at(alignSelection(b, 'bottom'))).toEqual({ a: [0, 440], b: [100, 440], c: [40, 400], d: [999, 999] });
    expect(at(alignSelection(b, 'middle'))).toEqual({ a: [0, 220], b: [100, 220], c: [40, 200], d: [999, 999] });
  });

  it('spreads boxes with equal gaps in their current order, the outermost two staying', () => {
    const b = board(node('a', 0, 0), node('c', 800, 30), node('b', 200, 90));
    // Span 0..984, boxes 3 × 184: gaps (984 - 552) / 2 = 216.
    expect(at(alignSelection(b, 'spread-x'))).toEqual({ a: [0, 0], b: [400, 90], c: [800, 30] });
    expect(alignSelection(board(node('a', 0, 0), node('b', 500, 0)), 'spread-x').nodes[1].position).toEqual({ x: 500, y: 0 });
  });

  it('moves a pipeline with what it holds, and aligns a node inside a box by where it is on the board', () => {
    const group = node('g', 1000, 0, true, { type: 'group', width: 400, height: 300 });
    const inner = node('i', 20, 50, true, { parentId: 'g' });
    const lone = node('l', 0, 500);
    const moved = alignSelection(board(group, inner, lone), 'left');
    expect(at(moved)).toEqual({ g: [0, 0], i: [20, 50], l: [0, 500] });

    const child = node('c', 20, 50, true, { parentId: 'g' });
    const out = alignSelection(board({ ...group, selected: false }, child, node('x', 0, 500)), 'left');
    // The child's left edge meets x = 0 on the board: 1000 + (-1000).
    expect(out.nodes.find((n) => n.id === 'c')!.position).toEqual({ x: -1000, y: 50 });
  });

  it('leaves the board as it is with fewer than two nodes selected (three to spread)', () => {
    const one = board(node('a', 0, 0), node('b', 300, 300, false));
    expect(alignSelection(one, 'left')).toBe(one);
    const two = board(node('a', 0, 0), node('b', 300, 300));
    expect(alignSelection(two, 'spread-y')).toBe(two);
  });
});
