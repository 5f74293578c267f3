// Boards in IndexedDB. Keys: "board:<id>" → { savedAt, board } or, for a large board, { savedAt, name, json }
// (below), "aside:<id>:<time>" → a stored board that failed to parse (kept, never dropped), "trash:<id>" → a
// deleted board (restorable), "last" → the open board's id.
//
// A large board is stored as its JSON text. IndexedDB copies a value on the page's thread when it is written and
// again when it is read, and a copy of 20,000 nodes as objects is one task of 100–200 ms either way (seconds on a
// busy machine); a string is copied whole in a few milliseconds. So the text is built a slice at a time
// (./stored-text.ts, loaded when first needed), written with one `put` (so a save is whole or not at all: IndexedDB commits a transaction
// atomically, and a page closed mid-save leaves the board stored before), and parsed off the page's thread when read.
import { del, entries, get, set } from 'idb-keyval';
import { restoreBoard, serializeBoard, type Board } from '../domain/board';
import { store, type Entries } from './database';

export type BoardMeta = { id: string; name: string; savedAt: number };
type Stored = { savedAt: number; board: unknown } | { savedAt: number; name: string; json: string };

/** From this many nodes a board is stored as JSON text (the size at which the app calls a board large). */
export const STORED_AS_TEXT_NODES = 2000;

export type Library = {
  metas: BoardMeta[];
  lastId: string | undefined;
  setAside: string[];
  /** Every board stored as objects, parsed, by id: the board to open first comes from here rather than from a second read. */
  boards: Map<string, Board>;
  /** Every board stored as text, by id, not parsed yet: only the one opened is (storedText). */
  texts: Map<string, string>;
};

const isStored = (v: unknown): v is Stored =>
  typeof v === 'object' && v !== null && ('board' in v || ('json' in v && typeof v.json === 'string'));


/**
 * Read every stored board. Boards that fail to parse are moved aside (with their raw data) and named. `read` is a
 * read of every entry already under way (database.ts, startReadingStorage), if there is one.
 */
export async function readLibrary(read: Promise<Entries> = entries(store())): Promise<Library> {
  const all = (await read) as [string, unknown][];
  const metas: BoardMeta[] = [];
  const boards = new Map<string, Board>();
  const texts = new Map<string, string>();
  const setAside: string[] = [];
  let lastId: string | undefined;
  for (const [key, value] of all) {
    if (key === 'last') lastId = typeof value === 'string' ? value : undefined;
    if (!key.startsWith('board:')) continue;
    if (isStored(value) && 'json' in value) {
      // Parsed when opened: a board that then fails to restore is reported as unreadable.
      metas.push({ id: key.slice(6), name: String(value.name), savedAt: value.savedAt ?? 0 });
      texts.set(key.slice(6), value.json);
      continue;
    }
    const result = isStored(value) && 'board' in value ? restoreBoard(value.board) : undefined;
    if (result?.ok) {
      metas.push({ id: result.board.id, name: result.board.name, savedAt: (value as Stored).savedAt ?? 0 });
      boards.set(key.slice(6), result.board);
    } else {
      await set(`aside:${key.slice(6)}:${Date.now()}`, value, store());
      await del(key, store());
      setAside.push(key.slice(6));
    }
  }
  metas.sort((a, b) => b.savedAt - a.savedAt);
  return { metas, lastId, setAside, boards, texts };
}

export async function readBoard(id: string): Promise<Board | undefined> {
  const value = await get<unknown>(`board:${id}`, store());
  if (!isStored(value)) return undefined;
  if ('json' in value) return (await import('./stored-text')).storedText(value.json);
  const result = restoreBoard(value.board);
  return result.ok ? result.board : undefined;
}

/** Store the board (whole, in one put); a large one as its JSON text, built in slices. */
export async function writeBoard(board: Board): Promise<number> {
  const value: Stored =
    board.nodes.length >= STORED_AS_TEXT_NODES
      ? { savedAt: 0, name: board.name, json: await (await import('./stored-text')).boardJsonInSlices(board) }
      : { savedAt: 0, board: serializeBoard(board) };
  value.savedAt = Date.now();
  await set(`board:${board.id}`, value, store());
  return value.savedAt;
}

export async function writeLastId(id: string): Promise<void> {
  await set('last', id, store());
}

/** Deleting moves the board to the trash, so the toast's Undo can bring it back. */
export async function trashBoard(id: string): Promise<void> {
  const value = await get(`board:${id}`, store());
  if (value !== undefined) await set(`trash:${id}`, value, store());
  await del(`board:${id}`, store());
}

export async function untrashBoard(id: string): Promise<boolean> {
  const value = await get(`trash:${id}`, store());
  if (value === undefined) return false;
  await set(`board:${id}`, value, store());
  await del(`trash:${id}`, store());
  return true;
}

export function describeWriteError(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'QuotaExceededError') {
    return 'Storage is full, so this board is not saved. It stays open in memory: export it as JSON to keep a copy, or free some space.';
  }
  return `This board could not be saved (${(error as Error)?.message ?? String(error)}). It stays open in memory: export it as JSON to keep a copy.`;
}

export async function readBoardSavedAt(id: string): Promise<number | undefined> {
  const value = await get<unknown>(`board:${id}`, store());
  return isStored(value) ? value.savedAt : undefined;
}
