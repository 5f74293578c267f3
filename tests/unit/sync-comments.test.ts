// Comments through the server: the message a viewer's client sends (parseCommentMessage) and how the server applies
// it to the room's document (applyCommentOp), touching only the comments.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard, createNode, restoreBoard, type Board } from '../../src/domain/board';
import { applyCommentOp, rawBoard, readBoard, writeBoard } from '../../src/sync/board-doc';
import { MAX_COMMENT_TEXT, parseCommentMessage, type CommentOp } from '../../src/sync/protocol';

function board(): Board {
  const group = { ...createNode('group', { x: 100, y: 50 }), id: 'g' };
  const child = { ...createNode('feature-store', { x: 10, y: 20 }), id: 'fs', parentId: 'g' };
  return { ...createBoard('Review', 'b1'), nodes: [group, child] };
}

function roomDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeBoard(doc, board());
  return doc;
}

const apply = (doc: Y.Doc, op: CommentOp, now = 1000) => applyCommentOp(doc, op, now);
const commentsOf = (doc: Y.Doc) => {
  const r = readBoard(doc);
  if (!r.ok) throw new Error(r.error.message);
  return r.board.comments ?? [];
};

describe('parseCommentMessage', () => {
  const add = { type: 'mlsd:comment', op: 'add', id: 'c_1', text: 'Why a feature store?', author: 'Ada', nodeId: 'fs' };

  it('accepts the three operations, from JSON text or a value, keeping only their fields', () => {
    expect(parseCommentMessage(JSON.stringify(add))).toEqual(add);
    expect(parseCommentMessage({ ...add, nodeId: undefined, at: { x: 1.5, y: -2 } })).toEqual({
      type: 'mlsd:comment', op: 'add', id: 'c_1', text: 'Why a feature store?', author: 'Ada', at: { x: 1.5, y: -2 },
    });
    const reply = { type: 'mlsd:comment', op: 'reply', commentId: 'c_1', id: 'r-1', text: 'Latency', author: 'Bo' };
    expect(parseCommentMessage(reply)).toEqual(reply);
    expect(parseCommentMessage({ type: 'mlsd:comment', op: 'resolve', commentId: 'c_1', resolved: true })).toEqual({
      type: 'mlsd:comment', op: 'resolve', commentId: 'c_1', resolved: true,
    });
    // Extra keys (a node edit, a client's time) never ride along.
    expect(parseCommentMessage({ ...add, createdAt: 5, nodes: { fs: { label: 'x' } } })).toEqual(add);
  });

  it('refuses anything malformed', () => {
    const bad: unknown[] = [
      null, 42, 'not json', '[]', JSON.stringify({ ...add, type: 'mlsd:error' }),
      { ...add, op: 'edit' }, { ...add, op: undefined },
      { ...add, id: '' }, { ...add, id: 'x'.repeat(65) }, { ...add, id: 'a b' }, { ...add, id: '<script>' }, { ...add, id: 7 },
      { ...add, text: '' }, { ...add, text: '   ' }, { ...add, text: 'x'.repeat(MAX_COMMENT_TEXT + 1) }, { ...add, text: 3 },
      { ...add, author: 'x'.repeat(101) }, { ...add, author: null },
      { ...add, nodeId: 'no/slash' }, { ...add, nodeId: undefined },
      { ...add, at: { x: Number.NaN, y: 0 } }, { ...add, at: { x: 0 } }, { ...add, at: { x: 2e6, y: 0 } }, { ...add, at: [0, 0] },
      { type: 'mlsd:comment', op: 'reply', commentId: 'c_1', id: 'r1', text: '', author: 'Bo' },
      { type: 'mlsd:comment', op: 'reply', id: 'r1', text: 'ok', author: 'Bo' },
      { type: 'mlsd:comment', op: 'resolve', commentId: 'c_1', resolved: 'yes' },
    ];
    for (const raw of bad) expect(parseCommentMessage(raw), JSON.stringify(raw) ?? String(raw)).toBeNull();
    expect(parseCommentMessage({ ...add, text: 'x'.repeat(MAX_COMMENT_TEXT) })).not.toBeNull();
  });
});

