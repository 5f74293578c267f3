// Restore keeps only what a board can save, export and read back: positions and sizes the canvas can show, extra
// data that is plain JSON of bounded depth and size. Each repair says what it dropped or moved.
import { describe, expect, it } from 'vitest';
import { boardToJson, MAX_COORDINATE, MAX_DATA_DEPTH, MAX_ITEM_SIZE, MAX_SIZE, parseBoardText, restoreBoard } from '../../src/domain/board';
import { BoardSchema } from '../../src/domain/board/schema';
import { repairKind, summariseRepairs } from '../../src/domain/board/repairs';
import { nodeSize } from '../../src/domain/geometry';

const deep = (levels: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = { next: value };
  return value;
};

const boardWith = (node: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  format: 'mlsd-board', version: 2, id: 'b', name: 'x', edges: [],
  nodes: [{ id: 'a', type: 'client', position: { x: 0, y: 0 }, ...node }],
  ...extra,
});

function restored(value: unknown) {
  const result = restoreBoard(value);
  if (!result.ok) throw new Error(result.error.message);
  expect(BoardSchema.safeParse(result.board).success).toBe(true);
  return result;
}

describe('restore bounds what it keeps', () => {
  it('sets far-off and non-finite positions aside, just right of the rest of the board, and says so', () => {
    const { board, repairs } = restored({
      ...boardWith({ position: { x: 5e307, y: -1e15 } }),
      nodes: [
        { id: 'a', type: 'client', position: { x: 5e307, y: -1e15 } },
        { id: 'b', type: 'client', position: { x: 100, y: 50 }, width: 200 },
        { id: 'g', type: 'group', position: { x: 0, y: 300 }, width: 400, height: 300 },
        { id: 'c', type: 'ranking', parentId: 'g', position: { x: NaN, y: 1e300 } },
      ],
    });
    const at = (id: string) => board.nodes.find((n) => n.id === id)!.position;
    // 80 px right of the widest reach of the rest (the group, 0 + 400; 'b' reaches 100 + 200), at the top of the rest (y 50).
    expect(at('a')).toEqual({ x: 480, y: 50 });
    expect(at('b')).toEqual({ x: 100, y: 50 });
    expect(at('c')).toEqual({ x: 16, y: 48 });
    expect(repairs).toContain(`Node "a" at (5e+307, -1000000000000000) was off the usable canvas; moved to (480, 50).`);
    expect(repairs.some((r) => r.startsWith('Node "c" at (') && r.endsWith('was off the usable canvas; moved to (16, 48).'))).toBe(true);
    for (const n of board.nodes) expect(Math.abs(n.position.x) + Math.abs(n.position.y)).toBeLessThan(MAX_COORDINATE);
    // Sizes as the canvas draws them: 80 px right of a card (280 wide, no stored size), and a column of cards whose
    // heights follow their text, none over the next.
    const cards = restored({
      ...boardWith({ position: { x: 0, y: 0 } }),
      nodes: [
        { id: 'card', type: 'model-card', position: { x: 0, y: 0 } },
        { id: 'far1', type: 'model-card', position: { x: Infinity, y: 0 }, data: { notes: 'A long note. '.repeat(40) } },
        { id: 'far2', type: 'model-card', position: { x: Infinity, y: 0 } },
      ],
    }).board;
    const [card, far1, far2] = cards.nodes;
    expect(far1.position).toEqual({ x: nodeSize(card).width + 80, y: 0 });
    expect(far2.position.y).toBe(nodeSize(far1).height + 40);
    expect(nodeSize(far1).height).toBeGreaterThan(200);
    const text = restored(boardWith({ position: { x: 'left', y: 3 } }));
    expect(text.board.nodes[0].position).toEqual({ x: 0, y: 0 });
    expect(text.repairs[0]).toMatch(/at \("left", 3\) was off the usable canvas/);
  });

  it('brings sizes into range (a pipeline box may be far larger than a card) and drops sizes that are no size', () => {
    const { board, repairs } = restored(boardWith({ width: 1e308, height: 0.001 }));
    expect(board.nodes[0]).toMatchObject({ width: MAX_ITEM_SIZE, height: 10 });
    expect(repairs).toEqual([`Node "a": width 1e+308 is out of range; set to ${MAX_ITEM_SIZE}.`, 'Node "a": height 0.001 is out of range; set to 10.']);
    const group = restored(boardWith({ type: 'group', width: 1e308, height: 20_000 }));
    expect(group.board.nodes[0]).toMatchObject({ width: MAX_SIZE, height: 20_000 });
    const none = restored(boardWith({ width: -5, height: 'tall' }));
    expect(none.board.nodes[0].width).toBeUndefined();
    expect(none.repairs).toEqual(['Node "a": width -5 is not a usable size; dropped.', 'Node "a": height "tall" is not a usable size; dropped.']);
  });

  it('keeps extra data that is plain JSON, and drops data nested too deep, too large or not JSON', () => {
    const data = {
      label: 'L', notes: '', fields: {},
      kept: { list: [1, 'two', null, true], nested: deep(MAX_DATA_DEPTH - 1) },
      tooDeep: deep(20_000),
      tooLarge: 'x'.repeat(200_000),
      notFinite: [1, Infinity],
      when: new Date(0),
      ['__proto__']: 'a key like any other',
    };
    const { board, repairs } = restored(boardWith({ data }));
    const kept = board.nodes[0].data as Record<string, unknown>;
    expect(Object.keys(kept).sort()).toEqual(['__proto__', 'fields', 'kept', 'label', 'notes']);
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect(repairs).toEqual([
      'Node "L": dropped data "tooDeep" (nested deeper than 16 levels).',
      'Node "L": dropped data "tooLarge" (larger than 100,000 characters).',
      'Node "L": dropped data "notFinite" (it holds Infinity, which JSON cannot).',
      'Node "L": dropped data "when" (it is not plain data).',
    ]);
    expect(JSON.parse(boardToJson(board)).nodes[0].data.kept).toEqual(data.kept);
  });

  it('bounds the extra data of edges and of the board itself the same way', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const value = boardWith({}, {
      extra: 'kept', loop: cycle,
      nodes: [{ id: 'a', type: 'client' }, { id: 'c', type: 'client' }],
      edges: [{ id: 'e', source: 'a', target: 'c', data: { label: '', deep: deep(100), note: 'kept' } }],
    });
    const { board, repairs } = restored(value);
    expect((board as Record<string, unknown>).extra).toBe('kept');
    expect((board as Record<string, unknown>).loop).toBeUndefined();
    expect(board.edges[0].data).toEqual({ label: '', note: 'kept' });
    expect(repairs).toEqual([
      'Edge "e": dropped data "deep" (nested deeper than 16 levels).',
      'The board: dropped data "loop" (nested deeper than 16 levels).',
    ]);
  });

  it('opens a 20,000-level deep file with that value dropped, and the result saves as JSON', () => {
    // Written out as text: JSON.stringify itself cannot go 20,000 levels deep, which is why such a board never saved.
    const text = JSON.stringify(boardWith({ data: { label: 'L', deep: 0 } })).replace('"deep":0', `"deep":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`);
    const result = parseBoardText(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.repairs).toEqual(['Node "L": dropped data "deep" (nested deeper than 16 levels).']);
    expect(() => boardToJson(result.board)).not.toThrow();
  });
});

