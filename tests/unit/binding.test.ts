import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBoard } from '../../src/domain/board';
import type { BoardBinding } from '../../src/store/binding';
import { beginGesture, bindBoard, canUndo, endGesture, receiveBoard, undo, useBoardStore } from '../../src/store/board-store';
import { addComponent } from '../../src/store/edits';
import { select, selection, selectionOf } from '../../src/store/selection';
import type { EditorBoard } from '../../src/store/types';

const state = () => useBoardStore.getState();

/** A room stand-in that records what the store tells it. */
function fakeRoom(readOnly = false) {
  const log: string[] = [];
  const commits: { prev: EditorBoard; next: EditorBoard }[] = [];
  const listeners = new Set<() => void>();
  const room: BoardBinding = {
    readOnly,
    committed: (prev, next) => void commits.push({ prev, next }),
    replaced: () => void log.push('replaced'),
    gestureStarted: () => void log.push('start'),
    gestureEnded: () => void log.push('end'),
    undo: () => void log.push('undo'),
    redo: () => void log.push('redo'),
    canUndo: () => commits.length > 0,
    canRedo: () => false,
    subscribe: (f) => (listeners.add(f), () => void listeners.delete(f)),
  };
  return { room, log, commits };
}

beforeEach(() => state().loadBoard(createBoard('Shared') as EditorBoard));
afterEach(() => bindBoard(null));

describe('a board bound to a live room', () => {
  it('sends each change of the document, not of the selection, and undo goes to the room', () => {
    const { room, log, commits } = fakeRoom();
    bindBoard(room);
    state().apply((b) => addComponent(b, 'feature-store', { x: 0, y: 0 }));
    expect(commits).toHaveLength(1);
    expect(commits[0].next.nodes.map((n) => n.data.label)).toEqual(['Feature store']);
    select();
    expect(commits).toHaveLength(1);
    expect(canUndo()).toBe(true);
    undo();
    expect(log).toEqual(['undo']);
    // The store's own history stays out of it: the room's undo is the only one.
    expect(useBoardStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('tells the room where a gesture starts and ends, once for nested gestures', () => {
    const { room, log } = fakeRoom();
    bindBoard(room);
    beginGesture();
    beginGesture();
    endGesture();
    endGesture();
    endGesture();
    expect(log).toEqual(['start', 'end']);
  });

  it("shows someone else's change without sending it back, keeping this person's selection", () => {
    const { room, commits } = fakeRoom();
    state().apply((b) => addComponent(b, 'ranking', { x: 0, y: 0 }));
    bindBoard(room);
    const mine = state().board;
    const id = mine.nodes[0].id;
    expect(selection()).toEqual(selectionOf([id]));
    receiveBoard({ ...mine, nodes: mine.nodes.map((n) => ({ ...n, data: { ...n.data, label: 'Ranker' } })) });
    expect(state().board.nodes[0].data.label).toBe('Ranker');
    expect(selection()).toEqual(selectionOf([id]));
    expect(commits).toHaveLength(0);
    // Someone else deletes the node this person had selected: it leaves the selection too.
    receiveBoard({ ...mine, nodes: [] });
    expect(selection().nodes.size).toBe(0);
  });

  it('takes back a viewer’s change of the document at once', () => {
    const { room, commits } = fakeRoom(true);
    bindBoard(room);
    state().apply((b) => addComponent(b, 'ranking', { x: 0, y: 0 }));
    expect(state().board.nodes).toHaveLength(0);
    expect(commits).toHaveLength(0);
  });

  it('tells the room when another board is opened in its place, not when the same board is reloaded', () => {
    const { room, log } = fakeRoom();
    bindBoard(room);
    state().loadBoard({ ...state().board, name: 'Same board, read again' });
    expect(log).toEqual([]);
    state().loadBoard(createBoard('Another') as EditorBoard);
    expect(log).toEqual(['replaced']);
  });

  it('gives the store its own history back when unbound', () => {
    bindBoard(fakeRoom().room);
    bindBoard(null);
    state().apply((b) => addComponent(b, 'ranking', { x: 0, y: 0 }));
    expect(canUndo()).toBe(true);
    undo();
    expect(state().board.nodes).toHaveLength(0);
  });
});
