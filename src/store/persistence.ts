// Autosave: the open board is written to IndexedDB shortly after each change and at once when the page is hidden.
// Nothing is written until the stored boards have been read, and a failed write keeps the board in memory.
import { createBoard, freeBoardName, type Board } from '../domain/board';
import { downloadBoardFile } from '../io/download';
import { newId } from '../domain/ids';
import { LARGE_BOARD_NODES, useAppStore, notify } from './app-store';
import { useBoardStore } from './board-store';
import { renameBoard } from './edits';
import { recoverPendingCopy, writePendingCopy } from './pending-copy';
import {
  describeWriteError, readBoard, readLibrary, trashBoard, untrashBoard, writeBoard, writeLastId, type BoardMeta,
} from './library';
import { sameDocument } from './same-document';
import { takeEarlyRead } from './database';
import { endFeed, feedCanvas, feedOrder, isOpening, nextPaint, nextTask } from './opening';
import type { EditorBoard } from './types';

const SAVE_DELAY_MS = 400;

type SavedMessage = { id: string; savedAt: number };
// Tabs tell each other what they saved, so a board open in two tabs shows the latest in both.
const otherTabs = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('mlsd-board-saves');

let savedBoard: EditorBoard | undefined;
/** The board stored as the one to open next time ("last"), once that write has finished. */
let storedLast: string | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let writing: Promise<void> = Promise.resolve();
let storageWorks = true;

function upsertMeta(meta: BoardMeta): void {
  useAppStore.setState((s) => ({
    boards: [meta, ...s.boards.filter((b) => b.id !== meta.id)].sort((a, b) => b.savedAt - a.savedAt),
  }));
}

/** Write the open board now if it changed since the last write. */
export function flushSave(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  const board = useBoardStore.getState().board;
  if (!useAppStore.getState().ready || !storageWorks) return writing;
  if (savedBoard && sameDocument(savedBoard, board)) {
    // Back to what is stored (an undo, or another tab's version): nothing to write.
    if (useAppStore.getState().save.state === 'saving') useAppStore.setState({ save: { state: 'saved' } });
    return writing;
  }
  useAppStore.setState({ save: { state: 'saving' } });
  writing = writing.then(async () => {
    try {
      const savedAt = await writeBoard(board as Board);
      savedBoard = board;
      upsertMeta({ id: board.id, name: board.name, savedAt });
      useAppStore.setState({ save: { state: 'saved' } });
      otherTabs?.postMessage({ id: board.id, savedAt } satisfies SavedMessage);
    } catch (error) {
      const message = describeWriteError(error);
      if (useAppStore.getState().save.state !== 'error') notify('error', message, { label: 'Download JSON', run: () => void downloadOrSay(useBoardStore.getState().board as Board) });
      useAppStore.setState({ save: { state: 'error', message } });
    }
  });
  return writing;
}

function scheduleSave(): void {
  // Set once per burst of changes, not on every pointer move of a drag.
  const state = useAppStore.getState().save.state;
  if (state !== 'error' && state !== 'saving') useAppStore.setState({ save: { state: 'saving' } });
  clearTimeout(timer);
  // While a large board is still reaching the canvas, the write (a copy of all of it, which blocks the page) waits for
  // the end of that, when opening writes it anyway; leaving the page or the board writes at once.
  const later = () => {
    if (isOpening()) timer = setTimeout(later, SAVE_DELAY_MS);
    else void flushSave();
  };
  timer = setTimeout(later, SAVE_DELAY_MS);
}

/** Say what the page is busy with (the progress overlay), and let that paint before the work blocks the page. */
export async function showProgress(label: string): Promise<void> {
  useAppStore.setState({ progress: label });
  await nextPaint();
}

let opens = 0;

