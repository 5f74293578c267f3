// Load on the collaboration server: 50 simulated clients, each moving its own node 5 times a second, first all in
// one room, then spread over 20 rooms. For each edit: the time until it arrives at every other client in its room
// (median and 99th percentile over all arrivals), whether every edit arrived (nothing lost), and the server
// process's memory and CPU. The server runs in its own process (`npm run server`'s program, SQLite in a temp
// dir); the clients (Hocuspocus providers over real WebSockets) in WORKERS other processes
// (tests/bench/collab-worker.ts), all on this machine: on 2 busy cores the clients' own work is part of the latency.
// So one more process holds one idle observer per room, which edits nothing: its arrival times are the server's and
// the network's part (plus its own small share), reported apart.
//
// Alone: npx tsx tests/bench/collab.ts [--seconds 60] [--clients 50] [--rate 5]
// In `npm run bench` (part "collab"); COLLAB_BENCH_SECONDS sets the duration there (default 60).
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBoard, createNode, type Board } from '../../src/domain/board';
import { readBoard, writeBoard } from '../../src/sync/board-doc';
import { connect, createRoom, startServer, tempDir, waitFor, type ServerProcess } from '../server/harness';
import type { Member, WorkerReport } from './collab-worker';
import type { BenchRow } from './types';

type Options = { seconds: number; clients: number; rate: number };

const WORKERS = 4;

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/** CPU seconds and resident memory of a process, from /proc (Linux). */
function sample(pid: number): { cpu: number; rss: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime, in 1/100 s
  const rss = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  return { cpu: ticks / 100, rss };
}

function next<T>(worker: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { type: string }) => {
      if (m.type !== type) return;
      worker.off('message', onMessage);
      resolve(m as T);
    };
    worker.on('message', onMessage);
    worker.once('exit', (code) => reject(new Error(`a bench worker exited (${code})`)));
  });
}

type Result = {
  name: string;
  rooms: number;
  clients: number;
  edits: number;
  expected: number;
  arrived: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  serverCpuPercent: number;
  /** Server CPU per edit received (each forwarded to the room's other clients): comparable between loaded and idle runs. */
  serverCpuMsPerEdit: number;
  serverPeakRssMiB: number;
  serverIdleRssMiB: number;
  finalStateComplete: boolean;
  /** Clients whose edits the server had not all acknowledged when the final state was read (then it cannot be complete). */
  unacknowledged: number;
  observerMedianMs: number;
  observerP99Ms: number;
  observerArrived: number;
  observerExpected: number;
  /** The machine's 1-minute load average before and after: other work on the machine delays everything. */
  load: [number, number];
};

const round1 = (x: number) => Math.round(x * 10) / 10;

