import { describe, expect, it } from 'vitest';
import { createBoard, createNode } from '../../src/domain/board';
import { alignSelection, type Alignment } from '../../src/store/align';
import { selectionOf, type Selection } from '../../src/store/selection';
import type { EditorBoard, FlowNode } from '../../src/store/types';

type Item = { node: FlowNode; selected: boolean };
type Case = { board: EditorBoard; selection: Selection };
// Components are 184 × 60 (src/domain/geometry.ts).
function board(...items: Item[]): Case {
  const nodes = items.map((i) => i.node);
  return { board: { ...createBoard('Align'), nodes } as EditorBoard, selection: selectionOf(items.filter((i) => i.selected).map((i) => i.node.id)) };
}
const node = (id: string, x: number, y: number, selected = true, extra: Partial<FlowNode> = {}): Item =>
  ({ node: { ...createNode('ranking', { x, y }, id), id, ...extra } as FlowNode, selected });
const alignSelected = (c: Case, how: Alignment) => alignSelection(c.board, c.selection, how);
const at = (b: EditorBoard) => Object.fromEntries(b.nodes.map((n) => [n.id, [n.position.x, n.position.y]]));

describe('align and spread the selection', () => {
  it('lines up left, right and centre edges; top, bottom and middle', () => {
    const b = board(node('a', 0, 0), node('b', 100, 200), node('c', 40, 400, true, { width: 284, height: 100 }), node('d', 999, 999, false));
    expect(at(alignSelected(b, 'left'))).toEqual({ a: [0, 0], b: [0, 200], c: [0, 400], d: [999, 999] });
    expect(at(alignSelected(b, 'right'))).toEqual({ a: [140, 0], b: [140, 200], c: [40, 400], d: [999, 999] });
    expect(at(alignSelected(b, 'centre'))).toEqual({ a: [70, 0], b: [70, 200], c: [20, 400], d: [999, 999] });
    expect(at(alignSelected(b, 'top'))).toEqual({ a: [0, 0], b: [100, 0], c: [40, 0], d: [999, 999] });
    expect(at(alignSelected(b, 'bottom'))).toEqual({ a: [0, 440], b: [100, 440], c: [40, 400], d: [999, 999] });
    expect(at(alignSelected(b, 'middle'))).toEqual({ a: [0, 220], b: [100, 220], c: [40, 200], d: [999, 999] });
  });

  it('spreads boxes with equal gaps in their current order, the outermost two staying', () => {
    const b = board(node('a', 0, 0), node('c', 800, 30), node('b', 200, 90));
    // Span 0..984, boxes 3 × 184: gaps (984 - 552) / 2 = 216.
    expect(at(alignSelected(b, 'spread-x'))).toEqual({ a: [0, 0], b: [400, 90], c: [800, 30] });
    expect(alignSelected(board(node('a', 0, 0), node('b', 500, 0)), 'spread-x').nodes[1].position).toEqual({ x: 500, y: 0 });
  });

  it('moves a pipeline with what it holds, and aligns a node inside a box by where it is on the board', () => {
    const group = node('g', 1000, 0, true, { type: 'group', width: 400, height: 300 });
    const inner = node('i', 20, 50, true, { parentId: 'g' });
    const lone = node('l', 0, 500);
    const moved = alignSelected(board(group, inner, lone), 'left');
    expect(at(moved)).toEqual({ g: [0, 0], i: [20, 50], l: [0, 500] });

    const child = node('c', 20, 50, true, { parentId: 'g' });
    const out = alignSelected(board({ ...group, selected: false }, child, node('x', 0, 500)), 'left');
    // The child's left edge meets x = 0 on the board: 1000 + (-1000).
    expect(out.nodes.find((n) => n.id === 'c')!.position).toEqual({ x: -1000, y: 50 });
  });

  it('leaves the board as it is with fewer than two nodes selected (three to spread)', () => {
    const one = board(node('a', 0, 0), node('b', 300, 300, false));
    expect(alignSelected(one, 'left')).toBe(one.board);
    const two = board(node('a', 0, 0), node('b', 300, 300));
    expect(alignSelected(two, 'spread-y')).toBe(two.board);
  });
});
