// The board store bound to a room's Yjs document (src/collab/doc-binding.ts), with a second replica standing for
// the other person: what each sees, what undo takes back, how a gesture is paced, what a viewer may do.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard, createNode, type Board } from '../../src/domain/board';
import { bindDocument, type DocBinding } from '../../src/collab/doc-binding';
import { applyBoardChange, readBoard, writeBoard } from '../../src/sync/board-doc';
import { beginGesture, canUndo, endGesture, undo, useBoardStore } from '../../src/store/board-store';
import { select } from '../../src/store/selection';
import type { EditorBoard } from '../../src/store/types';

const state = () => useBoardStore.getState();
const settle = () => new Promise((r) => setTimeout(r, 0));

function board(): Board {
  const b = createBoard('Room', 'b_room');
  b.nodes = [{ ...createNode('note', { x: 0, y: 0 }, 'Ranker'), id: 'n1' }, { ...createNode('note', { x: 300, y: 0 }, 'Store'), id: 'n2' }];
  return b;
}

/** Two replicas kept in sync as a server would relay them. */
function pair() {
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  mine.on('update', (u: Uint8Array, origin: unknown) => origin !== 'relay' && Y.applyUpdate(theirs, u, 'relay'));
  theirs.on('update', (u: Uint8Array, origin: unknown) => origin !== 'relay' && Y.applyUpdate(mine, u, 'relay'));
  return { mine, theirs };
}

let bound: DocBinding | null = null;
afterEach(() => {
  bound?.destroy();
  bound = null;
});

async function join(doc: Y.Doc, options: { canEdit?: () => boolean; leave?: () => void; frames?: (() => void)[] } = {}) {
  const frames = options.frames;
  bound = bindDocument(doc, {
    canEdit: options.canEdit ?? (() => true),
    open: (b) => state().loadBoard(b),
    leave: options.leave ?? (() => undefined),
    schedule: frames ? (run) => (frames.push(run), () => frames.splice(frames.indexOf(run), 1)) : undefined,
  });
  await settle();
  return bound;
}

const move = (id: string, x: number) => state().apply((b) => ({ ...b, nodes: b.nodes.map((n) => (n.id === id ? { ...n, position: { x, y: n.position.y } } : n)) }));
const renameIn = (doc: Y.Doc, id: string, label: string) => {
  const now = readBoard(doc);
  if (!now.ok) throw new Error('no board');
  applyBoardChange(doc, now.board, { ...now.board, nodes: now.board.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, label } } : n)) }, 'them');
};
const theirBoard = (doc: Y.Doc) => {
  const r = readBoard(doc);
  if (!r.ok) throw new Error('no board');
  return r.board;
};

