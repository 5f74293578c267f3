// Real server processes on loopback ports, Redis when a test needs it, and Hocuspocus clients in Node: what the
// server tests and the load benchmark drive.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createBoard, createNode, type Board } from '../../src/domain/board';
import { applyBoardChange, readBoard } from '../../src/sync/board-doc';
import { parseSyncError, type NewRoom, type SyncError } from '../../src/sync/protocol';

const ROOT = path.resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `mlsd-${prefix}-`));
}

/** Resolve when `pattern` appears in the process's output; reject if it exits first or takes too long. */
function waitForLine(proc: ChildProcess, pattern: RegExp, what: string, timeoutMs = 60_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}) before it was ready:\n${output}`));
    });
  });
}

// Every process a test starts is killed when the test's worker exits, even when a timed-out hook never got the
// handle to stop it: a server left running would hold its port and CPU on a shared machine.
const started = new Set<ChildProcess>();
process.once('exit', () => started.forEach((p) => p.kill('SIGKILL')));
function track(proc: ChildProcess): void {
  started.add(proc);
  proc.once('exit', () => started.delete(proc));
}

export type ServerProcess = { port: number; url: string; http: string; proc: ChildProcess; log: () => string; stop: () => Promise<void>; kill: () => Promise<void> };

/** `npm run server`'s program in its own process, on a free loopback port. */
export async function startServer(env: Record<string, string>, port = 0): Promise<ServerProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/index.ts')], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DIST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(proc);
  let log = '';
  proc.stdout!.on('data', (c: Buffer) => (log += c.toString()));
  proc.stderr!.on('data', (c: Buffer) => (log += c.toString()));
  const match = await waitForLine(proc, /listening on http:\/\/[^:]+:(\d+)/, 'The server');
  const actual = Number(match[1]);
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    await exited;
  };
  return {
    port: actual,
    url: `ws://127.0.0.1:${actual}`,
    http: `http://127.0.0.1:${actual}`,
    proc,
    log: () => log,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}

/** Debian's redis-server on a free loopback port, keeping nothing on disk. */
export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const proc = spawn('/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(proc);
  await waitForLine(proc, /Ready to accept connections/, 'redis-server');
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

export async function createRoom(server: { http: string }): Promise<NewRoom> {
  const res = await fetch(`${server.http}/api/rooms`, { method: 'POST' });
  if (res.status !== 201) throw new Error(`POST /api/rooms answered ${res.status}`);
  return (await res.json()) as NewRoom;
}

export type Client = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  errors: SyncError[];
  authFailure: () => string | null;
  scope: () => string | null;
  closes: { code: number; reason: string }[];
  synced: () => Promise<void>;
  /** Every local change acknowledged by the server. */
  saved: () => Promise<void>;
  destroy: () => void;
};

export function connect(url: string, room: string, token: string): Client {
  const doc = new Y.Doc();
  const errors: SyncError[] = [];
  const closes: { code: number; reason: string }[] = [];
  let authFailure: string | null = null;
  let scope: string | null = null;
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 100, minDelay: 100, maxDelay: 1000, maxAttempts: 0 });
  socket.on('close', ({ event }: { event: { code: number; reason: unknown } }) => closes.push({ code: event.code, reason: String(event.reason) }));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token,
    onStateless: ({ payload }) => {
      const error = parseSyncError(payload);
      if (error) errors.push(error);
    },
    onAuthenticationFailed: ({ reason }) => (authFailure = reason),
    onAuthenticated: (data) => (scope = (data as { scope?: string }).scope ?? null),
  });
  provider.attach();
  return {
    doc,
    provider,
    errors,
    closes,
    authFailure: () => authFailure,
    scope: () => scope,
    synced: () => waitFor(() => provider.isSynced, 'initial sync'),
    saved: () => waitFor(() => provider.isSynced && !provider.hasUnsyncedChanges, 'all changes acknowledged'),
    destroy: () => {
      // Closing a socket still connecting makes ws emit an error on the next tick; at teardown it is expected.
      const ws = (socket as unknown as { webSocket?: { on?: (event: string, listener: () => void) => void } | null }).webSocket;
      ws?.on?.('error', () => {});
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

// The board both server test files edit, and how they read and rename in it.
export const read = (doc: Y.Doc): Board | null => {
  const r = readBoard(doc);
  return r.ok ? r.board : null;
};

export function sampleBoard(): Board {
  const a = { ...createNode('feature-store', { x: 0, y: 0 }), id: 'fs' };
  const b = { ...createNode('model-card', { x: 300, y: 0 }), id: 'model' };
  return { ...createBoard('Mock interview', 'b_mock'), nodes: [a, b] };
}

export function rename(client: Client, id: string, label: string): void {
  const prev = read(client.doc)!;
  applyBoardChange(client.doc, prev, { ...prev, nodes: prev.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, label } } : n)) });
}

export const labelOf = (client: Client, id: string) => read(client.doc)?.nodes.find((n) => n.id === id)?.data.label;
