// The open board (the document) and its undo history. The board changes in one place, `commit`: an edit (a pure
// function of the board, src/store/edits.ts) is applied there, and there a change of the document becomes an undo
// step, or part of the open gesture's step (a drag, a resize, typing in one field: one step however many updates),
// and reaches a bound live room as one transaction. Everything else about the session (the next arrow's kind,
// dialogs, what is being renamed) lives in the app store; see docs/collaboration.md, plan item 1.
import { temporal } from 'zundo';
import { create } from 'zustand';
import { createBoard } from '../domain/board';
import { sameDocument } from './same-document';
import type { BoardBinding } from './binding';
import type { EditorBoard } from './types';

export const HISTORY_LIMIT = 200;

/** A change of the open board: the next board from the current one (the same object when nothing changes). */
export type Edit = (board: EditorBoard) => EditorBoard;

export type BoardState = {
  board: EditorBoard;
  /** `commit` under the name the callers know: apply an edit (one undo step, or part of the open gesture). */
  apply: (edit: Edit) => void;
  /** Open another board: its own history starts empty. */
  loadBoard: (board: EditorBoard) => void;
};

// The history is zundo's, fed only by `commit`: `handleSet` below records a step when commit says so and never
// otherwise (a received board, an undo, a selection are not steps). zundo stays because `useBoardStore.temporal`
// is what the tests and the room seam read; a history of our own would be the same thirty lines.
let recordStep = false;

export const useBoardStore = create<BoardState>()(
  temporal(
    (set) => ({
      board: createBoard() as EditorBoard,
      apply: (edit) => commit(edit),
      loadBoard: (board) => {
        const replaced = binding !== null && board.id !== useBoardStore.getState().board.id;
        set({ board });
        if (replaced) binding!.replaced();
        useBoardStore.temporal.getState().clear();
        gesture.recorded = false;
      },
    }),
    {
      limit: HISTORY_LIMIT,
      partialize: (s) => ({ board: s.board }),
      handleSet: (handleSet) => (pastState, replace, currentState, delta) => {
        if (!recordStep) return;
        recordStep = false;
        (handleSet as (...args: unknown[]) => void)(pastState, replace, currentState, delta);
      },
    },
  ),
);

type History = ReturnType<typeof useBoardStore.temporal.getState>;

/**
 * The open gesture: how deep (gestures nest: a resize inside a drag's handler), whether its step is recorded yet,
 * and the board and redo list from before it, so a gesture that changes nothing in the end (a name typed and then
 * put back with Escape, a node dragged back to where it was) leaves no empty step.
 */
const gesture: { depth: number; recorded: boolean; before?: EditorBoard; future?: History['futureStates'] } = {
  depth: 0,
  recorded: false,
};

// A live room (src/store/binding.ts). While one is bound, its own history replaces the store's.
let binding: BoardBinding | null = null;

/**
 * Apply an edit to the open board: the one way the board changes. A change of the document (`sameDocument`: its
 * declared fields, not the selection or a measured size) is an undo step of its own, or part of the open gesture's,
 * and is sent to a bound room; a viewer's is refused (the board stays as it was). A change of view state only is
 * shown, and is neither.
 */
export function commit(edit: Edit): void {
  const prev = useBoardStore.getState().board;
  const next = edit(prev);
  if (next === prev) return;
  const changed = !sameDocument(prev, next);
  if (changed && binding?.readOnly) return;
  if (changed && !binding) {
    if (gesture.depth === 0) recordStep = true;
    else if (!gesture.recorded) {
      gesture.recorded = true;
      gesture.before = prev;
      gesture.future = useBoardStore.temporal.getState().futureStates;
      recordStep = true;
    }
  }
  try {
    useBoardStore.setState({ board: next });
  } finally {
    recordStep = false;
  }
  if (changed) binding?.committed(prev, next);
}

export function beginGesture(): void {
  if (gesture.depth++ === 0) {
    gesture.recorded = false;
    binding?.gestureStarted();
  }
}

/** True while a drag, resize or typing gesture is open: heavy derived work waits for it to end. */
export function isGesturing(): boolean {
  return gesture.depth > 0;
}

export function endGesture(): void {
  if (gesture.depth === 0) return;
  if (--gesture.depth > 0) return;
  if (binding) binding.gestureEnded();
  else if (gesture.recorded) {
    // Back where it started: the step it recorded undoes nothing, so it goes, and the redo list comes back. (Only
    // if that step is still the last one: an undo during the gesture may have taken it already.)
    const history = useBoardStore.temporal;
    const past = history.getState().pastStates;
    if (past.at(-1)?.board === gesture.before && sameDocument(gesture.before!, useBoardStore.getState().board)) {
      history.setState({ pastStates: past.slice(0, -1), futureStates: gesture.future ?? [] });
    }
  }
  gesture.recorded = false;
  gesture.before = gesture.future = undefined;
}

const historyListeners = new Set<() => void>();
let unsubscribeBinding: (() => void) | null = null;
const historyChanged = () => historyListeners.forEach((f) => f());

/** Bind the open board to a live room, or unbind it (null): the store's own history starts empty again. */
export function bindBoard(next: BoardBinding | null): void {
  unsubscribeBinding?.();
  unsubscribeBinding = null;
  binding = next;
  useBoardStore.temporal.getState().clear();
  gesture.recorded = false;
  if (next) unsubscribeBinding = next.subscribe(historyChanged);
  historyChanged();
}

export const boundRoom = (): BoardBinding | null => binding;

/**
 * Show a board changed by someone else: keep this person's selection of what still exists. It does not go through
 * `commit`: it is no undo step of this person's and is not sent back.
 */
export function receiveBoard(board: EditorBoard): void {
  const current = useBoardStore.getState().board;
  const selectedNodes = new Set(current.nodes.filter((n) => n.selected).map((n) => n.id));
  const selectedEdges = new Set(current.edges.filter((e) => e.selected).map((e) => e.id));
  const nodes = board.nodes.map((n) => (selectedNodes.has(n.id) === !!n.selected ? n : { ...n, selected: selectedNodes.has(n.id) }));
  const edges = board.edges.map((e) => (selectedEdges.has(e.id) === !!e.selected ? e : { ...e, selected: selectedEdges.has(e.id) }));
  useBoardStore.setState({ board: { ...board, nodes, edges } });
}

export const undo = () => (binding ? binding.undo() : useBoardStore.temporal.getState().undo());
export const redo = () => (binding ? binding.redo() : useBoardStore.temporal.getState().redo());
export const canUndo = () => (binding ? binding.canUndo() : useBoardStore.temporal.getState().pastStates.length > 0);
export const canRedo = () => (binding ? binding.canRedo() : useBoardStore.temporal.getState().futureStates.length > 0);

/** Calls `onChange` when canUndo or canRedo may have changed (the store's history or the bound room's). */
export function subscribeHistory(onChange: () => void): () => void {
  historyListeners.add(onChange);
  const off = useBoardStore.temporal.subscribe(onChange);
  return () => {
    historyListeners.delete(onChange);
    off();
  };
}