async function open(board: Board): Promise<void> {
  const mine = ++opens;
  // A large board reaches the canvas a slice per frame, with its progress on the canvas (src/store/opening.ts); the
  // board store gets all of it now, so an edit meanwhile is an edit to the whole board, and so is any save. Its feed
  // order is worked out in a task of its own, before the one that loads it (each is a pass over every node).
  const rank = board.nodes.length >= LARGE_BOARD_NODES ? feedOrder((board as EditorBoard).nodes) : undefined;
  if (rank) {
    await nextTask();
    if (mine !== opens) return; // another board opened meanwhile
  }
  // Unless the mini map is on (it draws every node React Flow has), React Flow gets what is around the view only.
  const fed = rank ? feedCanvas(board.id, rank, useAppStore.getState().miniMap !== true) : (endFeed(), undefined);
  useBoardStore.getState().loadBoard(board as EditorBoard);
  savedBoard = undefined;
  if (fed) {
    // Another board opened meanwhile: that opening writes and says what it opened.
    if (!(await fed)) return;
    notify('info', `“${board.name}” has ${board.nodes.length.toLocaleString('en')} nodes, so it opens on its top-left corner. Fit to screen (Shift+1) shows all of it, which takes a while to draw.`);
  }
  // The first write of a large board (a 10 MB copy into IndexedDB) waits until the canvas has all of it.
  if (storageWorks) {
    await flushSave();
    await writeLastId(board.id).then(() => (storedLast = board.id), () => undefined);
  }
}

export async function startPersistence(): Promise<void> {
  let first: Board | undefined;
  try {
    // The entry (src/main.tsx) started reading the stored boards: that read is used, unless a pending copy has
    // been written into the store since it started.
    const early = takeEarlyRead();
    const recovered = await recoverPendingCopy();
    const library = await readLibrary(recovered ? undefined : early);
    useAppStore.setState({ boards: library.metas });
    if (library.setAside.length > 0) {
      notify('warning', `${library.setAside.length} stored board(s) could not be read. They were set aside, not deleted.`, undefined, 0);
    }
    const candidates = [library.lastId, ...library.metas.map((m) => m.id)].filter((id): id is string => !!id);
    for (const id of candidates) {
      first = library.boards.get(id) ?? (await fromText(id, library.texts.get(id), library.metas));
      if (first) break;
    }
  } catch (error) {
    storageWorks = false;
    notify('error', `Saved boards cannot be read in this browser (${(error as Error)?.message ?? error}). Boards you make now live in memory only: export them as JSON to keep them.`);
  }
  useAppStore.setState({ ready: true });
  await open(first ?? createBoard('My first design'));
  useBoardStore.subscribe((s, prev) => {
    // Selecting or measuring is not a change to save.
    if (s.board !== prev.board && !sameDocument(s.board, prev.board)) scheduleSave();
  });
  const flushIfHidden = () => {
    if (document.visibilityState === 'hidden') void flushSave();
  };
  addEventListener('pagehide', () => {
    // Anything not yet known to be stored (a change waiting for autosave, or writes still under way, as right after
    // a board is opened) is copied synchronously: the page may close before IndexedDB finishes. The next start
    // stores the copy and opens it.
    const board = useBoardStore.getState().board;
    const stored = timer === undefined && savedBoard !== undefined && sameDocument(savedBoard, board) && storedLast === board.id;
    if (storageWorks && !stored) writePendingCopy(board as Board);
    void flushSave();
  });
  document.addEventListener('visibilitychange', flushIfHidden);
  otherTabs?.addEventListener('message', (event: MessageEvent<SavedMessage>) => void onSavedElsewhere(event.data));
}

/** A board stored as text, opened at start-up: parsed off the page's thread with the progress up (library.ts). */
async function fromText(id: string, json: string | undefined, metas: BoardMeta[]): Promise<Board | undefined> {
  if (json === undefined) return undefined;
  const name = metas.find((m) => m.id === id)?.name ?? 'board';
  useAppStore.setState({ progress: `Reading “${name}” (${(json.length / 1048576).toFixed(1)} MB)…` });
  try {
    const board = await (await import('./stored-text')).storedText(json);
    if (!board) notify('error', `“${name}” could not be read from storage.`);
    return board;
  } finally {
    useAppStore.setState({ progress: null });
  }
}

async function onSavedElsewhere(message: SavedMessage): Promise<void> {
  if (message.id !== useBoardStore.getState().board.id) {
    const board = await readBoard(message.id);
    if (board) upsertMeta({ id: board.id, name: board.name, savedAt: message.savedAt });
    return;
  }
  if (timer !== undefined) {
    notify('warning', 'This board is also being edited in another tab. The last change saved is the one kept.');
    return;
  }
  const board = await readBoard(message.id);
  if (!board) return;
  useBoardStore.getState().loadBoard(board as EditorBoard);
  savedBoard = useBoardStore.getState().board;
  notify('info', 'This board was changed in another tab: it now shows the latest version.');
}