describe('applyCommentOp', () => {
  it('adds a comment at its node (absolute position) or a point, with the given time, appended in order', () => {
    const doc = roomDoc();
    expect(apply(doc, { op: 'add', id: 'c1', text: 'Why?', author: 'Ada', nodeId: 'fs' }, 111)).toEqual({ ok: true });
    expect(apply(doc, { op: 'add', id: 'c0', text: 'Scale?', author: 'Bo', at: { x: -5, y: 7 } }, 222)).toEqual({ ok: true });
    expect(commentsOf(doc)).toEqual([
      { id: 'c1', at: { x: 110, y: 70 }, nodeId: 'fs', author: 'Ada', createdAt: 111, text: 'Why?', resolved: false, replies: [] },
      { id: 'c0', at: { x: -5, y: 7 }, author: 'Bo', createdAt: 222, text: 'Scale?', resolved: false, replies: [] },
    ]);
    // What the document holds passes the board file's restore with no repair.
    const restored = restoreBoard(rawBoard(doc));
    expect(restored.ok && restored.repairs).toEqual([]);
  });

  it('replies and resolves, and refuses what does not fit the document, changing nothing', () => {
    const doc = roomDoc();
    apply(doc, { op: 'add', id: 'c1', text: 'Why?', author: 'Ada', nodeId: 'fs' });
    expect(apply(doc, { op: 'reply', commentId: 'c1', id: 'r1', text: 'Latency', author: 'Bo' }, 2000)).toEqual({ ok: true });
    expect(apply(doc, { op: 'resolve', commentId: 'c1', resolved: true })).toEqual({ ok: true });
    const before = Y.encodeStateAsUpdate(doc);
    const refusals: [CommentOp, RegExp][] = [
      [{ op: 'add', id: 'c1', text: 'again', author: 'Ada', at: { x: 0, y: 0 } }, /already exists/],
      [{ op: 'add', id: 'c2', text: 'on nothing', author: 'Ada', nodeId: 'gone' }, /not on the board/],
      [{ op: 'add', id: 'c3', text: 'nowhere', author: 'Ada' }, /needs a place/],
      [{ op: 'reply', commentId: 'c1', id: 'r1', text: 'twice', author: 'Bo' }, /already exists/],
      [{ op: 'reply', commentId: 'zz', id: 'r2', text: 'to nothing', author: 'Bo' }, /not on the board/],
      [{ op: 'resolve', commentId: 'zz', resolved: true }, /not on the board/],
    ];
    for (const [op, message] of refusals) {
      const r = apply(doc, op);
      expect(r.ok, JSON.stringify(op)).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(commentsOf(doc)).toEqual([
      { id: 'c1', at: { x: 110, y: 70 }, nodeId: 'fs', author: 'Ada', createdAt: 1000, text: 'Why?', resolved: true,
        replies: [{ id: 'r1', author: 'Bo', createdAt: 2000, text: 'Latency' }] },
    ]);
  });

  it('refuses a comment in a room with no board yet', () => {
    const r = apply(new Y.Doc(), { op: 'add', id: 'c1', text: 'Hi', author: 'Ada', at: { x: 0, y: 0 } });
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/no board/) });
  });

  it('touches only the comments map: one transaction with the given origin, merging with concurrent replies', () => {
    const doc = roomDoc();
    apply(doc, { op: 'add', id: 'c1', text: 'Why?', author: 'Ada', nodeId: 'fs' });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const touched: string[] = [];
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      origins.push(tr.origin);
      for (const type of tr.changedParentTypes.keys()) {
        let t = type;
        while (t._item) t = t._item.parent as typeof t;
        touched.push([...doc.share].find(([, v]) => v === t)![0]);
      }
    });
    const origin = { who: 'viewer' };
    applyCommentOp(doc, { op: 'reply', commentId: 'c1', id: 'r1', text: 'From the viewer', author: 'Vi' }, 5, origin);
    applyCommentOp(doc, { op: 'add', id: 'c2', text: 'Another', author: 'Vi', at: { x: 1, y: 1 } }, 6, origin);
    applyCommentOp(doc, { op: 'resolve', commentId: 'c1', resolved: true }, 7, origin);
    expect(origins).toEqual([origin, origin, origin]);
    expect(new Set(touched)).toEqual(new Set(['comments']));
    // A reply made elsewhere at the same time is kept beside this one.
    applyCommentOp(other, { op: 'reply', commentId: 'c1', id: 'r2', text: 'From the editor', author: 'Ed' }, 8);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(commentsOf(doc)).toEqual(commentsOf(other));
    expect(commentsOf(doc)[0].replies.map((r) => r.id).sort()).toEqual(['r1', 'r2']);
  });
});
