import { describe, expect, it } from 'vitest';
import { createBoard, createNode } from '../../src/domain/board';
import { snapToGuides } from '../../src/store/guides';
import type { EditorBoard, FlowNode } from '../../src/store/types';

// Components are 184 × 60 (src/domain/geometry.ts).
const node = (id: string, x: number, y: number, extra: Partial<FlowNode> = {}): FlowNode =>
  ({ ...createNode('ranking', { x, y }, id), id, ...extra }) as FlowNode;
const board = (...nodes: FlowNode[]): EditorBoard => ({ ...createBoard('Guides'), nodes }) as EditorBoard;

describe('alignment guides while dragging', () => {
  it('snaps a near edge onto another node’s and draws the line across both', () => {
    const b = board(node('a', 0, 0), node('m', 400, 300));
    const out = snapToGuides(b, 'm', { x: 4, y: 300 }, 6);
    expect(out.position).toEqual({ x: 0, y: 300 });
    expect(out.guides).toEqual([{ axis: 'x', at: 0, from: 0, to: 360 }]);
  });

  it('lines up centres and bottoms too, on both axes at once, choosing the nearest match', () => {
    const b = board(node('a', 0, 0, { width: 284, height: 100 }), node('m', 500, 500));
    // a's centre is x = 142, its bottom y = 100; m's centre at 95 + 92 = 187 is 45 away: too far. Move it close.
    const out = snapToGuides(b, 'm', { x: 52, y: 37 }, 6);
    // m's centre 52 + 92 = 144 → 142; m's bottom 37 + 60 = 97 → 100.
    expect(out.position).toEqual({ x: 50, y: 40 });
    expect(out.guides.map((g) => [g.axis, g.at])).toEqual([['x', 142], ['y', 100]]);
  });

  it('leaves a node alone when nothing is within reach, and never snaps a box to what it holds', () => {
    const b = board(node('a', 0, 0), node('m', 500, 500));
    expect(snapToGuides(b, 'm', { x: 300, y: 200 }, 6)).toEqual({ position: { x: 300, y: 200 }, guides: [] });
    const group = node('g', 1000, 1000, { type: 'group', width: 400, height: 300 });
    const child = node('c', 2, 40, { parentId: 'g' });
    expect(snapToGuides(board(group, child), 'g', { x: 1001, y: 1000 }, 6).guides).toEqual([]);
  });

  it('works on board positions for a node inside a box, and answers relative to its box', () => {
    const group = node('g', 1000, 0, { type: 'group', width: 400, height: 300 });
    const child = node('c', 40, 40, { parentId: 'g' });
    const out = snapToGuides(board(group, child, node('x', 1043, 500)), 'c', { x: 40, y: 40 }, 6);
    // The child's left edge is at 1040 on the board, x's at 1043: it moves 3 right.
    expect(out.position).toEqual({ x: 43, y: 40 });
  });
});
