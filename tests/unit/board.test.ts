import { describe, expect, it } from 'vitest';
import { BOARD_VERSION, createBoard, createEdge, createNode, freeBoardName, parseBoardText, restoreBoard, serializeBoard } from '../../src/domain/board';
import { BoardSchema } from '../../src/domain/board/schema';
import v1Fixture from '../fixtures/board-v1.json';

describe('board format', () => {
  it('round-trips a board through JSON unchanged', () => {
    const board = createBoard('Round trip');
    const group = createNode('group', { x: 0, y: 0 }, 'Prediction pipeline');
    const a = { ...createNode('client', { x: 20, y: 40 }), parentId: group.id };
    const b = createNode('ranking', { x: 300, y: 40 });
    board.nodes.push(group, a, b);
    board.edges.push(createEdge(a.id, b.id, 'stream', 'billions → thousands'));
    const result = parseBoardText(JSON.stringify(serializeBoard(board)));
    expect(result.ok && result.repairs).toEqual([]);
    expect(result.ok && result.board).toEqual(serializeBoard(board));
    expect(BoardSchema.safeParse(result.ok && result.board).success).toBe(true);
  });

  it('upgrades a version-1 file', () => {
    const result = restoreBoard(v1Fixture);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.board.version).toBe(BOARD_VERSION);
    expect(result.repairs[0]).toMatch(/Upgraded from format version 1/);
    const labels = result.board.nodes.map((n) => n.data.label);
    expect(labels).toEqual(['Prediction pipeline', 'User', 'Ranking service']);
    expect(result.board.nodes[1].parentId).toBe('g1');
    expect(result.board.edges).toMatchObject([{ source: 'u', target: 'r', type: 'request', data: { label: 'user id' } }]);
    expect(BoardSchema.safeParse(result.board).success).toBe(true);
  });

  it('refuses a newer version with a message that says to update', () => {
    const result = restoreBoard({ format: 'mlsd-board', version: BOARD_VERSION + 1, nodes: [], edges: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-new' } });
    expect(!result.ok && result.error.message).toMatch(/Update the app/);
  });

  it('gives a specific error for each kind of bad file', () => {
    expect(parseBoardText('{"format": "mlsd-board", ')).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(parseBoardText('{"hello": 1}')).toMatchObject({ ok: false, error: { code: 'not-a-board' } });
    expect(parseBoardText('{"format": "mlsd-board", "version": "2"}')).toMatchObject({ ok: false, error: { code: 'bad-version' } });
    expect(parseBoardText('{"format": "mlsd-board", "version": 2, "nodes": {}}')).toMatchObject({
      ok: false, error: { code: 'bad-structure' },
    });
  });

  it('repairs items leniently and says what it repaired', () => {
    const result = restoreBoard({
      format: 'mlsd-board', version: 2, id: 'b', name: 'x', extra: 'kept',
      nodes: [
        { id: 'a', type: 'client', position: { x: 'nope' } },
        { id: 'a', type: 'mystery-box', data: { label: 'Thing', fields: { k: 3 } } },
        { id: 'c', type: 'ranking', parentId: 'missing' },
        42,
      ],
      edges: [
        { id: 'e', source: 'a', target: 'c' },
        { id: 'e', source: 'a', target: 'c', type: 'teleport' },
        { id: 'f', source: 'a', target: 'gone' },
      ],
    });
    if (!result.ok) throw new Error(result.error.message);
    const { board, repairs } = result;
    expect(board.nodes).toHaveLength(3);
    expect(new Set(board.nodes.map((n) => n.id)).size).toBe(3);
    // A position that is no number is off the canvas: set aside, 80 px right of the rest (at the origin; the widest is
    // the note, drawn 220 px wide).
    expect(board.nodes[0]).toMatchObject({ position: { x: 300, y: 0 }, data: { label: 'Client / application' } });
    expect(board.nodes[1]).toMatchObject({ type: 'note', data: { label: 'Thing', fields: { k: '3' } } });
    expect(board.nodes[2].parentId).toBeUndefined();
    expect(board.edges).toHaveLength(2);
    expect(board.edges[1].type).toBe('request');
    expect((board as Record<string, unknown>).extra).toBe('kept');
    expect(repairs.join('\n')).toMatch(/duplicate node id "a"/);
    expect(repairs.join('\n')).toMatch(/unknown kind "mystery-box"/);
    expect(repairs.join('\n')).toMatch(/missing group/);
    expect(repairs.join('\n')).toMatch(/Dropped edge #3/);
    expect(BoardSchema.safeParse(board).success).toBe(true);
  });

  it('puts groups before their children and breaks group loops', () => {
    const result = restoreBoard({
      format: 'mlsd-board', version: 2, id: 'b', name: 'x', edges: [],
      nodes: [
        { id: 'child', type: 'client', parentId: 'g2' },
        { id: 'g2', type: 'group', parentId: 'g1' },
        { id: 'g1', type: 'group', parentId: 'g2' },
      ],
    });
    if (!result.ok) throw new Error(result.error.message);
    const order = result.board.nodes.map((n) => n.id);
    for (const n of result.board.nodes) {
      if (n.parentId) expect(order.indexOf(n.parentId)).toBeLessThan(order.indexOf(n.id));
    }
    expect(result.repairs.join('\n')).toMatch(/loop of groups/);
  });
});

describe('a board opened beside one of the same name', () => {
  it('is numbered from (2), and one already numbered counts on instead of stacking " (2) (2)"', () => {
    expect(freeBoardName('Plan', new Set(['Other']))).toBe('Plan');
    expect(freeBoardName('Plan', new Set(['Plan']))).toBe('Plan (2)');
    // Exported as "Plan (2)" and imported again while both are in the list.
    expect(freeBoardName('Plan (2)', new Set(['Plan', 'Plan (2)']))).toBe('Plan (3)');
    expect(freeBoardName('Plan (3)', new Set(['Plan', 'Plan (2)', 'Plan (3)']))).toBe('Plan (4)');
    expect(freeBoardName('Plan (2)', new Set(['Plan']))).toBe('Plan (2)');
    // A number that is part of the name (no board of the name without it) stays.
    expect(freeBoardName('Top (10)', new Set(['Top (10)']))).toBe('Top (10) (2)');
    expect(freeBoardName('(2)', new Set(['(2)']))).toBe('(2) (2)');
  });
});
