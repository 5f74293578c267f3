// Load on the collaboration server: 50 simulated clients, each moving its own node 5 times a second, first all in
// one room, then spread over 20 rooms. For each edit: the time until it arrives at every other client in its room
// (median and 99th percentile over all arrivals), whether every edit arrived (nothing lost), and the server
// process's memory and CPU. The clients run in this process (Node, Hocuspocus provider over real WebSockets), the
// server in its own (`npm run server`'s program, SQLite on a temp dir), both on this machine: on 2 busy cores the
// clients' own work is part of the latency.
//
// Alone: npx tsx tests/bench/collab.ts [--seconds 60] [--clients 50] [--rate 5]
// In `npm run bench` (part "collab"); COLLAB_BENCH_SECONDS sets the duration there (default 60).
import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { createBoard, createNode, type Board } from '../../src/domain/board';
import { applyBoardChange, readBoard, writeBoard } from '../../src/sync/board-doc';
import { connect, createRoom, startServer, tempDir, waitFor, type Client, type ServerProcess } from '../server/harness';
import type { BenchRow } from './types';

type Options = { seconds: number; clients: number; rate: number };

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** CPU seconds and resident memory of a process, from /proc (Linux). */
function sample(pid: number): { cpu: number; rss: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime, in 1/100 s
  const rss = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  return { cpu: ticks / 100, rss };
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
  serverPeakRssMiB: number;
  serverIdleRssMiB: number;
  finalStateComplete: boolean;
};

