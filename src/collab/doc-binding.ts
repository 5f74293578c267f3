// The board store bound to a room's Yjs document (no network here: the provider and the offline copy are room.ts's).
// Local changes are written to the document, one transaction each, at most one per animation frame during a gesture;
// undo is a Y.UndoManager over the document that undoes only this person's changes, a gesture one step; a change
// made by anyone else (or this person's undo) is read back from the document and shown.
import * as Y from 'yjs';
import type { Board } from '../domain/board';
import { applyBoardChange, hasBoard, readBoard } from '../sync/board-doc';
import type { BoardBinding } from '../store/binding';
import { bindBoard, receiveBoard, useBoardStore } from '../store/board-store';
import type { EditorBoard } from '../store/types';

/** The document's root types: what this person's undo may take back. */
const ROOTS = ['nodes', 'edges', 'comments', 'board', 'boardExtra'] as const;

export type DocBindingOptions = {
  /** Whether this person may change the document now (the server's answer, read at each change). */
  canEdit: () => boolean;
  /** The first time the document holds a board: make it the open board (returns once it is). */
  open: (board: EditorBoard) => Promise<void> | void;
  /** Another board was opened in the app: the room is left. */
  leave: () => void;
  /** Changes this person made to the board outside the room (`prev` the room's board as last synced here, `next`
   *  theirs): written as one transaction of theirs, one undo step, before the board is shown. */
  merge?: { prev: Board; next: Board };
  /** How a gesture's changes are paced (an animation frame in the browser). */
  schedule?: (run: () => void) => () => void;
};

const nextFrame = (run: () => void) => {
  const id = requestAnimationFrame(run);
  return () => cancelAnimationFrame(id);
};

export type DocBinding = { binding: BoardBinding; boardId: () => string | null; destroy: () => void };

export function bindDocument(doc: Y.Doc, options: DocBindingOptions): DocBinding {
  const schedule = options.schedule ?? nextFrame;
  const localOrigin = { person: doc.clientID };
  const undoManager = new Y.UndoManager([...ROOTS.map((r) => doc.getMap(r)), doc.getText('name')], {
    trackedOrigins: new Set([localOrigin]),
    // A gesture is one step however long it lasts: steps are cut where a gesture or a change starts (stopCapturing).
    captureTimeout: 24 * 3600_000,
  });
  let boardId: string | null = null;
  let destroyed = false;
  let pending: { prev: EditorBoard; next: EditorBoard } | null = null;
  let gesturing = false;
  let cancelFrame: (() => void) | null = null;

  const flush = () => {
    cancelFrame?.();
    cancelFrame = null;
    if (!pending) return;
    const { prev, next } = pending;
    pending = null;
    if (!gesturing) undoManager.stopCapturing();
    applyBoardChange(doc, prev as Board, next as Board, localOrigin);
  };

  const binding: BoardBinding = {
    // Opening another board is not a change of this one (committed then leaves the room).
    get readOnly() {
      return !options.canEdit() && useBoardStore.getState().board.id === boardId;
    },
    replaced: () => options.leave(),
    committed(prev, next) {
      if (next.id !== boardId) {
        options.leave();
        return;
      }
      pending = { prev: pending?.prev ?? prev, next };
      if (!gesturing) flush();
      else cancelFrame ??= schedule(flush);
    },
    gestureStarted() {
      flush();
      gesturing = true;
      undoManager.stopCapturing();
    },
    gestureEnded() {
      // The gesture's last changes still belong to its step.
      flush();
      gesturing = false;
    },
    undo() {
      flush();
      undoManager.undo();
    },
    redo() {
      flush();
      undoManager.redo();
    },
    canUndo: () => undoManager.canUndo(),
    canRedo: () => undoManager.canRedo(),
    subscribe(onChange) {
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
      events.forEach((e) => undoManager.on(e, onChange));
      return () => events.forEach((e) => undoManager.off(e, onChange));
    },
  };

  /** Show the document's board: the first time as the open board, then as changes made by someone else. */
  const show = () => {
    if (destroyed || !hasBoard(doc)) return;
    flush();
    const result = readBoard(doc);
    if (!result.ok) return;
    const board = keepMeasurements(result.board as EditorBoard);
    if (boardId !== null) {
      receiveBoard(board);
      return;
    }
    boardId = board.id;
    void Promise.resolve(options.open(board)).then(() => {
      if (destroyed) return;
      bindBoard(binding);
      // Whatever arrived while the board was being opened.
      show();
    });
  };
  let reading = false;
  const onTransaction = (tr: Y.Transaction) => {
    if (tr.origin === localOrigin || reading) return;
    // Several transactions in a row (a sync step, an undo) are read once.
    reading = true;
    queueMicrotask(() => {
      reading = false;
      show();
    });
  };
  doc.on('afterTransaction', onTransaction);
  if (options.merge) applyBoardChange(doc, options.merge.prev, options.merge.next, localOrigin);
  show();

  return {
    binding,
    boardId: () => boardId,
    destroy: () => {
      flush();
      destroyed = true;
      doc.off('afterTransaction', onTransaction);
      undoManager.destroy();
      if (boardId !== null) bindBoard(null);
    },
  };
}

/** Nodes read from the document keep the size the canvas measured, so the canvas does not hide them to re-measure. */
function keepMeasurements(board: EditorBoard): EditorBoard {
  const before = new Map(useBoardStore.getState().board.nodes.map((n) => [n.id, n]));
  const nodes = board.nodes.map((n) => {
    const old = before.get(n.id);
    return old?.measured ? { ...n, measured: old.measured } : n;
  });
  return { ...board, nodes };
}
