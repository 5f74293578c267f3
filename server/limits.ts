// Per-connection limits, checked before Hocuspocus handles a message: message size, message rate (a token
// bucket), document size, and a viewer's attempt to change the document. Each refusal tells the client why with a
// stateless message (src/sync/protocol.ts) before anything else happens, so the app can say it in words.
import type { Connection, Document, Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { CLOSE_CODES, type SyncError, type SyncErrorCode } from '../src/sync/protocol';
import type { Limits } from './config';

// Hocuspocus's message types (its protocol: document name, type, payload) and y-protocols' sync steps.
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

type Bucket = { tokens: number; at: number };

export function tell(connection: Connection, code: SyncErrorCode, message: string): void {
  const error: SyncError = { type: 'mlsd:error', code, message };
  connection.sendStateless(JSON.stringify(error));
}

/** Refuse the message and end the connection: the client is told why, then the socket closes with a code. */
export function refuse(connection: Connection, code: keyof typeof CLOSE_CODES, message: string): never {
  tell(connection, code, message);
  connection.webSocket.close(CLOSE_CODES[code], code);
  // Rejecting stops Hocuspocus from applying the message.
  throw Object.assign(new Error(message), { code: CLOSE_CODES[code], reason: code });
}

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

/** The Yjs update a sync message carries, if it carries one. */
export function updateIn(message: Uint8Array): { step: number; update: Uint8Array } | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
  const step = decoding.readVarUint(decoder);
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
  return { step, update: decoding.readVarUint8Array(decoder) };
}

export type DocumentSizes = {
  /** Whether the document may grow by `bytes` and stay under the limit; if so, the bytes are counted. */
  admit: (document: Document, bytes: number) => boolean;
};

/**
 * An upper bound of each document's encoded size: its size when measured plus every update since. Measuring
 * (encoding the whole document) happens only when the bound passes the limit, so the check is cheap. Shared by every
 * way a document grows (a client's update, a comment the server applies).
 */
export function documentSizes(maxBytes: number): DocumentSizes {
  const sizes = new WeakMap<Document, number>();
  return {
    admit(document, bytes) {
      let size = (sizes.get(document) ?? Y.encodeStateAsUpdate(document).length) + bytes;
      if (size > maxBytes) size = Y.encodeStateAsUpdate(document).length + bytes;
      if (size > maxBytes) return false;
      sizes.set(document, size);
      return true;
    },
  };
}

export const documentTooLarge = (limits: Limits) => `This board would grow past ${kib(limits.maxDocumentBytes)}, the most this server keeps.`;

export function limitsExtension(limits: Limits, sizes: DocumentSizes = documentSizes(limits.maxDocumentBytes)): Extension {
  const buckets = new WeakMap<Connection, Bucket>();

  return {
    extensionName: 'mlsd-limits',
    async beforeHandleMessage({ connection, document, update: message }) {
      if (message.length > limits.maxMessageBytes) {
        refuse(connection, 'message-too-large', `A change of ${kib(message.length)} is larger than this server accepts (${kib(limits.maxMessageBytes)}).`);
      }
      const now = Date.now();
      const bucket = buckets.get(connection) ?? { tokens: limits.burstMessages, at: now };
      bucket.tokens = Math.min(limits.burstMessages, bucket.tokens + ((now - bucket.at) / 1000) * limits.messagesPerSecond);
      bucket.at = now;
      buckets.set(connection, bucket);
      if (bucket.tokens < 1) {
        refuse(connection, 'rate-limited', `Too many messages: this server accepts ${limits.messagesPerSecond} a second per connection.`);
      }
      bucket.tokens -= 1;

      const sync = updateIn(message);
      if (!sync) return;
      if (connection.readOnly) {
        // Hocuspocus drops it and answers "not applied"; say why. A viewer's reconnect sends an empty step 2: no news.
        if (sync.step === SYNC_UPDATE || !Y.snapshotContainsUpdate(Y.snapshot(document), sync.update)) {
          tell(connection, 'read-only', 'You joined this room as a viewer: your changes are not saved. Ask for an editor link to edit.');
        }
        return;
      }
      if (!sizes.admit(document, sync.update.length)) refuse(connection, 'document-too-large', documentTooLarge(limits));
    },
  };
}
