// A large board is stored as its JSON text, built a slice at a time (src/store/library.ts): the text must be the
// board file exactly, whatever the board holds, so what is stored opens again equal.
import { describe, expect, it } from 'vitest';
import { boardToJson, restoreBoard, serializeBoard } from '../../src/domain/board';
import { boardJsonInSlices, storedText } from '../../src/store/stored-text';
import { generateBoard } from '../bench/generate-board';

describe('a large board stored as text', () => {
  it('is built in slices into the same JSON as the board file, and restores equal', async () => {
    const board = generateBoard(2100);
    // Fields that look like the parts the text is built from, and text JSON must escape.
    board.nodes[5].data.notes = '"nodes":[],"edges":[] } ] \u000b \ud800 \\';
    (board.nodes[6].data as Record<string, unknown>).extra = { nodes: [1, 2], edges: [] };
    board.edges[0].data = { ...board.edges[0].data, label: '],"edges":[' };
    // View state the canvas adds is not stored, as serializeBoard leaves it out.
    (board.nodes[7] as unknown as { selected: boolean }).selected = true;
    const text = await boardJsonInSlices(board);
    expect(JSON.parse(text)).toEqual(JSON.parse(boardToJson(board)));
    const stored = await storedText(text);
    const file = restoreBoard(JSON.parse(boardToJson(board)));
    expect(stored && serializeBoard(stored)).toEqual(file.ok && serializeBoard(file.board));
    expect(await storedText(text.slice(0, 100_000))).toBeUndefined(); // cut short: unreadable, not thrown
  }, 30_000);

  it('keeps a board with no nodes or edges whole', async () => {
    const board = generateBoard(1);
    board.nodes = [];
    board.edges = [];
    expect(JSON.parse(await boardJsonInSlices(board))).toEqual(JSON.parse(boardToJson(board)));
  });
});
