// Comments through the server: a viewer's connection is read-only (its document updates are refused), yet a viewer
// may comment. The client sends a stateless message (src/sync/protocol.ts, CommentMessage); this extension checks it
// and applies it to the room's `comments` map on the sender's behalf (src/sync/board-doc.ts, applyCommentOp), with
// the server's clock. It can touch nothing but comments. Editors may use it too.
// The message has already passed the per-connection limits (size and rate, server/limits.ts) like any other.
import type { Extension } from '@hocuspocus/server';
import { MAX_COMMENT_TEXT, parseCommentMessage } from '../src/sync/protocol';
import { applyCommentOp } from '../src/sync/board-doc';
import type { Limits } from './config';
import { documentTooLarge, tell, type DocumentSizes } from './limits';

/** What a comment adds to the encoded document beyond its message's own bytes (keys, order, ids): an upper bound. */
const COMMENT_OVERHEAD_BYTES = 256;

/** Whether a stateless payload is meant as a comment message (other stateless messages are not ours to judge). */
function isCommentMessage(payload: string): boolean {
  try {
    return (JSON.parse(payload) as { type?: unknown })?.type === 'mlsd:comment';
  } catch {
    return false;
  }
}

export function commentsExtension(limits: Limits, sizes: DocumentSizes, now: () => number = Date.now): Extension {
  return {
    extensionName: 'mlsd-comments',
    async onStateless({ connection, document, payload }) {
      if (!isCommentMessage(payload)) return;
      // A throw here would escape Hocuspocus's stateless handling: every outcome is answered instead.
      try {
        const message = parseCommentMessage(payload);
        if (!message) {
          tell(connection, 'invalid-comment', `This comment was not accepted: it needs an id of 1-64 letters, digits, - or _, a text of 1-${MAX_COMMENT_TEXT} characters and a place on the board.`);
          return;
        }
        if (!sizes.admit(document, Buffer.byteLength(payload) + COMMENT_OVERHEAD_BYTES)) {
          tell(connection, 'document-too-large', documentTooLarge(limits));
          return;
        }
        // The sender's connection is the origin, as for its own updates: the change is stored and shared with the
        // other processes (Redis) exactly like one the sender had made.
        const result = applyCommentOp(document, message, now(), connection);
        if (!result.ok) tell(connection, 'invalid-comment', `This comment was not accepted: ${result.message}`);
      } catch (error) {
        console.error('A comment could not be applied:', error);
        tell(connection, 'invalid-comment', 'This comment could not be saved on the server.');
      }
    },
  };
}