async function scenario(server: ServerProcess, name: string, rooms_: number, opts: Options): Promise<Result> {
  const roomCount = Math.min(rooms_, opts.clients);
  const idle = sample(server.proc.pid!);
  // Rooms, each with a board holding one node per client of the room.
  const rooms = await Promise.all(Array.from({ length: roomCount }, () => createRoom(server)));
  const members: { client: Client; room: number; nodeId: string }[] = [];
  for (let i = 0; i < opts.clients; i++) {
    const room = i % roomCount;
    members.push({ client: connect(server.url, rooms[room].room, rooms[room].editorToken), room, nodeId: `n${i}` });
  }
  await Promise.all(members.map((m) => m.client.synced()));
  for (let r = 0; r < roomCount; r++) {
    const inRoom = members.filter((m) => m.room === r);
    const board: Board = { ...createBoard(`Room ${r}`, `b${r}`), nodes: inRoom.map((m, k) => ({ ...createNode('note', { x: 0, y: k * 100 }), id: m.nodeId })) };
    writeBoard(inRoom[0].client.doc, board);
  }
  await waitFor(() => members.every((m) => readBoard(m.client.doc).ok && (readBoard(m.client.doc) as { board: Board }).board.nodes.length === members.filter((x) => x.room === m.room).length), 'every board everywhere', 30_000);

  // Sent edits: node id -> sequence number -> time sent. Arrivals are seen by each receiver's observer.
  const sentAt = new Map<string, Map<number, number>>();
  const latencies: number[] = [];
  let arrived = 0;
  for (const m of members) {
    sentAt.set(m.nodeId, new Map());
    m.client.doc.getMap('nodes').observeDeep((events, tx) => {
      if (tx.local) return;
      const now = performance.now();
      for (const e of events) {
        if (!(e instanceof Y.YMapEvent) || !e.keysChanged.has('position')) continue;
        const id = e.path[0] as string;
        const seq = (e.target.get('position') as { x: number }).x;
        const at = sentAt.get(id)?.get(seq);
        if (at === undefined) continue;
        latencies.push(now - at);
        arrived++;
      }
    });
  }

  const before = sample(server.proc.pid!);
  let peakRss = before.rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, sample(server.proc.pid!).rss)), 500);
  const started = performance.now();
  const timers = members.map((m) => {
    // From 1: the nodes start at x = 0, and moving a node to where it is changes nothing.
    let seq = 1;
    // As the app's store will: it holds the board, so an edit is a diff of two boards, no reading of the document.
    // Only this client's node differs, so the boards need hold only it.
    const board = (readBoard(m.client.doc) as { board: Board }).board;
    let mine = { ...board, nodes: board.nodes.filter((n) => n.id === m.nodeId) };
    const edit = () => {
      if (performance.now() - started > opts.seconds * 1000) return;
      const next = { ...mine, nodes: mine.nodes.map((n) => ({ ...n, position: { x: seq, y: n.position.y } })) };
      sentAt.get(m.nodeId)!.set(seq, performance.now());
      applyBoardChange(m.client.doc, mine, next);
      mine = next;
      seq++;
    };
    // Spread the clients' ticks over the interval, as real people's edits are.
    let interval: ReturnType<typeof setInterval> | undefined;
    const start = setTimeout(() => (interval = setInterval(edit, 1000 / opts.rate)), Math.random() * (1000 / opts.rate));
    return () => {
      clearTimeout(start);
      clearInterval(interval);
    };
  });
  await new Promise((r) => setTimeout(r, opts.seconds * 1000 + 50));
  timers.forEach((stop) => stop());
  const elapsed = (performance.now() - started) / 1000;
  const after = sample(server.proc.pid!);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, after.rss);

  const edits = [...sentAt.values()].reduce((s, a) => s + a.size, 0);
  const roomSize = (r: number) => members.filter((m) => m.room === r).length;
  const expected = members.reduce((s, m) => s + sentAt.get(m.nodeId)!.size * (roomSize(m.room) - 1), 0);
  await waitFor(() => arrived >= expected, 'every edit at every other client', 30_000).catch(() => undefined);

  // Nothing lost: a client joining afterwards sees each node at its owner's last position.
  let finalStateComplete = true;
  for (let r = 0; r < roomCount; r++) {
    const late = connect(server.url, rooms[r].room, rooms[r].editorToken);
    await late.synced();
    const board = (readBoard(late.doc) as { board: Board }).board;
    for (const m of members.filter((x) => x.room === r)) {
      const last = sentAt.get(m.nodeId)!.size;
      if (board.nodes.find((n) => n.id === m.nodeId)?.position.x !== last) finalStateComplete = false;
    }
    late.destroy();
  }
  members.forEach((m) => m.client.destroy());

  latencies.sort((a, b) => a - b);
  return {
    name,
    rooms: roomCount,
    clients: opts.clients,
    edits,
    expected,
    arrived,
    medianMs: Math.round(percentile(latencies, 50) * 10) / 10,
    p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    maxMs: Math.round((latencies.at(-1) ?? NaN) * 10) / 10,
    serverCpuPercent: Math.round(((after.cpu - before.cpu) / elapsed) * 1000) / 10,
    serverPeakRssMiB: Math.round((peakRss / 1048576) * 10) / 10,
    serverIdleRssMiB: Math.round((idle.rss / 1048576) * 10) / 10,
    finalStateComplete,
  };
}

export async function runCollab(opts: Options): Promise<{ results: Result[]; rows: BenchRow[] }> {
  const dir = tempDir('bench');
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
    const note = `${r.edits} edits in ${opts.seconds} s, ${lost} of ${r.expected} arrivals missing${r.finalStateComplete ? '' : ', FINAL STATE INCOMPLETE'}`;
    return [
      { name: `collab ${r.name}: edit to arrival, median`, value: r.medianMs, unit: 'ms', note },
      { name: `collab ${r.name}: edit to arrival, p99`, value: r.p99Ms, unit: 'ms', note: `max ${r.maxMs} ms` },
      { name: `collab ${r.name}: server CPU`, value: r.serverCpuPercent, unit: '%', note: 'of one core, mean over the run' },
      { name: `collab ${r.name}: server memory`, value: r.serverPeakRssMiB, unit: 'MiB', note: `peak RSS (idle ${r.serverIdleRssMiB} MiB)` },
    ];
  });
  return { results, rows };
}

export async function run(): Promise<BenchRow[]> {
  return (await runCollab({ seconds: Number(process.env.COLLAB_BENCH_SECONDS || 60), clients: 50, rate: 5 })).rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const opts = { seconds: arg('seconds', 60), clients: arg('clients', 50), rate: arg('rate', 5) };
  const { results } = await runCollab(opts);
  console.log(JSON.stringify(results, null, 2));
}
