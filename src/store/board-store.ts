// The open board (the document) and its undo history. The board changes in one place, `commit`: an edit (a pure
// function of the board, src/store/edits.ts) is applied there, and there a change of the document becomes an undo
// step, or part of the open gesture's step (a drag, a resize, typing in one field: one step however many updates),
// and reaches a bound live room as one transaction. Everything else about the session lives apart: the selection in
// its own store (src/store/selection.ts), the next arrow's kind, dialogs, what is being renamed in the app store; see
// docs/collaboration.md, plan item 1.
import { temporal } from 'zundo';
import { create } from 'zustand';
import { createBoard } from '../domain/board';
import { sameDocument } from './same-document';
import { keepExisting, NO_SELECTION, setSelection, type Selection } from './selection';
import type { BoardBinding } from './binding';
import type { EditorBoard } from './types';

export const HISTORY_LIMIT = 200;

/**
 * What an edit gives: the next board (the same object when nothing changes), or the next board and what becomes the
 * selection with it (a paste selects the copies, a group the new group): the selection is session state, not part of
 * the board, so an edit that makes something to select says so beside the board.
 */
export type Edited = EditorBoard | { board: EditorBoard; select: Selection };

/** A change of the open board: the next board from the current one. */
export type Edit = (board: EditorBoard) => Edited;

export type BoardState = {
  board: EditorBoard;
  /** `commit` under the name the callers know: apply an edit (one undo step, or part of the open gesture). */
  apply: (edit: Edit) => void;
  /** Open another board: its own history starts empty. */
  loadBoard: (board: EditorBoard) => void;
};

// The history is zundo's, fed only by `commit`: `handleSet` below records a step when commit says so and never
// otherwise (a received board, an undo are not steps; the selection is not in this store at all). zundo stays
// because `useBoardStore.temporal` is what the tests and the room seam read; a history of our own would be the same
// thirty lines.
let recordStep = false;

export const useBoardStore = create<BoardState>()(
  temporal(
    (set) => ({
      board: createBoard() as EditorBoard,
      apply: (edit) => commit(edit),
      loadBoard: (board) => {
        const replaced = binding !== null && board.id !== useBoardStore.getState().board.id;
        // Another board (or this one again, from its file): nothing of it is selected yet.
        setSelection(NO_SELECTION);
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

// The selection holds only what is on the board: whatever replaces the board (an edit, an undo, a board received from
// a room, another board opened) drops the ids that went with it.
useBoardStore.subscribe((s, before) => {
  if (s.board.nodes !== before.board.nodes || s.board.edges !== before.board.edges) keepExisting(s.board);
});

/**
 * Apply an edit to the open board: the one way the board changes. A change of the document (`sameDocument`: its
 * declared fields, not a measured size or the dragging flag) is an undo step of its own, or part of the open
 * gesture's, and is sent to a bound room; a viewer's is refused (the board stays as it was, and so does the
 * selection). A change of view state only is shown, and is neither. What the edit selects becomes the selection.
 */
export function commit(edit: Edit): void {
  const prev = useBoardStore.getState().board;
  const out = edit(prev);
  const [next, select] = 'nodes' in out ? [out, undefined] : [out.board, out.select];
  if (next === prev) {
    if (select) setSelection(select);
    return;
  }
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
  if (select) setSelection(select);
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
 * Show a board changed by someone else. It does not go through `commit`: it is no undo step of this person's and is
 * not sent back. This person's selection stays, less what the change removed.
 */
export function receiveBoard(board: EditorBoard): void {
  useBoardStore.setState({ board });
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