/**
 * Before the open board is replaced: save it. A board that cannot be saved (storage full or unavailable) stays
 * open, unless the user takes the offered download of it first.
 */
async function leaveOpenBoard(next: () => Promise<void>): Promise<boolean> {
  await flushSave();
  const board = useBoardStore.getState().board;
  const unsaved = !storageWorks || useAppStore.getState().save.state === 'error';
  if (!unsaved || board.nodes.length === 0) return true;
  notify('error', `“${board.name}” is not saved, so it stays open. Download it as a file first, then go on.`, {
    label: 'Download and go on',
    run: () => {
      if (downloadOrSay(board as Board)) void next();
    },
  });
  return false;
}

/** Download the board as JSON; if the file cannot be made, say so (the board stays open). */
function downloadOrSay(board: Board): boolean {
  try {
    downloadBoardFile(board);
    return true;
  } catch (error) {
    notify('error', `“${board.name}” could not be made into a file (${(error as Error)?.message ?? String(error)}), so it stays open.`);
    return false;
  }
}

export async function switchBoard(id: string): Promise<void> {
  if (id === useBoardStore.getState().board.id) return;
  if (await leaveOpenBoard(() => showBoard(id))) await showBoard(id);
}

async function showBoard(id: string): Promise<void> {
  const board = await readBoard(id);
  if (!board) {
    notify('error', 'That board could not be read from storage.');
    return;
  }
  await open(board);
}

/** Open a board as a new board (blank, template, import, link): it never overwrites the open one. */
export async function openAsNewBoard(board: Board, options: { keepName?: boolean } = {}): Promise<void> {
  const fresh: Board = { ...board, id: newId('b') };
  if (!options.keepName) fresh.name = uniqueName(board.name);
  if (await leaveOpenBoard(() => open(fresh))) await open(fresh);
}

const uniqueName = (name: string) => freeBoardName(name, new Set(useAppStore.getState().boards.map((b) => b.name)));

/** Store `board` as a new board of the list (a new id, `name` made unique) without opening it; returns its name. */
export async function storeCopy(board: Board, name: string): Promise<string> {
  const copy: Board = { ...board, id: newId('b'), name: uniqueName(name) };
  const savedAt = await writeBoard(copy);
  upsertMeta({ id: copy.id, name: copy.name, savedAt });
  return copy.name;
}

export async function newBlankBoard(): Promise<void> {
  await openAsNewBoard(createBoard('Untitled board'));
}

export async function duplicateBoard(id: string): Promise<void> {
  await flushSave();
  const board = id === useBoardStore.getState().board.id ? (useBoardStore.getState().board as Board) : await readBoard(id);
  if (board) await openAsNewBoard({ ...board, name: `${board.name} copy` });
}

export async function renameBoardById(id: string, name: string): Promise<void> {
  if (id === useBoardStore.getState().board.id) {
    useBoardStore.getState().apply((b) => renameBoard(b, name));
    await flushSave();
    return;
  }
  const board = await readBoard(id);
  if (!board) return;
  const savedAt = await writeBoard({ ...board, name });
  upsertMeta({ id, name, savedAt });
}

export async function deleteBoardById(id: string): Promise<void> {
  await flushSave();
  const meta = useAppStore.getState().boards.find((b) => b.id === id);
  await trashBoard(id);
  useAppStore.setState((s) => ({ boards: s.boards.filter((b) => b.id !== id) }));
  if (id === useBoardStore.getState().board.id) {
    const next = useAppStore.getState().boards[0];
    const board = next ? await readBoard(next.id) : undefined;
    await open(board ?? createBoard('Untitled board'));
  }
  notify('info', `Deleted “${meta?.name ?? 'board'}”.`, {
    label: 'Undo',
    run: async () => {
      if (await untrashBoard(id)) {
        const board = await readBoard(id);
        if (board) {
          await flushSave();
          await open(board);
        }
      }
    },
  });
}