async function scenario(server: ServerProcess, name: string, wantedRooms: number, opts: Options): Promise<Result> {
  const roomCount = Math.min(wantedRooms, opts.clients);
  const loadBefore = loadavg()[0];
  const idle = sample(server.proc.pid!);
  const rooms = await Promise.all(Array.from({ length: roomCount }, () => createRoom(server)));
  const roomOf = (i: number) => i % roomCount;
  const size = (r: number) => Array.from({ length: opts.clients }, (_, i) => i).filter((i) => roomOf(i) === r).length;
  // Each room starts with one node per client in it, written by a client of this process.
  for (let r = 0; r < roomCount; r++) {
    const seeder = connect(server.url, rooms[r].room, rooms[r].editorToken);
    await seeder.synced();
    const ids = Array.from({ length: opts.clients }, (_, i) => i).filter((i) => roomOf(i) === r);
    const board: Board = { ...createBoard(`Room ${r}`, `b${r}`), nodes: ids.map((i, k) => ({ ...createNode('note', { x: 0, y: k * 100 }), id: `n${i}` })) };
    writeBoard(seeder.doc, board);
    await seeder.saved();
    seeder.destroy();
  }
  const members: Member[] = Array.from({ length: opts.clients }, (_, i) => ({
    room: rooms[roomOf(i)].room, token: rooms[roomOf(i)].editorToken, nodeId: `n${i}`, roomNodes: size(roomOf(i)),
  }));
  const observers: Member[] = rooms.map((r, k) => ({ room: r.room, token: r.editorToken, nodeId: `observer${k}`, roomNodes: size(k), observer: true }));
  const workers = Array.from({ length: WORKERS + 1 }, () =>
    fork(path.join(import.meta.dirname, 'collab-worker.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' }),
  );
  try {
    await Promise.all(workers.map((w, k) => {
      const ready = next(w, 'ready');
      w.send({ type: 'setup', url: server.url, members: k === WORKERS ? observers : members.filter((_, i) => i % WORKERS === k) });
      return ready;
    }));
    const before = sample(server.proc.pid!);
    let peakRss = before.rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, sample(server.proc.pid!).rss)), 500);
    const at = performance.timeOrigin + performance.now() + 500;
    const reports = await Promise.all(workers.map((w) => {
      const report = next<WorkerReport>(w, 'report');
      w.send({ type: 'go', at, seconds: opts.seconds, rate: opts.rate });
      return report;
    }));
    clearInterval(sampler);
    // CPU over the edits and the drain after them (the workers report once nothing more arrives).
    const after = sample(server.proc.pid!);
    const elapsed = (performance.timeOrigin + performance.now() - at) / 1000;
    peakRss = Math.max(peakRss, after.rss);

    const sent: Record<string, number> = Object.assign({}, ...reports.map((r) => r.sent));
    const edits = Object.values(sent).reduce((s, n) => s + n, 0);
    const expected = members.reduce((s, m) => s + sent[m.nodeId] * (m.roomNodes - 1), 0);
    const latencies = reports.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const watched = reports.flatMap((r) => r.observed).sort((a, b) => a - b);

    // Nothing lost: a client joining afterwards sees each node at its owner's last position.
    let finalStateComplete = true;
    for (const room of rooms) {
      const late = connect(server.url, room.room, room.editorToken);
      // Generous: on a starved machine the server may still be draining the run's backlog.
      await waitFor(() => late.provider.isSynced, 'a late client synced', 180_000);
      const board = (readBoard(late.doc) as { ok: true; board: Board }).board;
      for (const m of members.filter((x) => x.room === room.room)) {
        if (board.nodes.find((n) => n.id === m.nodeId)?.position.x !== sent[m.nodeId]) finalStateComplete = false;
      }
      late.destroy();
    }
    return {
      name,
      rooms: roomCount,
      clients: opts.clients,
      edits,
      expected,
      arrived: latencies.length,
      medianMs: round1(percentile(latencies, 50)),
      p99Ms: round1(percentile(latencies, 99)),
      maxMs: round1(latencies.at(-1) ?? NaN),
      serverCpuPercent: round1(((after.cpu - before.cpu) / elapsed) * 100),
      serverCpuMsPerEdit: Math.round(((after.cpu - before.cpu) * 1000 / Math.max(1, edits)) * 100) / 100,
      serverPeakRssMiB: round1(peakRss / 1048576),
      serverIdleRssMiB: round1(idle.rss / 1048576),
      finalStateComplete,
      unacknowledged: reports.reduce((s, r) => s + r.unacknowledged, 0),
      observerMedianMs: round1(percentile(watched, 50)),
      observerP99Ms: round1(percentile(watched, 99)),
      observerArrived: watched.length,
      observerExpected: edits,
      load: [round1(loadBefore), round1(loadavg()[0])],
    };
  } finally {
    workers.forEach((w) => w.connected && w.send({ type: 'stop' }));
  }
}

export async function runCollab(opts: Options): Promise<{ results: Result[]; rows: BenchRow[] }> {
  const dir = process.env.COLLAB_BENCH_DIR ? fs.mkdtempSync(path.join(process.env.COLLAB_BENCH_DIR, 'mlsd-bench-')) : tempDir('bench');
  const server = await startServer({ DATABASE: path.join(dir, 'rooms.sqlite') });
  const results: Result[] = [];
  try {
    results.push(await scenario(server, `${opts.clients} clients, 1 room`, 1, opts));
    results.push(await scenario(server, `${opts.clients} clients, 20 rooms`, 20, opts));
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const rows: BenchRow[] = results.flatMap((r) => {
    const lost = r.expected - Math.min(r.arrived, r.expected);
    const note = `${r.edits} edits in ${opts.seconds} s; ${lost} of ${r.expected} arrivals missing${r.finalStateComplete ? '; final state complete' : '; FINAL STATE INCOMPLETE'}${r.unacknowledged ? ` (${r.unacknowledged} clients still had unacknowledged edits after 3 min)` : ''}`;
    return [
      { name: `collab ${r.name}: edit to arrival, median`, value: r.medianMs, unit: 'ms', note },
      { name: `collab ${r.name}: edit to arrival, p99`, value: r.p99Ms, unit: 'ms', note: `max ${r.maxMs} ms; machine load ${r.load[0]} → ${r.load[1]}` },
      { name: `collab ${r.name}: at an idle observer, median`, value: r.observerMedianMs, unit: 'ms', note: `${r.observerExpected - Math.min(r.observerArrived, r.observerExpected)} of ${r.observerExpected} missing` },
      { name: `collab ${r.name}: at an idle observer, p99`, value: r.observerP99Ms, unit: 'ms' },
      { name: `collab ${r.name}: server CPU`, value: r.serverCpuPercent, unit: '%', note: `of one core, mean over the run; ${r.serverCpuMsPerEdit} ms of CPU per edit` },
      { name: `collab ${r.name}: server memory`, value: r.serverPeakRssMiB, unit: 'MiB', note: `peak RSS (idle before: ${r.serverIdleRssMiB} MiB)` },
    ];
  });
  return { results, rows };
}

export async function run(): Promise<BenchRow[]> {
  return (await runCollab({ seconds: Number(process.env.COLLAB_BENCH_SECONDS || 60), clients: 50, rate: 5 })).rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opts = { seconds: arg('seconds', 60), clients: arg('clients', 50), rate: arg('rate', 5) };
  const { results } = await runCollab(opts);
  console.log(JSON.stringify(results, null, 2));
}
