// Presence from awareness states (untrusted input from other clients), the room's status line, and comment edits.
import { describe, expect, it } from 'vitest';
import { colorsFor, PALETTE, presenceFromStates, roomStatusText } from '../../src/room/presence';
import { addComment, deleteComment, pinPosition, replyToComment, resolveComment } from '../../src/comments/edits';
import { createBoard, restoreBoard, type BoardComment } from '../../src/domain/board';

describe('people in a room', () => {
  it('reads each person’s name, colour, cursor, selection and view; this person first', () => {
    const people = presenceFromStates(
      [
        { clientId: 7, user: { name: 'Zed', color: PALETTE[1] }, cursor: { x: 1, y: 2 }, selection: ['n1'], viewport: { x: 0, y: 0, width: 800, height: 600 } },
        { clientId: 3, user: { name: 'Ada', color: PALETTE[0] }, cursor: null, selection: [] },
      ],
      7,
    );
    expect(people.map((p) => [p.name, p.self])).toEqual([['Zed', true], ['Ada', false]]);
    expect(people[0]).toMatchObject({ cursor: { x: 1, y: 2 }, selection: ['n1'], viewport: { width: 800 } });
    expect(people[1]).toMatchObject({ cursor: null, viewport: null });
  });

  it('drops what is malformed, field by field, and never takes a colour from outside the palette', () => {
    const people = presenceFromStates(
      [
        { clientId: 1 },
        { clientId: 2, user: { name: 42 } },
        {
          clientId: 3, user: { name: 'x'.repeat(500), color: 'url(javascript:alert(1))' }, cursor: { x: 'a', y: 1 },
          selection: ['n1', 5, null], viewport: { x: 0, y: 0, width: -1, height: 10 },
        },
      ],
      99,
    );
    expect(people).toHaveLength(1);
    expect(people[0].name).toHaveLength(40);
    expect(PALETTE).toContain(people[0].color);
    expect(people[0]).toMatchObject({ cursor: null, selection: ['n1'], viewport: null });
  });

  it('gives everyone a distinct colour, the same in every browser, whatever order the states come in', () => {
    const ids = [8, 16, 24, 3, 11];
    const colors = colorsFor(ids);
    expect(new Set(colors.values()).size).toBe(5);
    expect(colorsFor([...ids].reverse())).toEqual(colors);
    // More people than colours: colours repeat, nobody is left without one.
    expect(colorsFor(Array.from({ length: 12 }, (_, i) => i * 8)).size).toBe(12);
  });

  it('says how the room is: live with how many, offline, or the server’s refusal', () => {
    expect(roomStatusText('live', 1, null)).toBe('Live · 1 person');
    expect(roomStatusText('live', 3, null)).toBe('Live · 3 people');
    expect(roomStatusText('offline', 3, null)).toBe('Offline — your changes will merge when you reconnect');
    expect(roomStatusText('refused', 0, 'This room link is not valid.')).toBe('This room link is not valid.');
  });
});

describe('comment edits', () => {
  const comment = (id: string, extra: Partial<BoardComment> = {}): BoardComment => ({
    id, at: { x: 10, y: 20 }, author: 'Ada', createdAt: 1, text: 'Why?', resolved: false, replies: [], ...extra,
  });

  it('add, reply, resolve, reopen and delete, and the board stays a valid board file', () => {
    let b = addComment(createBoard('B'), comment('c1'));
    b = replyToComment(b, 'c1', { id: 'r1', author: 'Bo', createdAt: 2, text: 'Latency' });
    b = resolveComment(b, 'c1', true);
    expect(b.comments).toEqual([{ ...comment('c1'), resolved: true, replies: [{ id: 'r1', author: 'Bo', createdAt: 2, text: 'Latency' }] }]);
    const restored = restoreBoard(JSON.parse(JSON.stringify(b)));
    expect(restored.ok && restored.repairs).toEqual([]);
    expect(resolveComment(b, 'c1', false).comments![0].resolved).toBe(false);
    // The last comment deleted: the board has no "comments" key, as a board without comments is written.
    expect('comments' in deleteComment(b, 'c1')).toBe(false);
    // Unknown ids change nothing.
    expect(replyToComment(b, 'nope', { id: 'r2', author: '', createdAt: 0, text: 'x' })).toBe(b);
  });

  it('a pin stands at its node while the node exists, else at its point', () => {
    const onNode = comment('c1', { nodeId: 'n1' });
    expect(pinPosition(onNode, (id) => (id === 'n1' ? { x: 100, y: 50, width: 200 } : null))).toEqual({ x: 294, y: 36 });
    expect(pinPosition(onNode, () => null)).toEqual({ x: 10, y: 20 });
  });
});
