// Auto-layout: no overlapping siblings and every child inside its group, for templates and large generated
// boards; the direction is honoured; a selection moves alone; unconnected parts stay apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBoard, createEdge, createNode, parseBoardText, type Board, type BoardNode } from '../../src/domain/board';
import { CASE_STUDY_IDS } from '../../src/domain/case-studies';
import { nodeSize } from '../../src/domain/geometry';
import { layoutBoard } from '../../src/domain/layout';
import { GROUP_HEADER } from '../../src/domain/spacing';
import { generateBoard } from '../bench/generate-board';
import { absolutePosition, childrenOutsideGroups, overlappingSiblings } from './layout-checks';

function template(id: string): Board {
  const result = parseBoardText(readFileSync(new URL(`../../templates/${id}.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.board;
}

/** Every node at (0, 0), groups at their default size: nothing left of the template's own layout. */
const scrambled = (board: Board): Board => ({
  ...board,
  nodes: board.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 }, ...(n.type === 'group' ? { width: 480, height: 280 } : {}) })),
});

function chain(board: Board, count: number, parent?: BoardNode): BoardNode[] {
  const nodes: BoardNode[] = [];
  for (let i = 0; i < count; i++) {
    const node = createNode('preprocessing', { x: 0, y: 0 }, `${parent?.data.label ?? 'Step'} ${i + 1}`);
    if (parent) node.parentId = parent.id;
    nodes.push(node);
    board.nodes.push(node);
    if (i > 0) board.edges.push(createEdge(nodes[i - 1].id, node.id));
  }
  return nodes;
}

const byLabel = (board: Board, label: string) => board.nodes.find((n) => n.data.label === label)!;
const center = (board: Board, n: BoardNode) => {
  const p = absolutePosition(board, n);
  const s = nodeSize(n);
  return { x: p.x + s.width / 2, y: p.y + s.height / 2 };
};

describe('layoutBoard on the templates', () => {
  it.each([...CASE_STUDY_IDS])('lays out %s from scratch with no overlap, children inside their groups', (id) => {
    for (const direction of ['LR', 'TB'] as const) {
      const out = layoutBoard(scrambled(template(id)), { direction });
      expect(overlappingSiblings(out)).toEqual([]);
      expect(childrenOutsideGroups(out, GROUP_HEADER)).toEqual([]);
    }
  });

  it('gives the same result again, keeping the node objects that did not move', () => {
    const once = layoutBoard(scrambled(template('ad-click-prediction')), { direction: 'LR' });
    const twice = layoutBoard(once, { direction: 'LR' });
    twice.nodes.forEach((n, i) => expect(n).toBe(once.nodes[i]));
  });

  it('does not change the board it is given', () => {
    const board = scrambled(template('visual-search'));
    const before = JSON.stringify(board);
    const out = layoutBoard(board, { direction: 'LR' });
    expect(JSON.stringify(board)).toBe(before);
    expect(out.edges).toEqual(board.edges);
    expect(out.nodes.map((n) => n.id)).toEqual(board.nodes.map((n) => n.id));
  });
});

describe('layoutBoard on generated boards', () => {
  it.each([100, 500])('lays out %i nodes with no overlap, children inside their groups', (count) => {
    const board = generateBoard(count);
    const out = layoutBoard(board, { direction: 'LR' });
    expect(out.nodes).toHaveLength(count);
    expect(overlappingSiblings(out)).toEqual([]);
    expect(childrenOutsideGroups(out, GROUP_HEADER)).toEqual([]);
  });

  it('respects measured sizes from the canvas', () => {
    const board = generateBoard(60, 7);
    const sizes = new Map(board.nodes.filter((n) => n.type !== 'group').map((n) => [n.id, { width: 300, height: 140 }]));
    const out = layoutBoard(board, { direction: 'TB', sizes });
    expect(overlappingSiblings(out, sizes)).toEqual([]);
    expect(childrenOutsideGroups(out, GROUP_HEADER, sizes)).toEqual([]);
    const plain = layoutBoard(board, { direction: 'TB' });
    const groupId = board.nodes.find((n) => n.type === 'group')!.id;
    const width = (b: Board) => b.nodes.find((n) => n.id === groupId)!.width!;
    expect(width(out)).toBeGreaterThan(width(plain));
  });
});

describe('layout direction', () => {
  function chainBoard() {
    const board = createBoard();
    chain(board, 4);
    return board;
  }

  it('runs a chain left to right in LR', () => {
    const out = layoutBoard(chainBoard(), { direction: 'LR' });
    const centers = out.nodes.map((n) => center(out, n));
    for (let i = 1; i < centers.length; i++) {
      expect(centers[i].x).toBeGreaterThan(centers[i - 1].x + nodeSize(out.nodes[i]).width);
      expect(centers[i].y).toBe(centers[0].y);
    }
  });

  it('runs a chain top to bottom in TB', () => {
    const out = layoutBoard(chainBoard(), { direction: 'TB' });
    const centers = out.nodes.map((n) => center(out, n));
    for (let i = 1; i < centers.length; i++) {
      expect(centers[i].y).toBeGreaterThan(centers[i - 1].y + nodeSize(out.nodes[i]).height);
      expect(centers[i].x).toBe(centers[0].x);
    }
  });

  it('lays out a flow inside its group and resizes the group to fit it', () => {
    const board = createBoard();
    const group = createNode('group', { x: 0, y: 0 }, 'Pipeline');
    board.nodes.push(group);
    const steps = chain(board, 5, group);
    const out = layoutBoard(board, { direction: 'LR' });
    const xs = steps.map((s) => out.nodes.find((n) => n.id === s.id)!.position.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const laidGroup = out.nodes.find((n) => n.id === group.id)!;
    expect(laidGroup.width).toBeGreaterThan(5 * nodeSize(steps[0]).width);
    expect(childrenOutsideGroups(out, GROUP_HEADER)).toEqual([]);
  });

  it('orders pipeline groups by the arrows between their children', () => {
    const build = (upstream: 'A' | 'B') => {
      const board = createBoard();
      const a = createNode('group', { x: 0, y: 0 }, 'A');
      const b = createNode('group', { x: 0, y: 0 }, 'B');
      board.nodes.push(a, b);
      const inA = chain(board, 2, a);
      const inB = chain(board, 2, b);
      board.edges.push(upstream === 'A' ? createEdge(inA[1].id, inB[0].id) : createEdge(inB[1].id, inA[0].id));
      return board;
    };
    for (const upstream of ['A', 'B'] as const) {
      const downstream = upstream === 'A' ? 'B' : 'A';
      const stacked = layoutBoard(build(upstream), { direction: 'LR' });
      expect(byLabel(stacked, upstream).position.y).toBeLessThan(byLabel(stacked, downstream).position.y);
      const sideBySide = layoutBoard(build(upstream), { direction: 'LR', groupDirection: 'LR' });
      expect(byLabel(sideBySide, upstream).position.x).toBeLessThan(byLabel(sideBySide, downstream).position.x);
    }
  });

  it('lays out nested groups innermost first', () => {
    const board = createBoard();
    const outer = createNode('group', { x: 0, y: 0 }, 'Prediction pipeline');
    const inner = { ...createNode('group', { x: 0, y: 0 }, 'Visual search'), parentId: outer.id };
    board.nodes.push(outer, inner);
    const before = chain(board, 1, outer);
    const inside = chain(board, 3, inner);
    const after = chain(board, 1, outer);
    board.edges.push(createEdge(before[0].id, inside[0].id), createEdge(inside[2].id, after[0].id));
    const out = layoutBoard(board, { direction: 'LR' });
    expect(overlappingSiblings(out)).toEqual([]);
    expect(childrenOutsideGroups(out, GROUP_HEADER)).toEqual([]);
    const x = (n: BoardNode) => absolutePosition(out, out.nodes.find((m) => m.id === n.id)!).x;
    expect(x(before[0])).toBeLessThan(x(inner));
    expect(x(inner)).toBeLessThan(x(after[0]));
  });
});

describe('layout of a selection', () => {
  it('moves only the selected nodes, clear of the others', () => {
    const board = generateBoard(100, 3);
    const group = board.nodes.find((n) => n.type === 'group')!;
    const kids = board.nodes.filter((n) => n.parentId === group.id);
    const selected = new Set(kids.slice(0, 5).map((n) => n.id));
    const out = layoutBoard(board, { direction: 'TB', nodeIds: selected });
    out.nodes.forEach((n, i) => {
      if (selected.has(n.id)) return;
      expect(n.position).toEqual(board.nodes[i].position);
      if (n.id !== group.id) expect(n).toBe(board.nodes[i]);
    });
    expect(out.nodes.filter((n, i) => selected.has(n.id) && n.position !== board.nodes[i].position).length).toBeGreaterThan(0);
    expect(overlappingSiblings({ nodes: out.nodes.filter((n) => n.parentId === group.id) })).toEqual([]);
    expect(childrenOutsideGroups(out)).toEqual([]);
  });

  it('lays out selected top-level nodes next to the nodes that stay, without covering them', () => {
    const board = createBoard();
    const fixed = createNode('data-lake', { x: 300, y: 0 }, 'Stays');
    board.nodes.push(fixed);
    const moving = chain(board, 3);
    moving.forEach((n, i) => (n.position = { x: 280 + i * 10, y: 10 }));
    const out = layoutBoard(board, { direction: 'LR', nodeIds: new Set(moving.map((n) => n.id)) });
    expect(out.nodes[0]).toBe(fixed);
    expect(overlappingSiblings(out)).toEqual([]);
    const xs = moving.map((m) => out.nodes.find((n) => n.id === m.id)!.position.x);
    expect(xs[0]).toBeLessThan(xs[1]);
    expect(xs[1]).toBeLessThan(xs[2]);
  });
});

describe('unconnected parts', () => {
  it('packs separate flows, lone nodes and cards without overlap', () => {
    const board = createBoard();
    chain(board, 4);
    chain(board, 3);
    for (const kind of ['requirements', 'framing', 'model-card', 'note', 'cache', 'alerting']) {
      const n = createNode(kind, { x: 0, y: 0 });
      n.data.notes = kind === 'note' ? 'A note with some text in it' : '';
      board.nodes.push(n);
    }
    const group = createNode('group', { x: 0, y: 0 }, 'Empty pipeline');
    board.nodes.push(group);
    const out = layoutBoard(board, { direction: 'LR' });
    expect(overlappingSiblings(out)).toEqual([]);
    expect(out.nodes.find((n) => n.id === group.id)!.width).toBe(480);
  });
});
