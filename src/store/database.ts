// The app's IndexedDB database ("mlsd-board", one object store "kv"; keys in ./library.ts). Kept apart from
// library.ts, which parses boards (zod), so that the entry (src/main.tsx) can start reading the stored boards
// while the rest of the app downloads and evaluates: only idb-keyval comes with it.
import { createStore, entries, type UseStore } from 'idb-keyval';

let db: UseStore | undefined;
export const store = (): UseStore => (db ??= createStore('mlsd-board', 'kv'));

export type Entries = [IDBValidKey, unknown][];
let early: Promise<Entries> | undefined;

/**
 * Start reading every stored entry (opening the database takes a few hundred milliseconds in a fresh profile).
 * Writes nothing. A failure is reported by startPersistence, which awaits this read.
 */
export function startReadingStorage(): void {
  try {
    early = entries(store());
    early.catch(() => undefined); // handled where it is awaited
  } catch {
    // No IndexedDB at all: startPersistence's own read fails and reports it.
  }
}

/** The read started by startReadingStorage, once (undefined if none was started or it was taken already). */
export function takeEarlyRead(): Promise<Entries> | undefined {
  const read = early;
  early = undefined;
  return read;
}
