// Boards in IndexedDB. Keys: "board:<id>" → { savedAt, board }, "aside:<id>:<time>" → a stored board that
// failed to parse (kept, never dropped), "trash:<id>" → a deleted board (restorable), "last" → the open board's id.
import { del, entries, get, set } from 'idb-keyval';
import { restoreBoard, serializeBoard, type Board } from '../domain/board';
import { store, type Entries } from './database';

export type BoardMeta = { id: string; name: string; savedAt: number };
type Stored = { savedAt: number; board: unknown };

export type Library = {
  metas: BoardMeta[];
  lastId: string | undefined;
  setAside: string[];
  /** Every board read, parsed, by id: the board to open first comes from here rather than from a second read. */
  boards: Map<string, Board>;
};

const isStored = (v: unknown): v is Stored => typeof v === 'object' && v !== null && 'board' in v;

/**
 * Read every stored board. Boards that fail to parse are moved aside (with their raw data) and named. `read` is a
 * read of every entry already under way (database.ts, startReadingStorage), if there is one.
 */
export async function readLibrary(read: Promise<Entries> = entries(store())): Promise<Library> {
  const all = (await read) as [string, unknown][];
  const metas: BoardMeta[] = [];
  const boards = new Map<string, Board>();
  const setAside: string[] = [];
  let lastId: string | undefined;
  for (const [key, value] of all) {
    if (key === 'last') lastId = typeof value === 'string' ? value : undefined;
    if (!key.startsWith('board:')) continue;
    const result = isStored(value) ? restoreBoard(value.board) : undefined;
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
  return { metas, lastId, setAside, boards };
}

export async function readBoard(id: string): Promise<Board | undefined> {
  const value = await get<unknown>(`board:${id}`, store());
  if (!isStored(value)) return undefined;
  const result = restoreBoard(value.board);
  return result.ok ? result.board : undefined;
}

export async function writeBoard(board: Board): Promise<number> {
  const savedAt = Date.now();
  await set(`board:${board.id}`, { savedAt, board: serializeBoard(board) } satisfies Stored, store());
  return savedAt;
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
