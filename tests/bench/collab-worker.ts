// One process of simulated clients for tests/bench/collab.ts (fifty clients in one Node process would measure
// that process's queue, not the server). Driven over IPC: "setup" connects the clients, "go" starts the edits at a
// shared moment, and the process answers with what it sent and what arrived when.
import * as Y from 'yjs';
import type { Board } from '../../src/domain/board';
import { applyBoardChange, readBoard } from '../../src/sync/board-doc';
import { connect, waitFor, type Client } from '../server/harness';

/** `observer`: an extra client that only watches (its arrivals are measured apart from the editing clients'). */
export type Member = { room: string; token: string; nodeId: string; roomNodes: number; observer?: boolean };
export type WorkerSetup = { type: 'setup'; url: string; members: Member[] };
export type WorkerGo = { type: 'go'; at: number; seconds: number; rate: number };
/** `unacknowledged`: clients whose own edits the server had still not acknowledged when the worker gave up waiting. */
export type WorkerReport = { type: 'report'; sent: Record<string, number>; latencies: number[]; observed: number[]; unacknowledged: number };

/** Wall-clock milliseconds with sub-millisecond resolution, comparable between processes on one machine. */
const now = () => performance.timeOrigin + performance.now();

let clients: { client: Client; member: Member }[] = [];
const latencies: number[] = [];
const observed: number[] = [];

process.on('message', async (message: WorkerSetup | WorkerGo | { type: 'stop' }) => {
  if (message.type === 'setup') {
    clients = message.members.map((member) => ({ client: connect(message.url, member.room, member.token), member }));
    await Promise.all(clients.map((c) => c.client.synced()));
    await waitFor(
      () => clients.every(({ client, member }) => {
        const r = readBoard(client.doc);
        return r.ok && r.board.nodes.length === member.roomNodes;
      }),
      'every board in this worker',
      60_000,
    );
    for (const { client, member } of clients) {
      const into = member.observer ? observed : latencies;
      // An arrival: a node's position changed by someone else; its send time travels with it (data.sentAt).
      client.doc.getMap('nodes').observeDeep((events, tx) => {
        if (tx.local) return;
        const t = now();
        for (const e of events) {
          if (!(e instanceof Y.YMapEvent) || !e.keysChanged.has('position')) continue;
          const sentAt = ((e.target as Y.Map<unknown>).get('extra') as Y.Map<number> | undefined)?.get('sentAt');
          if (typeof sentAt === 'number') into.push(t - sentAt);
        }
      });
    }
    process.send!({ type: 'ready' });
  } else if (message.type === 'go') {
    const sent: Record<string, number> = {};
    await new Promise((r) => setTimeout(r, Math.max(0, message.at - now())));
    const end = message.at + message.seconds * 1000;
    const stops = clients.filter((c) => !c.member.observer).map(({ client, member }) => {
      // As the app's store will: it holds the board, and an edit is a diff of two boards (only this node differs).
      const board = (readBoard(client.doc) as { ok: true; board: Board }).board;
      let mine: Board = { ...board, nodes: board.nodes.filter((n) => n.id === member.nodeId) };
      // From 1: the nodes start at x = 0, and moving a node to where it is changes nothing.
      let seq = 1;
      sent[member.nodeId] = 0;
      const edit = () => {
        if (now() > end) return;
        const next: Board = {
          ...mine,
          nodes: mine.nodes.map((n) => ({ ...n, position: { x: seq, y: n.position.y }, data: { ...n.data, sentAt: now() } })),
        };
        applyBoardChange(client.doc, mine, next);
        mine = next;
        sent[member.nodeId] = seq++;
      };
      // Spread the clients' ticks over the interval, as real people's edits are.
      let interval: ReturnType<typeof setInterval> | undefined;
      const start = setTimeout(() => (interval = setInterval(edit, 1000 / message.rate)), Math.random() * (1000 / message.rate));
      return () => {
        clearTimeout(start);
        clearInterval(interval);
      };
    });
    await new Promise((r) => setTimeout(r, end - now() + 20));
    stops.forEach((stop) => stop());
    // Let the last edits arrive: report once nothing has arrived for two seconds (the orchestrator checks the counts).
    let seen = -1;
    for (let quiet = 0; quiet < 4 && now() < end + 60_000; ) {
      await new Promise((r) => setTimeout(r, 500));
      quiet = latencies.length + observed.length === seen ? quiet + 1 : 0;
      seen = latencies.length + observed.length;
    }
    // "Nothing lost" is checked by a client joining afterwards: only meaningful once the server has every edit, so
    // wait until each client's own edits are acknowledged (on a starved machine they may still be queued).
    const editors = clients.filter((c) => !c.member.observer).map((c) => c.client);
    const drained = () => editors.every((c) => !c.provider.hasUnsyncedChanges);
    for (const limit = now() + 180_000; !drained() && now() < limit; ) await new Promise((r) => setTimeout(r, 250));
    const unacknowledged = editors.filter((c) => c.provider.hasUnsyncedChanges).length;
    const report: WorkerReport = { type: 'report', sent, latencies, observed, unacknowledged };
    process.send!(report);
  } else {
    clients.forEach(({ client }) => client.destroy());
    process.exit(0);
  }
});
