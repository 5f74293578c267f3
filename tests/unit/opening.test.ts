import { describe, expect, it } from 'vitest';
import { createNode } from '../../src/domain/board';
import { fedEdges, fedNodes, feedOrder, OPENING_WINDOW, type Opening } from '../../src/store/opening';
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

  it('hands over an edge once both its ends are on the canvas (or one is a node the user added meanwhile)', () => {
    const nodes = [node('n1', 0, 0), node('n2', 100, 0), node('n3', 200, 0)];
    const edges = [
      { id: 'e12', source: 'n1', target: 'n2' },
      { id: 'e23', source: 'n2', target: 'n3' },
      { id: 'e1new', source: 'n1', target: 'new' },
    ];
    const opening: Opening = { boardId: 'b1', rank: feedOrder(nodes), shown: 2, total: 3 };
    expect(fedEdges(edges, 'b1', opening).map((e) => e.id)).toEqual(['e12', 'e1new']);
    // All of them once every node is there (the list handed over otherwise grows only when it can double).
    expect(fedEdges(edges, 'b1', { ...opening, shown: 3 }).map((e) => e.id)).toEqual(['e12', 'e23', 'e1new']);
    expect(fedEdges(edges, 'b2', opening)).toBe(edges);
    expect(fedEdges(edges, 'b1', null)).toBe(edges);
  });

  it('grows the edge list handed over by doubling, so React Flow indexes the edges a dozen times, not once per slice', () => {
    const nodes = Array.from({ length: 100 }, (_, i) => node(`n${i}`, i * 10, 0));
    const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: `n${i}`, target: n.id }));
    const rank = feedOrder(nodes);
    const at = (shown: number) => fedEdges(edges, 'b1', { boardId: 'b1', rank, shown, total: 100 });
    const first = at(11);
    expect(first).toHaveLength(10);
    expect(at(15)).toBe(first); // 14 edges fed: not yet twice the 10 handed over
    expect(at(21)).toHaveLength(20);
    expect(at(100)).toHaveLength(99);
    // An edit meanwhile (a new edge list) is handed over at once.
    const edited = [...edges.slice(0, 30), { id: 'new', source: 'n0', target: 'n5' }];
    expect(fedEdges(edited, 'b1', { boardId: 'b1', rank, shown: 21, total: 100 }).map((e) => e.id)).toContain('new');
  });
});
