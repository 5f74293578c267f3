// `npm run server`: the live-collaboration server. One process serves the built app and the rooms (Hocuspocus on
// the same port), keeps documents in SQLite, and with REDIS_URL shares rooms with other processes through Redis.
// Settings: server/config.ts and README.md ("Live collaboration server").
import { pathToFileURL } from 'node:url';
import { Server, type Extension } from '@hocuspocus/server';
import { AUTH_FAILURES } from '../src/sync/protocol';
import { readConfig, type Config } from './config';
import { handleRequest } from './http';
import { commentsExtension } from './comments';
import { practiceExtension } from './practice';
import { documentSizes, limitsExtension } from './limits';
import { SqliteStore, sqlitePersistence } from './persistence';
import { redisSharing } from './redis';
import { newRoom, roleOf } from './tokens';

export async function startServer(config: Config): Promise<{ server: Server; port: number; stop: () => Promise<void> }> {
  const store = new SqliteStore(config.database);
  const secret = config.secret || store.secret();
  const sizes = documentSizes(config.limits.maxDocumentBytes);
  const extensions: Extension[] = [limitsExtension(config.limits, sizes), commentsExtension(config.limits, sizes), practiceExtension(config.limits, sizes), sqlitePersistence(store)];
  const sharing = config.redisUrl ? await redisSharing(config.redisUrl) : undefined;
  if (sharing) extensions.push(...sharing.extensions);

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
  const stopSharing = sharing?.start(server.hocuspocus);
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    server,
    port,
    stop: async () => {
      stopSharing?.();
      await server.destroy();
      store.close();
    },
  };
}

async function main(): Promise<void> {
  const config = readConfig();
  // Hocuspocus runs some hooks without awaiting them (onChange, the Redis extension's publishes): one failed Redis
  // publish would otherwise end the process, and every room's connections with it. Logged instead; the periodic
  // re-announce (server/redis.ts) repairs what it missed.
  process.on('unhandledRejection', (reason) => console.error('Unhandled rejection (the server carries on):', reason));
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
