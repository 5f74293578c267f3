// Rooms' documents in SQLite (better-sqlite3: synchronous, embedded, no server to run).
//
// Every update a room receives is appended to the `updates` table inside the Yjs transaction that applies it,
// before Hocuspocus acknowledges it to the client: an acknowledged edit is on disk, so killing the server at any
// moment loses nothing the client was told was saved. Hocuspocus's debounced store (a few seconds after edits
// stop, and when a room empties) folds the log into one compact state per room. Several processes may share the
// file (WAL mode); the fold merges what is on disk rather than overwriting it with one process's copy.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Extension } from '@hocuspocus/server';
import * as Y from 'yjs';

export class SqliteStore {
  readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, Uint8Array]>;

  constructor(file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    // First, so that processes opening the file at the same moment wait for each other instead of failing.
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed write survives the process being killed (not necessarily a power cut).
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, seq);
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
    this.insert = this.db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)');
  }

  /** The signing key for room tokens: created once, shared by every process using this file. */
  secret(): string {
    this.db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('secret', randomBytes(32).toString('base64url'));
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get('secret') as { value: string }).value;
  }

  /** The room's whole state (the folded state and the log since), or null for a room never written. */
  load(name: string): Uint8Array | null {
    const row = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(name) as { state: Uint8Array } | undefined;
    const log = (this.db.prepare('SELECT data FROM updates WHERE name = ? ORDER BY seq').all(name) as { data: Uint8Array }[]).map((r) => r.data);
    const parts = row ? [row.state, ...log] : log;
    return parts.length ? Y.mergeUpdates(parts) : null;
  }

  append(name: string, update: Uint8Array): void {
    this.insert.run(name, update);
  }

  /** Fold the room's log into its state, in one transaction (a crash leaves either the old or the new form). */
  compact(name: string): void {
    this.db.transaction(() => {
      const upto = (this.db.prepare('SELECT MAX(seq) AS seq FROM updates WHERE name = ?').get(name) as { seq: number | null }).seq;
      if (upto === null) return;
      const row = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(name) as { state: Uint8Array } | undefined;
      const log = this.db.prepare('SELECT data FROM updates WHERE name = ? AND seq <= ? ORDER BY seq').all(name, upto) as { data: Uint8Array }[];
      // Through a Y.Doc rather than Y.mergeUpdates, so deleted content is garbage-collected.
      const doc = new Y.Doc();
      if (row) Y.applyUpdate(doc, row.state);
      for (const r of log) Y.applyUpdate(doc, r.data);
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      this.db.prepare('INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at')
        .run(name, state, Date.now());
      this.db.prepare('DELETE FROM updates WHERE name = ? AND seq <= ?').run(name, upto);
    }).immediate(); // take the write lock first: another process appending meanwhile waits, never fails
  }

  close(): void {
    this.db.close();
  }
}

export function sqlitePersistence(store: SqliteStore): Extension {
  return {
    extensionName: 'mlsd-sqlite',
    async onLoadDocument({ document, documentName }) {
      const state = store.load(documentName);
      if (state) Y.applyUpdate(document, state);
      // From here on, each update is written before the transaction that applies it returns (see the top).
      document.on('update', (update: Uint8Array) => store.append(documentName, update));
    },
    async onStoreDocument({ documentName }) {
      store.compact(documentName);
    },
  };
}
