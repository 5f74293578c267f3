// The seam between the open board and a live room. Without a room nothing is bound and the board store keeps its own
// undo history, exactly as before. A live room (src/collab, loaded on demand) binds here: the room's shared document
// receives every local change of the board, undo becomes the room's (a Y.UndoManager that undoes only this person's
// changes), and changes made by others arrive through `receiveBoard` (src/store/board-store.ts).
import type { EditorBoard } from './types';

export interface BoardBinding {
  /** A viewer: the board refuses local changes of the document (selection and view still change). */
  readonly readOnly: boolean;
  /**
   * A local change of the document (not of selection or view), already shown on the canvas: write it to the shared
   * document as one transaction. `prev` is the board as it was just before.
   */
  committed(prev: EditorBoard, next: EditorBoard): void;
  /** Another board was opened in place of the room's board: the room lets it go (it leaves). */
  replaced(): void;
  /** A gesture (a drag, a resize, typing in one field) starts / ends: what it changes is one undo step. */
  gestureStarted(): void;
  gestureEnded(): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Calls `onChange` whenever canUndo or canRedo may have changed; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}
