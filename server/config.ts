// The server's settings, from environment variables (each documented in README.md, "Live collaboration server").
import path from 'node:path';

export type Limits = {
  /** Largest WebSocket message accepted, in bytes. */
  maxMessageBytes: number;
  /** Largest document (its encoded Yjs state), in bytes. */
  maxDocumentBytes: number;
  /** Messages a connection may send at once (the bucket's size)... */
  burstMessages: number;
  /** ...and per second in the long run (the bucket's refill rate). */
  messagesPerSecond: number;
};

export type Config = {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** The built app to serve (vite build's output), or '' to serve none. */
  dist: string;
  /** The SQLite file that keeps the rooms' documents. */
  database: string;
  /** Set to share rooms between several server processes through Redis. */
  redisUrl: string;
  /** The key that signs room tokens; kept in the database when not given, so restarts keep links valid. */
  secret: string;
  limits: Limits;
};

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number >= 0, not "${raw}".`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  return {
    host: env.HOST || '0.0.0.0',
    port: int(env, 'PORT', 8787),
    dist: env.DIST === '' ? '' : path.resolve(root, env.DIST ?? 'dist'),
    database: path.resolve(root, env.DATABASE || 'data/mlsd-board.sqlite'),
    redisUrl: env.REDIS_URL ?? '',
    secret: env.ROOM_SECRET ?? '',
    limits: {
      maxMessageBytes: int(env, 'MAX_MESSAGE_BYTES', 1024 * 1024),
      maxDocumentBytes: int(env, 'MAX_DOCUMENT_BYTES', 16 * 1024 * 1024),
      burstMessages: int(env, 'BURST_MESSAGES', 300),
      messagesPerSecond: int(env, 'MESSAGES_PER_SECOND', 120),
    },
  };
}
