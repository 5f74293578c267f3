// The practice interview shared by a room (src/sync/practice.ts): its clock is controlled by messages only, which this
// extension checks and applies with the server's clock, for viewers and editors alike (a mock interview's interviewer
// often watches as a viewer, and either side may need to pause). It also answers the clock question (`mlsd:time`), so
// every client can read the shared times on the server's clock, and refuses an editor's direct write to the
// `practice` map (the app never makes one: a client doing so is not the app).
// The messages have already passed the per-connection limits (size and rate, server/limits.ts) like any other.
import type { Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { applyPracticeOp, messageType, parsePracticeMessage, writesPractice, type TimeMessage } from '../src/sync/practice';
import type { Limits } from './config';
import { documentTooLarge, refuse, tell, updateIn, type DocumentSizes } from './limits';

/** What one practice write adds to the encoded document at most (the state is small and replaces the last). */
const PRACTICE_BYTES = 2048;

export function practiceExtension(limits: Limits, sizes: DocumentSizes, now: () => number = Date.now): Extension {
  return {
    extensionName: 'mlsd-practice',
    async beforeHandleMessage({ connection, document, update: message }) {
      if (connection.readOnly) return;
      const sync = updateIn(message);
      if (!sync) return;
      // Only what the server lacks counts (a reconnect's sync step carries what it already has too).
      const fresh = Y.diffUpdate(sync.update, Y.encodeStateVector(document));
      if (writesPractice(document, fresh)) {
        refuse(connection, 'practice-by-message', 'The interview clock is changed through the room, not by editing the document.');
      }
    },
    async onStateless({ connection, document, payload }) {
      const type = messageType(payload);
      if (type === 'mlsd:time') {
        const sent = (JSON.parse(payload) as Partial<TimeMessage>).sent;
        const answer: TimeMessage = { type: 'mlsd:time', sent: typeof sent === 'number' && Number.isFinite(sent) ? sent : 0, now: now() };
        connection.sendStateless(JSON.stringify(answer));
        return;
      }
      if (type !== 'mlsd:practice') return;
      try {
        const message = parsePracticeMessage(payload);
        if (!message) {
          tell(connection, 'invalid-practice', 'The interview clock did not change: the request was malformed (a problem id, whole minutes of 0-180 per step summing to 5-180, one of the seven steps).');
          return;
        }
        if (!sizes.admit(document, PRACTICE_BYTES)) {
          tell(connection, 'document-too-large', documentTooLarge(limits));
          return;
        }
        // The sender's connection is the origin: stored and shared through Redis like the sender's own change.
        const result = applyPracticeOp(document, message, now(), connection);
        if (!result.ok) tell(connection, 'invalid-practice', `The interview clock did not change: ${result.message}`);
      } catch (error) {
        console.error('A practice message could not be applied:', error);
        tell(connection, 'invalid-practice', 'The interview clock could not be changed on the server.');
      }
    },
  };
}
