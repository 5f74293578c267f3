// The collaboration server (server/), as real processes on loopback ports with Hocuspocus clients: rooms and
// tokens, convergence, viewers, limits, and a crash (two processes behind Redis: redis.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBoard } from '../../src/sync/board-doc';
import { ROOM_ID_PATTERN } from '../../src/sync/protocol';
import { readSharedPractice } from '../../src/sync/practice';
import { stepBudgets } from '../../src/domain/practice/pacing';
import { connect, createRoom, labelOf, read, rename, sampleBoard, startServer, tempDir, waitFor, type Client, type ServerProcess } from './harness';

const commentsOf = (client: Client) => read(client.doc)?.comments ?? [];
/** A comment message as the app sends it (src/sync/protocol.ts); fields beyond the protocol's test the server. */
const sendComment = (client: Client, op: Record<string, unknown>) => client.provider.sendStateless(JSON.stringify({ type: 'mlsd:comment', ...op }));

const sendPractice = (client: Client, op: Record<string, unknown>) => client.provider.sendStateless(JSON.stringify({ type: 'mlsd:practice', ...op }));

const clients: Client[] = [];
function join(server: ServerProcess, room: string, token: string): Client {
  const c = connect(server.url, room, token);
  clients.push(c);
  return c;
}

describe('collaboration server', { timeout: 120_000 }, () => {
  let dir: string;
  let server: ServerProcess;

  beforeAll(async () => {
    dir = tempDir('server');
    const dist = path.join(dir, 'dist');
    fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>MLSD Board</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'app-123.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'not for you');
    server = await startServer({
      DATABASE: path.join(dir, 'rooms.sqlite'),
      DIST: dist,
      MAX_MESSAGE_BYTES: String(64 * 1024),
      MAX_DOCUMENT_BYTES: String(256 * 1024),
      BURST_MESSAGES: '100',
      MESSAGES_PER_SECOND: '50',
    });
    // Starting a server process (tsx compiles the server first) can take a while on a busy machine.
  }, 60_000);

  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    await server?.stop();
  });

  it('creates rooms with 128-bit ids and separate editor and viewer tokens, and serves the app', async () => {
    const a = await createRoom(server);
    const b = await createRoom(server);
    expect(a.room).toMatch(ROOM_ID_PATTERN);
    expect(a.room).not.toBe(b.room);
    expect(new Set([a.editorToken, a.viewerToken, b.editorToken, b.viewerToken]).size).toBe(4);
    expect((await fetch(`${server.http}/api/rooms`)).status).toBe(405);

    const page = await fetch(`${server.http}/some/app/route`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('MLSD Board');
    const asset = await fetch(`${server.http}/assets/app-123.js`);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.http}/assets/missing.js`)).status).toBe(404);
    // Nothing outside the built app, however the path is spelled.
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await fetch(`${server.http}${p}`);
      expect(await res.text()).not.toContain('not for you');
    }
  });

  it('two editors converge: a board written by one appears at the other, and concurrent renames both land', async () => {
    const { room, editorToken } = await createRoom(server);
    const a = join(server, room, editorToken);
    const b = join(server, room, editorToken);
    await Promise.all([a.synced(), b.synced()]);
    expect(a.scope()).toBe('read-write');
    writeBoard(a.doc, sampleBoard());
    await waitFor(() => read(b.doc)?.nodes.length === 2, 'the board at b');
    rename(a, 'fs', 'Feature store (online)');
    rename(b, 'model', 'Two-tower model');
    await waitFor(() => labelOf(a, 'model') === 'Two-tower model' && labelOf(b, 'fs') === 'Feature store (online)', 'both renames at both');
    expect(read(a.doc)).toEqual(read(b.doc));
  });

  it("refuses a viewer's edit, tells the viewer, and keeps the document unchanged", async () => {
    const { room, editorToken, viewerToken } = await createRoom(server);
    const editor = join(server, room, editorToken);
    await editor.synced();
    writeBoard(editor.doc, sampleBoard());
    await editor.saved();
    const viewer = join(server, room, viewerToken);
    await viewer.synced();
    // The role comes from the token: the server said read-only, whatever the client wanted.
    expect(viewer.scope()).toBe('readonly');
    expect(labelOf(viewer, 'fs')).toBe('Feature store');
    rename(viewer, 'fs', 'Hacked');
    await waitFor(() => viewer.errors.length > 0, 'the viewer is told');
    expect(viewer.errors[0]).toMatchObject({ code: 'read-only' });
    expect(viewer.errors[0].message).toMatch(/viewer/);
    // The editor keeps editing, and a new client sees the editor's board, not the viewer's change.
    rename(editor, 'model', 'GBDT');
    await editor.saved();
    const late = join(server, room, viewerToken);
    await late.synced();
    expect(labelOf(late, 'fs')).toBe('Feature store');
    expect(labelOf(late, 'model')).toBe('GBDT');
    expect(labelOf(editor, 'fs')).toBe('Feature store');
  });

  it('lets a viewer comment and reply through the server, which sets the time and touches nothing else', async () => {
    const { room, editorToken, viewerToken } = await createRoom(server);
    const editor = join(server, room, editorToken);
    await editor.synced();
    writeBoard(editor.doc, sampleBoard());
    await editor.saved();
    const viewer = join(server, room, viewerToken);
    await viewer.synced();
    expect(viewer.scope()).toBe('readonly');

    const before = Date.now();
    // A client's own time (createdAt) is not part of the message: if sent, it is ignored.
    sendComment(viewer, { op: 'add', id: 'c1', text: 'Why a feature store here?', author: 'Vi', nodeId: 'fs', createdAt: 1 });
    await waitFor(() => commentsOf(editor).length === 1, 'the comment at the editor');
    sendComment(viewer, { op: 'reply', commentId: 'c1', id: 'r1', text: 'Online features at serving time.', author: 'Vi' });
    await waitFor(() => commentsOf(editor)[0]?.replies.length === 1, 'the reply at the editor');
    sendComment(editor, { op: 'resolve', commentId: 'c1', resolved: true });
    await waitFor(() => commentsOf(viewer)[0]?.resolved === true, 'resolved at the viewer');
    const [comment] = commentsOf(editor);
    expect(comment).toMatchObject({ id: 'c1', nodeId: 'fs', author: 'Vi', text: 'Why a feature store here?', resolved: true });
    expect(comment.replies).toMatchObject([{ id: 'r1', author: 'Vi', text: 'Online features at serving time.' }]);
    for (const t of [comment.createdAt, comment.replies[0].createdAt]) {
      expect(t).toBeGreaterThanOrEqual(before);
      expect(t).toBeLessThanOrEqual(Date.now());
    }
    expect(commentsOf(viewer)).toEqual(commentsOf(editor));
    expect(viewer.errors).toEqual([]);
    // A client that joins later reads them from the server.
    const late = join(server, room, viewerToken);
    await late.synced();
    expect(commentsOf(late)).toEqual(commentsOf(editor));
  });

  it("refuses a viewer's comment message that tries to edit nodes, and malformed or oversized ones, with a sentence", async () => {
    const { room, editorToken, viewerToken } = await createRoom(server);
    const editor = join(server, room, editorToken);
    await editor.synced();
    writeBoard(editor.doc, sampleBoard());
    await editor.saved();
    const viewer = join(server, room, viewerToken);
    await viewer.synced();
    const board = read(editor.doc);

    // Smuggling: fields beside a comment are dropped, an operation that is not a comment's is refused; a comment
    // whose id is a node's is still only a comment.
    sendComment(viewer, { op: 'add', id: 'fs', text: 'Looks fine', author: 'Vi', nodeId: 'fs', label: 'Hacked', nodes: { fs: { data: { label: 'Hacked' } } } });
    await waitFor(() => commentsOf(editor).length === 1, 'the comment at the editor');
    sendComment(viewer, { op: 'edit', id: 'fs', label: 'Hacked' });
    sendComment(viewer, { op: 'add', id: 'c2', text: 'x'.repeat(4001), author: 'Vi', at: { x: 0, y: 0 } });
    sendComment(viewer, { op: 'add', id: 'bad id!', text: 'Hi', author: 'Vi', at: { x: 0, y: 0 } });
    sendComment(viewer, { op: 'add', id: 'c3', text: 'On a node that is not there', author: 'Vi', nodeId: 'gone' });
    sendComment(viewer, { op: 'reply', commentId: 'nope', id: 'r1', text: 'To nothing', author: 'Vi' });
    await waitFor(() => viewer.errors.length === 5, 'five refusals');
    expect(viewer.errors.map((e) => e.code)).toEqual(Array(5).fill('invalid-comment'));
    for (const e of viewer.errors) expect(e.message).toMatch(/^This comment was not accepted: .+\./);
    expect(viewer.errors[3].message).toMatch(/not on the board/);
    expect(viewer.errors[4].message).toMatch(/not on the board/);
    // Nothing but the one comment changed: the nodes are as the editor wrote them.
    expect({ ...read(editor.doc), comments: undefined }).toEqual({ ...board, comments: undefined });
    expect(commentsOf(editor).map((c) => c.id)).toEqual(['fs']);

    // Over the server's message limit (64 KiB here): refused like any other message, and the socket closed.
    const big = join(server, room, viewerToken);
    await big.synced();
    sendComment(big, { op: 'add', id: 'c4', text: 'y'.repeat(70 * 1024), author: 'Vi', at: { x: 0, y: 0 } });
    await waitFor(() => big.closes.some((c) => c.code === 4413), 'the oversized message refused');
    expect(big.errors[0].code).toBe('message-too-large');
    // The editor keeps editing, and the document holds only what was accepted.
    rename(editor, 'model', 'Still editing');
    await editor.saved();
    await waitFor(() => labelOf(viewer, 'model') === 'Still editing', 'the rename at the viewer');
    expect(commentsOf(viewer).map((c) => c.id)).toEqual(['fs']);
    expect(commentsOf(editor).map((c) => c.id)).toEqual(['fs']);
  });

  it("runs a room's interview clock from a viewer's messages on the server's time, and refuses bad ones without affecting others", async () => {
    const { room, editorToken, viewerToken } = await createRoom(server);
    const editor = join(server, room, editorToken);
    await editor.synced();
    writeBoard(editor.doc, sampleBoard());
    await editor.saved();
    const interviewer = join(server, room, viewerToken);
    await interviewer.synced();

    // The clock question: answered with the server's time, the asker's time echoed.
    const answers: { sent: number; now: number }[] = [];
    interviewer.provider.on('stateless', ({ payload }: { payload: string }) => {
      const m = JSON.parse(payload) as { type: string; sent: number; now: number };
      if (m.type === 'mlsd:time') answers.push(m);
    });
    const asked = Date.now();
    interviewer.provider.sendStateless(JSON.stringify({ type: 'mlsd:time', sent: 42 }));
    await waitFor(() => answers.length === 1, 'the time answer');
    expect(answers[0].sent).toBe(42);
    expect(answers[0].now).toBeGreaterThanOrEqual(asked);
    expect(answers[0].now).toBeLessThanOrEqual(Date.now());

    // A viewer starts and pauses the interview; the editor sees it, with the server's times.
    const before = Date.now();
    sendPractice(interviewer, { op: 'start', problemId: 'payment-fraud', budgets: stepBudgets(45), by: 'Ivy', since: 0 });
    await waitFor(() => readSharedPractice(editor.doc) !== null, 'the interview at the editor');
    const started = readSharedPractice(editor.doc)!;
    expect(started).toMatchObject({ problemId: 'payment-fraud', minutes: 45, by: 'Ivy', act: 'start' });
    expect(started.timer.since).toBeGreaterThanOrEqual(before);
    expect(started.timer.since).toBeLessThanOrEqual(Date.now());
    sendPractice(editor, { op: 'pause', by: 'Cal' });
    await waitFor(() => readSharedPractice(interviewer.doc)?.timer.status === 'paused', 'paused at the interviewer');
    expect(interviewer.errors).toEqual([]);

    // Malformed ones are refused with a sentence; a second start while one runs too; the state is untouched.
    const state = JSON.stringify(readSharedPractice(editor.doc));
    sendPractice(interviewer, { op: 'start', problemId: 'delivery-eta', budgets: stepBudgets(45), by: 'Ivy' });
    sendPractice(interviewer, { op: 'budget', step: 'data', minutes: 1e9, by: 'Ivy' });
    sendPractice(interviewer, { op: 'rewind', by: 'Ivy' });
    await waitFor(() => interviewer.errors.length === 3, 'three refusals');
    expect(interviewer.errors.map((e) => e.code)).toEqual(['invalid-practice', 'invalid-practice', 'invalid-practice']);
    expect(interviewer.errors[0].message).toMatch(/already running/);
    expect(JSON.stringify(readSharedPractice(editor.doc))).toBe(state);

    // An editor writing the practice map directly (not the app) is refused and disconnected; others carry on.
    const forger = join(server, room, editorToken);
    await forger.synced();
    forger.doc.getMap('practice').set('session', { ...readSharedPractice(forger.doc), by: 'Forged' });
    await waitFor(() => forger.closes.some((c) => c.code === 4403), 'the forger disconnected');
    expect(forger.errors[0].code).toBe('practice-by-message');
    // Oversized and flooding senders are cut off by the limits like any other message.
    const big = join(server, room, viewerToken);
    const flood = join(server, room, viewerToken);
    const wrong = join(server, room, 'x'.repeat(43));
    await Promise.all([big.synced(), flood.synced()]);
    sendPractice(big, { op: 'pause', by: 'y'.repeat(70 * 1024) });
    for (let i = 0; i < 400; i++) sendPractice(flood, { op: i % 2 ? 'pause' : 'resume', by: 'Flo' });
    await waitFor(() => !!wrong.authFailure(), 'the wrong token refused');
    sendPractice(wrong, { op: 'resume', by: 'Stranger' });
    await waitFor(() => big.closes.some((c) => c.code === 4413) && flood.closes.some((c) => c.code === 4429), 'both cut off');
    // The interviewer still controls the clock, and everyone sees it.
    sendPractice(interviewer, { op: 'resume', by: 'Ivy' });
    await waitFor(() => readSharedPractice(editor.doc)?.by === 'Ivy' && readSharedPractice(editor.doc)?.timer.status === 'running', 'resumed by the interviewer');
    expect(readSharedPractice(editor.doc)!.by).not.toBe('Forged');
    sendPractice(interviewer, { op: 'end', by: 'Ivy' });
    await waitFor(() => readSharedPractice(editor.doc)?.timer.status === 'ended', 'ended');
    // Reloading (a late joiner) finds it in the document; the board itself never changed.
    const late = join(server, room, viewerToken);
    await late.synced();
    expect(readSharedPractice(late.doc)).toEqual(readSharedPractice(editor.doc));
    expect(read(late.doc)).toEqual(read(editor.doc));
    expect(editor.errors).toEqual([]);
  });

  it('refuses a wrong token, a token of another room, and a malformed room id', async () => {
    const one = await createRoom(server);
    const two = await createRoom(server);
    const wrong = join(server, one.room, 'x'.repeat(43));
    const other = join(server, one.room, two.editorToken);
    const malformed = join(server, 'room1', one.editorToken);
    await waitFor(() => !!wrong.authFailure() && !!other.authFailure() && !!malformed.authFailure(), 'three refusals');
    expect([wrong.authFailure(), other.authFailure(), malformed.authFailure()]).toEqual(['invalid-token', 'invalid-token', 'no-such-room']);
    expect(wrong.provider.isSynced).toBe(false);
  });

  it('refuses an oversized change and a flood of messages, and the others in the room carry on', async () => {
    const { room, editorToken } = await createRoom(server);
    const big = join(server, room, editorToken);
    const flood = join(server, room, editorToken);
    const a = join(server, room, editorToken);
    const b = join(server, room, editorToken);
    await Promise.all([big, flood, a, b].map((c) => c.synced()));
    writeBoard(a.doc, sampleBoard());
    await waitFor(() => read(big.doc) !== null && read(flood.doc) !== null && read(b.doc) !== null, 'the board everywhere');

    rename(big, 'fs', 'x'.repeat(100 * 1024));
    await waitFor(() => big.errors.length > 0, 'the big sender is told');
    expect(big.errors[0].code).toBe('message-too-large');
    expect(big.errors[0].message).toMatch(/KiB/);
    await waitFor(() => big.closes.some((c) => c.code === 4413), 'its socket closed with 4413');

    // 1000 small changes at once: far past the burst of 100.
    for (let i = 0; i < 1000; i++) flood.doc.getMap('spam').set('n', i);
    await waitFor(() => flood.errors.some((e) => e.code === 'rate-limited'), 'the flooder is told');
    await waitFor(() => flood.closes.some((c) => c.code === 4429), 'its socket closed with 4429');

    // The others never saw the refused changes, and still sync with each other.
    rename(a, 'model', 'After the storm');
    await waitFor(() => labelOf(b, 'model') === 'After the storm', "a's rename at b");
    expect(labelOf(b, 'fs')).toBe('Feature store');
    expect(b.doc.getMap('spam').get('n') ?? 0).toBeLessThan(999);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  });

  it('refuses a change that would grow the document past its limit', async () => {
    const { room, editorToken } = await createRoom(server);
    const a = join(server, room, editorToken);
    await a.synced();
    writeBoard(a.doc, sampleBoard());
    // Each change is under the message limit (64 KiB), together they pass the document limit (256 KiB).
    for (let i = 0; i < 6 && a.errors.length === 0; i++) {
      a.doc.getMap('bulk').set(String(i), 'y'.repeat(50 * 1024));
      await waitFor(() => !a.provider.hasUnsyncedChanges || a.errors.length > 0, 'ack or refusal');
    }
    expect(a.errors.map((e) => e.code)).toEqual(['document-too-large']);
  });
});

describe('durability', { timeout: 120_000 }, () => {
  it('keeps every acknowledged edit when the server is killed mid-session and restarted', async () => {
    const dir = tempDir('crash');
    const env = { DATABASE: path.join(dir, 'rooms.sqlite'), ROOM_SECRET: 'a-fixed-secret-for-this-test' };
    const first = await startServer(env);
    const { room, editorToken } = await createRoom(first);
    const writer = join(first, room, editorToken);
    await writer.synced();
    writeBoard(writer.doc, sampleBoard());
    const list = writer.doc.getArray<number>('edits');
    // Keep editing without waiting; note how many edits the server had acknowledged at the moment it dies.
    let sent = 0;
    const editing = setInterval(() => {
      for (let i = 0; i < 5; i++) list.push([sent++]);
    }, 2);
    await waitFor(() => sent > 300, 'edits under way');
    const ackedBeforeKill = () => sent - (writer.provider.hasUnsyncedChanges ? writer.provider.unsyncedChanges : 0);
    const acked = ackedBeforeKill();
    await first.kill();
    clearInterval(editing);
    writer.destroy();

    const second = await startServer(env);
    try {
      const reader = join(second, room, editorToken);
      await reader.synced();
      const edits = reader.doc.getArray<number>('edits').toArray();
      expect(edits.length).toBeGreaterThanOrEqual(acked);
      expect(edits.slice(0, acked)).toEqual(Array.from({ length: acked }, (_, i) => i));
      expect(read(reader.doc)?.nodes.map((n) => n.id)).toEqual(['fs', 'model']);
    } finally {
      await second.stop();
    }
  });
});
