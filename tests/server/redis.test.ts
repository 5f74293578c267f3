// Two server processes sharing rooms through Redis (a redis-server started by the test, /usr/bin/redis-server):
// two clients on different processes stay in sync both ways, a viewer's comment crosses processes, and after one
// process restarts its new clients see the board and edits keep crossing both ways. On failure the message carries
// both processes' output and whether they were still running, so a rare failure can be read, not guessed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBoard } from '../../src/sync/board-doc';
import { connect, createRoom, labelOf, read, rename, sampleBoard, startRedis, startServer, tempDir, waitFor, type Client, type ServerProcess } from './harness';


// Each hop goes through Redis between two processes: generous for a starved machine; it takes well under a second
// when the machine is idle.
const HOP_MS = 30_000;

describe('several processes behind Redis', { timeout: 240_000 }, () => {
  it('keeps two clients on different processes in sync both ways, also after one process restarts', async () => {
    const redis = await startRedis();
    const dir = tempDir('redis');
    const env = { DATABASE: path.join(dir, 'rooms.sqlite'), REDIS_URL: redis.url };
    const servers: ServerProcess[] = await Promise.all([startServer(env), startServer(env)]);
    const [one] = servers;
    const clients: Client[] = [];
    const join = (server: ServerProcess, room: string, token: string) => {
      const c = connect(server.url, room, token);
      clients.push(c);
      return c;
    };
    try {
      const { room, editorToken, viewerToken } = await createRoom(one);
      // Both processes open the room at the same moment.
      const a = join(one, room, editorToken);
      const b = join(servers[1], room, editorToken);
      await Promise.all([a.synced(), b.synced()]);
      writeBoard(a.doc, sampleBoard());
      await waitFor(() => read(b.doc)?.nodes.length === 2, 'the board from process one at process two', HOP_MS);
      rename(b, 'fs', 'Written on process two');
      rename(a, 'model', 'Written on process one');
      await waitFor(
        () => labelOf(a, 'fs') === 'Written on process two' && labelOf(b, 'model') === 'Written on process one',
        'both renames on both processes',
        HOP_MS,
      );
      expect(read(a.doc)).toEqual(read(b.doc));

      // A viewer on process two comments (the server applies it); the editor on process one sees it.
      const viewer = join(servers[1], room, viewerToken);
      await viewer.synced();
      viewer.provider.sendStateless(JSON.stringify({ type: 'mlsd:comment', op: 'add', id: 'c1', text: 'Why online?', author: 'Vi', nodeId: 'fs' }));
      await waitFor(() => read(a.doc)?.comments?.[0]?.text === 'Why online?', "the viewer's comment at process one", HOP_MS);

      // Process two restarts (its clients reconnect elsewhere: here a new client joins the new process).
      b.destroy();
      viewer.destroy();
      await servers[1].stop();
      servers[1] = await startServer(env);
      const c = join(servers[1], room, editorToken);
      await c.synced();
      await waitFor(() => labelOf(c, 'fs') === 'Written on process two' && read(c.doc)?.comments?.length === 1, 'the board at the restarted process', HOP_MS);
      rename(a, 'fs', 'After the restart, from one');
      rename(c, 'model', 'After the restart, from two');
      await waitFor(
        () => labelOf(c, 'fs') === 'After the restart, from one' && labelOf(a, 'model') === 'After the restart, from two',
        'edits after the restart on both processes',
        HOP_MS,
      );
      expect(read(a.doc)).toEqual(read(c.doc));
    } catch (error) {
      const report = servers.map((s, i) => `--- process ${i + 1} (${s.proc.exitCode === null && s.proc.signalCode === null ? 'running' : `exited ${s.proc.exitCode ?? s.proc.signalCode}`}):\n${s.log()}`).join('\n');
      throw new Error(`${(error as Error).message}\n${report}`, { cause: error });
    } finally {
      clients.forEach((client) => client.destroy());
      await Promise.all(servers.map((s) => s.stop()));
      await redis.stop();
    }
  });
});
