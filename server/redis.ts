// Several server processes sharing rooms through Redis: Hocuspocus's Redis extension, configured around an ioredis
// bug, plus two repairs.
//
// 0. The bug (ioredis 5.8.2 and later 5.x, redis/ioredis#2037; the extension needs ioredis 5): after connecting,
//    ioredis sends CLIENT SETINFO, waits for the answers, then an INFO "ready check". A SUBSCRIBE issued in that
//    window (a room opened just after the process started, or just after a reconnect) is written at once; once its
//    answer puts the connection in subscriber mode, the INFO is refused ("Connection in subscriber mode, only
//    subscriber commands may be used"), the ready check fails, and the room on this process stopped hearing the
//    other processes: a client here never saw the others' edits. This is what made the two-process test fail
//    now and then, and every time when a restarted process was joined at once. Without the handshake and the ready
//    check (which only waits for a Redis that is loading a dataset from disk; ours holds no data), the connection
//    is ready as soon as it is connected, and nothing can come between.
//
// The extension announces a room's state (a Yjs sync step 1) when a process opens the room and after each change;
// the processes holding the room answer with what the sender lacks. Two ways this leaves processes apart:
//
// 1. Messages for a room this process is still opening are dropped. Hocuspocus puts a document into
//    `instance.documents` only once every afterLoadDocument hook has finished, and the extension looks documents up
//    there; its own afterLoadDocument subscribes and announces, so the answer to that very announcement (the other
//    process's content) usually arrives while the room is still "loading" here, and is thrown away. Seen in the
//    two-process test's logs every time both processes open a room together. Repair: announce again once the room
//    is open (the `connected` hook runs after the document is registered), so the answer lands.
// 2. Redis pub/sub delivers at most once: a message lost to a reconnect or a starved process is never resent.
//    Repair: every RESYNC_MS each process re-announces each open room, and the others answer with what it lacks.
//
// Announcing costs one small message (the state vector) per room; an answer carries only what is missing.
import type { Document, Extension, Hocuspocus } from '@hocuspocus/server';

export const RESYNC_MS = 3000;

type Announcer = { publishFirstSyncStep: (name: string, document: Document) => Promise<unknown> };

export async function redisSharing(redisUrl: string, prefix = 'mlsd-board'): Promise<{ extensions: Extension[]; start: (hocuspocus: Hocuspocus) => () => void }> {
  const url = new URL(redisUrl);
  // Loaded only when used: a single process never pays for the Redis client.
  const { Redis } = await import('@hocuspocus/extension-redis');
  const redis = new Redis({
    host: url.hostname,
    port: Number(url.port || 6379),
    prefix,
    options: {
      ...(url.password && { password: decodeURIComponent(url.password) }),
      // The cause of the lost rooms (see the top): no INFO ready check and no CLIENT SETINFO handshake.
      enableReadyCheck: false,
      disableClientInfo: true,
    },
  });
  // The extension's own (TypeScript-private) announcement, so ours are the same message it sends.
  const announce = (name: string, document: Document) =>
    (redis as unknown as Announcer).publishFirstSyncStep(name, document).catch((error: Error) => console.error(`Redis: could not announce room ${name}: ${error.message}`));

  const announceOnceOpen: Extension = {
    extensionName: 'mlsd-redis-announce',
    async connected({ documentName, connection }) {
      await announce(documentName, connection.document);
    },
  };

  return {
    extensions: [redis, announceOnceOpen],
    start: (hocuspocus) => {
      const timer = setInterval(() => hocuspocus.documents.forEach((document, name) => void announce(name, document)), RESYNC_MS);
      return () => clearInterval(timer);
    },
  };
}
