// `npm run server`: the live-collaboration server. One process serves the built app and the rooms (Hocuspocus on
// the same port), keeps documents in SQLite, and with REDIS_URL shares rooms with other processes through Redis.
// Settings: server/config.ts and README.md ("Live collaboration server").
import { pathToFileURL } from 'node:url';
import { Server, type Extension } from '@hocuspocus/server';
import { AUTH_FAILURES } from '../src/sync/protocol';
import { readConfig, type Config } from './config';
import { handleRequest } from './http';
import { commentsExtension } from './comments';
import { documentSizes, limitsExtension } from './limits';
import { SqliteStore, sqlitePersistence } from './persistence';
import { newRoom, roleOf } from './tokens';

const REDIS_RESYNC_MS = 3000;

export async function startServer(config: Config): Promise<{ server: Server; port: number; stop: () => Promise<void> }> {
  const store = new SqliteStore(config.database);
  const secret = config.secret || store.secret();
  const sizes = documentSizes(config.limits.maxDocumentBytes);
  const extensions: Extension[] = [limitsExtension(config.limits, sizes), commentsExtension(config.limits, sizes), sqlitePersistence(store)];
  let redis: Extension | undefined;
  if (config.redisUrl) {
    const url = new URL(config.redisUrl);
    // Loaded only when used: a single process never pays for the Redis client.
    const { Redis } = await import('@hocuspocus/extension-redis');
    redis = new Redis({ host: url.hostname, port: Number(url.port || 6379), prefix: 'mlsd-board', options: url.password ? { password: decodeURIComponent(url.password) } : {} });
    extensions.push(redis);
  }

  const server = new Server(
    {
      name: `mlsd-board-${process.pid}`,
      port: config.port,
      address: config.host,
      quiet: true,
      stopOnSignals: false,
      // Fold each room's update log into one state this long after edits stop (the log already keeps every edit).
      debounce: 2000,
      maxDebounce: 10000,
      extensions,
      async onAuthenticate({ documentName, token, connectionConfig }) {
        const role = roleOf(secret, documentName, token);
        if (role !== 'editor' && role !== 'viewer') {
          // Hocuspocus sends `reason` to the client (the provider's onAuthenticationFailed).
          throw Object.assign(new Error(AUTH_FAILURES[role]), { reason: role });
        }
        connectionConfig.readOnly = role === 'viewer';
        return { role };
      },
      async onRequest({ request, response }) {
        handleRequest(request, response, { dist: config.dist, createRoom: () => newRoom(secret) });
        // Rejecting with nothing tells Hocuspocus the request is answered.
        throw null;
      },
    },
    // The hard cap: ws closes the socket (1009) on a larger frame before buffering it. Messages between the
    // configured limit and this cap are refused by the limits extension with a clearer message.
    { maxPayload: config.limits.maxMessageBytes * 4 },
  );
  await server.listen();
  // Redis pub/sub delivers at most once: a message lost (a reconnect, a busy process) would leave processes apart
  // until the room's next change. Announcing each open room's state now and then heals that.
  const heal = redis && setInterval(() => {
    const publish = (redis as unknown as { publishFirstSyncStep: (name: string, doc: unknown) => Promise<unknown> }).publishFirstSyncStep.bind(redis);
    server.hocuspocus.documents.forEach((doc, name) => void publish(name, doc).catch(() => undefined));
  }, REDIS_RESYNC_MS);
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    server,
    port,
    stop: async () => {
      if (heal) clearInterval(heal);
      await server.destroy();
      store.close();
    },
  };
}

async function main(): Promise<void> {
  const config = readConfig();
  const { port, stop } = await startServer(config);
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  // The first line is read by tests and scripts: keep its form.
  console.log(`MLSD Board server listening on http://${shown}:${port} (database ${config.database}${config.redisUrl ? `, redis ${new URL(config.redisUrl).host}` : ''})`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    // Hocuspocus stores every open room on the way out.
    await stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    console.error(`The server could not start: ${error.message}`);
    process.exit(1);
  });
}