describe('a board bound to a room document', () => {
  it('opens the room’s board, sends local changes and shows the other person’s', async () => {
    const { mine, theirs } = pair();
    writeBoard(theirs, board());
    await join(mine);
    expect(state().board.nodes.map((n) => n.data.label)).toEqual(['Ranker', 'Store']);

    move('n1', 120);
    expect(theirBoard(theirs).nodes[0].position.x).toBe(120);
    renameIn(theirs, 'n2', 'Feature store');
    await settle();
    expect(state().board.nodes[1].data.label).toBe('Feature store');
    // Selecting is not a change of the document.
    const before = Y.encodeStateVector(mine);
    select(['n1']);
    expect(Y.encodeStateVector(mine)).toEqual(before);
  });

  it('undo takes back only this person’s change, and a gesture is one step sent at most once a frame', async () => {
    const { mine, theirs } = pair();
    writeBoard(theirs, board());
    const frames: (() => void)[] = [];
    await join(mine, { frames });
    expect(canUndo()).toBe(false);

    beginGesture();
    for (let x = 10; x <= 50; x += 10) move('n1', x);
    // Nothing sent until the frame: the five moves of the frame go as one update.
    expect(theirBoard(theirs).nodes[0].position.x).toBe(0);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(theirBoard(theirs).nodes[0].position.x).toBe(50);
    move('n1', 80);
    endGesture();
    expect(theirBoard(theirs).nodes[0].position.x).toBe(80);

    renameIn(theirs, 'n2', 'Theirs');
    await settle();
    undo();
    await settle();
    // The whole drag went back in one step; their rename stayed.
    expect(state().board.nodes[0].position.x).toBe(0);
    expect(state().board.nodes[1].data.label).toBe('Theirs');
    expect(theirBoard(theirs).nodes[0].position.x).toBe(0);
    expect(canUndo()).toBe(false);
  });

  it('a viewer’s change is taken back and never reaches the document', async () => {
    const { mine, theirs } = pair();
    writeBoard(theirs, board());
    await join(mine, { canEdit: () => false });
    const before = Y.encodeStateVector(mine);
    move('n1', 500);
    expect(state().board.nodes[0].position.x).toBe(0);
    expect(Y.encodeStateVector(mine)).toEqual(before);
    // Changes by others still arrive.
    renameIn(theirs, 'n1', 'Seen');
    await settle();
    expect(state().board.nodes[0].data.label).toBe('Seen');
  });

  it('opening another board leaves the room and writes nothing of it into the room', async () => {
    const { mine, theirs } = pair();
    writeBoard(theirs, board());
    let left = 0;
    await join(mine, { leave: () => left++ });
    state().loadBoard(createBoard('Mine alone') as EditorBoard);
    expect(left).toBe(1);
    expect(theirBoard(theirs).name).toBe('Room');
  });

  it('waits for a room that has no board yet, then opens it', async () => {
    const { mine, theirs } = pair();
    state().loadBoard(createBoard('Before') as EditorBoard);
    await join(mine);
    expect(state().board.name).toBe('Before');
    writeBoard(theirs, board());
    await settle();
    await settle();
    expect(state().board.name).toBe('Room');
    expect(bound!.boardId()).toBe('b_room');
  });
});

describe('rejoining a room after changing its board outside it', () => {
  it('merges this person’s changes into the room as one undoable step, keeping what others did meanwhile', async () => {
    // The room as this device last synced it (its offline copy), and as it is now on the server.
    const base = board();
    const server = new Y.Doc();
    writeBoard(server, base);
    const mine = new Y.Doc();
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(server));
    // Meanwhile someone in the room renamed n2; this person, away, moved n1, renamed n1 and added a node.
    renameIn(server, 'n2', 'Feature store');
    const local: Board = {
      ...base,
      nodes: [
        { ...base.nodes[0], position: { x: 40, y: 60 }, data: { ...base.nodes[0].data, label: 'Two-stage ranker' } },
        base.nodes[1],
        { ...createNode('note', { x: 600, y: 0 }, 'Added away'), id: 'n3' },
      ],
    };
    bound = bindDocument(mine, { canEdit: () => true, open: (b) => state().loadBoard(b), leave: () => undefined, merge: { prev: base, next: local } });
    await settle();
    // Coming back online: the two replicas exchange what the other lacks.
    Y.applyUpdate(server, Y.encodeStateAsUpdate(mine, Y.encodeStateVector(server)));
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(server, Y.encodeStateVector(mine)), 'relay');
    await settle();
    const expected = ['Two-stage ranker', 'Feature store', 'Added away'];
    expect(theirBoard(server).nodes.map((n) => n.data.label)).toEqual(expected);
    expect(state().board.nodes.map((n) => n.data.label)).toEqual(expected);
    expect(state().board.nodes[0].position).toEqual({ x: 40, y: 60 });
    // One step of this person's: undo takes the whole merge back, and leaves the other person's rename.
    expect(canUndo()).toBe(true);
    undo();
    await settle();
    expect(state().board.nodes.map((n) => n.data.label)).toEqual(['Ranker', 'Feature store']);
    expect(canUndo()).toBe(false);
  });
});
