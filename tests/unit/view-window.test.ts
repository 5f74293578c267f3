import { describe, expect, it } from 'vitest';
import { createNode } from '../../src/domain/board';
import { inViewWindow, viewWindowKey } from '../../src/canvas/view-window';
import type { FlowEdge, FlowNode } from '../../src/store/types';

const node = (id: string, x: number, y: number, parentId?: string): FlowNode =>
  ({ ...createNode('cache', { x, y }), id, ...(parentId ? { parentId } : {}) }) as FlowNode;
const edge = (id: string, source: string, target: string) => ({ id, source, target, type: 'request', data: {} }) as unknown as FlowEdge;
const none = new Set<string>();

// A 1000 x 800 pane at 100 %, showing the board from (0, 0): the window reaches half a screen beyond, snapped to
// cells of 512 (the power of two from half the screen's width).
const key = viewWindowKey({ transform: [0, 0, 1], width: 1000, height: 800 });

describe('handing React Flow only what is around the view of a large board', () => {
  it('keys the window so that a small pan keeps it and a pan of a screen or a zoom changes it', () => {
    expect(key).toBe('512 -1 -1 3 3');
    expect(viewWindowKey({ transform: [-20, -10, 1], width: 1000, height: 800 })).toBe(key);
    expect(viewWindowKey({ transform: [-1000, 0, 1], width: 1000, height: 800 })).not.toBe(key);
    expect(viewWindowKey({ transform: [0, 0, 0.25], width: 1000, height: 800 })).not.toBe(key);
    expect(viewWindowKey({ transform: [0, 0, 1], width: 0, height: 0 })).toBe('');
  });

  it('hands the nodes in the window, the far ends of edges leaving it, edges crossing it, the selection and groups', () => {
    const group = { ...node('group', 5000, 0), type: 'group' } as FlowNode;
    const nodes = [
      node('in', 100, 100),
      node('far', 9000, 9000),
      node('farther', 20000, 20000),
      node('left', -5000, 300),
      node('right', 5000, 300),
      node('chosen', 30000, 0),
      group,
      node('child', -4900, 100, 'group'),
      node('alone', 40000, 40000),
    ];
    const edges = [edge('out', 'in', 'far'), edge('across', 'left', 'right'), edge('faraway', 'far', 'farther'), edge('picked', 'alone', 'farther')];
    const handed = inViewWindow(nodes, nodes, edges, key, new Set(['chosen']), new Set(['picked']));
    expect(handed.edges.map((e) => e.id)).toEqual(['out', 'across', 'picked']);
    // 'child' is in view through its group's position; the group comes with it, before it as on the board.
    expect(handed.nodes.map((n) => n.id)).toEqual(['in', 'far', 'farther', 'left', 'right', 'chosen', 'group', 'child', 'alone']);
    const later = inViewWindow(nodes, nodes, edges, key, none, none);
    expect(later.nodes.map((n) => n.id)).toEqual(['in', 'far', 'left', 'right', 'group', 'child']);
    expect(later.edges.map((e) => e.id)).toEqual(['out', 'across']);
    // Nothing changed: the very same lists, so React Flow has nothing to redo.
    const again = inViewWindow([...nodes], nodes, [...edges], key, none, none);
    expect(again.nodes).toBe(later.nodes);
    expect(again.edges).toBe(later.edges);
  });

  it('hands everything before the pane has a size', () => {
    const nodes = [node('a', 0, 0), node('b', 90000, 0)];
    const edges = [edge('ab', 'a', 'b')];
    expect(inViewWindow(nodes, nodes, edges, '', none, none)).toEqual({ nodes, edges });
  });
});
