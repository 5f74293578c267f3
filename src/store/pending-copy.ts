// A page can close before IndexedDB finishes an asynchronous write. When the page is hidden with unsaved
// changes, a copy also goes to localStorage, which writes synchronously; the next start moves it into IndexedDB.
import { restoreBoard, serializeBoard, type Board } from '../domain/board';
import { readBoardSavedAt, writeBoard, writeLastId } from './library';

const KEY = 'mlsd-pending-board';

export function writePendingCopy(board: Board): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ savedAt: Date.now(), board: serializeBoard(board) }));
  } catch {
    // localStorage full or blocked: the IndexedDB write started beside this is the remaining chance.
  }
}

/**
 * Moves the copy into IndexedDB (unless the stored board is as new) and makes it the board that opens: it was the
 * one open when the page closed. Returns whether anything was written (so that a read of the stored boards started
 * before is out of date).
 */
export async function recoverPendingCopy(): Promise<boolean> {
  let raw: string | null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    return false;
  }
  if (!raw) return false;
  let wrote = false;
  try {
    const pending = JSON.parse(raw) as { savedAt: number; board: unknown };
    const result = restoreBoard(pending.board);
    if (result.ok) {
      const stored = await readBoardSavedAt(result.board.id);
      wrote = true; // set before the writes: a failed write may still have changed the store
      if (stored === undefined || stored < pending.savedAt) await writeBoard(result.board);
      await writeLastId(result.board.id);
    }
    localStorage.removeItem(KEY);
  } catch {
    // Leave the copy in place: a later start tries again.
  }
  return wrote;
}
