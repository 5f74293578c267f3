import { describe, expect, it } from 'vitest';
import { createNode } from '../../src/domain/board';
import { fedNodes, feedOrder, OPENING_WINDOW, type Opening } from '../../src/store/opening';
import type { FlowNode } from '../../src/store/types';

const node = (id: string, x: number, y: number, parentId?: string): FlowNode =>
  ({ ...createNode('cache', { x, y }), id, ...(parentId ? { parentId } : {}) }) as FlowNode;

describe('handing a large board to the canvas', () => {
  it('feeds the nodes nearest the top-left corner (the opening view) first, each group before its children', () => {
    const far = node('far', 10 * OPENING_WINDOW.width, 0);
    const group = { ...node('group', 5 * OPENING_WINDOW.width, 0), type: 'group' } as FlowNode;
    // Near the corner only through its group's position: a child's position is relative to the group.
    const child = node('child', -5 * OPENING_WINDOW.width + 100, 50, 'group');
    const corner = node('corner', 0, 0);
    const below = node('below', 0, 3 * OPENING_WINDOW.height);
    const rank = feedOrder([far, group, child, corner, below]);
    const order = [...rank].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    expect(order).toEqual(['corner', 'group', 'child', 'below', 'far']);
  });

  it('shows the nodes fed so far, and at once a node the user added meanwhile; all of them for another board', () => {
    const nodes = [node('n1', 0, 0), node('n2', 100, 0), node('n3', 200, 0)];
    const opening: Opening = { boardId: 'b1', rank: feedOrder(nodes), shown: 2, total: 3 };
    expect(fedNodes(nodes, 'b1', opening).map((n) => n.id)).toEqual(['n1', 'n2']);
    const added = [...nodes, node('new', 0, 0)];
    expect(fedNodes(added, 'b1', opening).map((n) => n.id)).toEqual(['n1', 'n2', 'new']);
    expect(fedNodes(nodes, 'b2', opening)).toBe(nodes);
    expect(fedNodes(nodes, 'b1', null)).toBe(nodes);
  });
});
