// Comments in the board file: optional, restored leniently item by item, each repair said.
import { describe, expect, it } from 'vitest';
import { createBoard, createNode, restoreBoard, type Board } from '../../src/domain/board';

const withComments = (comments: unknown, board: Board = createBoard('B', 'b1')) => restoreBoard({ ...board, comments });

describe('comments in the board file', () => {
  it('a board without comments is read and written as before (no "comments" key)', () => {
    for (const comments of [undefined, []]) {
      const r = withComments(comments);
      expect(r.ok && r.repairs).toEqual([]);
      expect(r.ok && 'comments' in r.board).toBe(false);
    }
  });

  it('keeps a comment pinned to a node with its replies and resolved state', () => {
    const node = createNode('note', { x: 0, y: 0 });
    const comment = {
      id: 'c1', at: { x: 1, y: 2 }, nodeId: node.id, author: 'Ada', createdAt: 5, text: 'Why?', resolved: true,
      replies: [{ id: 'r1', author: 'Bo', createdAt: 6, text: 'Latency' }],
    };
    const r = withComments([comment], { ...createBoard('B', 'b1'), nodes: [node] });
    expect(r.ok && r.repairs).toEqual([]);
    expect(r.ok && r.board.comments).toEqual([comment]);
  });

  it('repairs damaged comments one by one and says what it did', () => {
    const r = withComments([
      { id: 'c1', text: 'kept', at: { x: 'no' }, nodeId: 'gone', replies: [{ id: 'r1', text: 'ok' }, { text: 'no id' }] },
      { id: 'c1', text: 'duplicate id' },
      'not an object',
      { id: 'c3' },
    ]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.board.comments).toEqual([
      { id: 'c1', at: { x: 0, y: 0 }, author: '', createdAt: 0, text: 'kept', resolved: false, replies: [{ id: 'r1', author: '', createdAt: 0, text: 'ok' }] },
    ]);
    expect(r.repairs).toEqual([
      'Dropped reply #2 of comment "c1": it has no id or no text.',
      'Comment "c1" was about a missing node "gone"; it now stays at its point.',
      'Dropped comment #2: it has no unique id or no text.',
      'Dropped comment #3: it has no unique id or no text.',
      'Dropped comment #4: it has no unique id or no text.',
    ]);
  });

  it('a "comments" that is not a list is dropped with a repair, the board still opens', () => {
    const r = withComments({ c1: {} });
    expect(r.ok && r.repairs).toEqual(['Dropped the comments: "comments" must be a list.']);
  });
});
