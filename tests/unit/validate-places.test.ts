// The checklist keeps its report when a drop changed only where nodes are (src/panels/useReport.ts): that holds
// only while the validator never reads a node's place. Each template is validated as it is and with every node
// moved somewhere else; and `sameButPlaces` tells such a move from a change the validator reads.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBoardText, sameButPlaces, type Board } from '../../src/domain/board';
import { validateBoard } from '../../src/domain/validate';

const dir = new URL('../../templates/', import.meta.url);
const templates = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

function load(file: string): Board {
  const result = parseBoardText(readFileSync(new URL(file, dir), 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.board;
}

/** Every node somewhere else: scattered, and the order of places reversed. */
const moved = (board: Board): Board => ({
  ...board,
  nodes: board.nodes.map((n, i) => ({ ...n, position: { x: ((i * 7919) % 2000) - 600, y: (board.nodes.length - i) * 53 } })),
});

describe('a board whose nodes only moved', () => {
  it('has ten templates to check', () => expect(templates.length).toBeGreaterThanOrEqual(10));
  it.each(templates)('%s: the same report wherever its nodes are', (file) => {
    const board = load(file);
    const elsewhere = moved(board);
    expect(sameButPlaces(board, elsewhere)).toBe(true);
    expect(validateBoard(elsewhere)).toEqual(validateBoard(board));
  });

  it('is told from a change the validator reads', () => {
    const board = load(templates[0]);
    const [first] = board.nodes;
    const child = board.nodes.find((n) => n.parentId)!;
    const edit = (nodes: Board['nodes']) => ({ ...board, nodes });
    expect(sameButPlaces(board, edit(board.nodes.map((n) => (n === first ? { ...n, data: { ...n.data, label: 'Other' } } : n))))).toBe(false);
    expect(sameButPlaces(board, edit(board.nodes.map((n) => (n === child ? { ...n, parentId: undefined } : n))))).toBe(false);
    expect(sameButPlaces(board, edit(board.nodes.map((n) => (n === first ? { ...n, type: 'cache' } : n))))).toBe(false);
    expect(sameButPlaces(board, edit(board.nodes.slice(1)))).toBe(false);
    expect(sameButPlaces(board, { ...board, edges: board.edges.slice(1) })).toBe(false);
  });
});