describe('the summary of repairs', () => {
  it('counts by kind, most first, with thousands separated', () => {
    const repairs = [
      ...Array.from({ length: 1200 }, (_, i) => `Dropped edge #${i + 1}: its target node does not exist.`),
      'Renumbered duplicate node id "a" to "n1".', 'Renumbered duplicate node id "b" to "n2".',
      'Node "q" has unknown kind "box"; it became a note.',
    ];
    expect(summariseRepairs(repairs)).toBe(
      '1,203 items repaired: 1,200 edges with a missing end dropped, 2 duplicate node ids renumbered, 1 node of an unknown kind made a note',
    );
    expect(summariseRepairs([])).toBe('');
  });

  it('knows every repair restore makes', () => {
    const result = restored({
      format: 'mlsd-board', version: 1, id: 'b', name: 'x', junk: deep(40),
      nodes: [
        { id: 'a', kind: 'client', x: 1e300, y: 0, width: -1, height: 1e9, data: { deep: deep(40) } },
        { id: 'a', kind: 'mystery' }, { kind: 'client' }, 7,
        { id: 'c', kind: 'client', group: 'nowhere' },
        { id: 'g1', kind: 'group', group: 'g2' }, { id: 'g2', kind: 'group', group: 'g1' },
        { id: 'g3', kind: 'group', group: 'g3' }, { id: 'd', kind: 'client', group: 'c' },
      ],
      edges: [{ id: 'e', from: 'a', to: 'c', kind: 'teleport' }, { id: 'e', from: 'a', to: 'c' }, { from: 'a', to: 'c' }, { from: 'a', to: 'zz' }, 3],
    });
    // The v1 migration makes edge 5 an object with no ends: it is dropped for its missing end.
    expect(result.repairs.length).toBeGreaterThanOrEqual(16);
    expect(result.repairs).toContain('Node "g3" was part of a loop of groups (inside itself); it now stands on its own.');
    expect(result.repairs).toContain('Node "d" was inside "c", which is not a group; it now stands on its own.');
    for (const repair of result.repairs) expect(repairKind(repair).one, repair).not.toBe('other repair');
  });

  it('names a repaired node by its label as the canvas shows it, with its id only when the label does not tell it apart', () => {
    const result = restoreBoard({
      format: 'mlsd-board', version: 2, id: 'b', name: 'x', edges: [],
      nodes: [
        { id: 'n1', type: 'client', position: { x: 0, y: 0 }, width: -1, data: { label: '  Feature\nstore ' } },
        { id: 'n2', type: 'client', position: { x: 0, y: 0 }, width: -1, data: { label: 'Cache' } },
        { id: 'n3', type: 'client', position: { x: 0, y: 0 }, width: -1, data: { label: 'Cache' } },
        { id: 'n4', type: 'client', position: { x: 0, y: 0 }, width: -1 },
        { id: 'n5', type: 'client', position: { x: 0, y: 0 }, width: -1, data: { label: 'x'.repeat(60) } },
        // A right-to-left override would turn the rest of the notice around: the name goes without it.
        { id: 'n6', type: 'client', position: { x: 0, y: 0 }, width: -1, data: { label: '\u202eevil\u2066 name' } },
      ],
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.repairs).toEqual([
      'Node "Feature store": width -1 is not a usable size; dropped.',
      'Node "Cache" (id "n2"): width -1 is not a usable size; dropped.',
      'Node "Cache" (id "n3"): width -1 is not a usable size; dropped.',
      'Node "n4": width -1 is not a usable size; dropped.',
      `Node "${'x'.repeat(40)}…": width -1 is not a usable size; dropped.`,
      'Node "evil name": width -1 is not a usable size; dropped.',
    ]);
  });
});
