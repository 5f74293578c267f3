// What the collaboration server and the app agree on: room ids, the room link, and the errors the server sends.
// Pure and tiny: the app may import it in the first load (to recognise a room link) without pulling in Yjs.

/** A room id is 128 random bits in base64url (22 characters): unguessable, and safe in a URL. */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
/** A token is an HMAC-SHA256 in base64url (43 characters). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type Role = 'editor' | 'viewer';

/** What POST /api/rooms answers: the new room and the two tokens that open it. */
export type NewRoom = { room: string; editorToken: string; viewerToken: string };

/**
 * A room link keeps room and token in the URL fragment (#room=...&token=...), which browsers never send to a
 * server, so neither ends up in access logs or Referer headers.
 */
export function roomLink(base: string, room: string, token: string): string {
  const url = new URL(base);
  url.hash = new URLSearchParams({ room, token }).toString();
  return url.toString();
}

export function parseRoomLink(hash: string): { room: string; token: string } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const room = params.get('room') ?? '';
  const token = params.get('token') ?? '';
  return ROOM_ID_PATTERN.test(room) && TOKEN_PATTERN.test(token) ? { room, token } : null;
}

/** Why the server refused something. Sent as a stateless message {type: 'mlsd:error', code, message}. */
export type SyncErrorCode = 'read-only' | 'message-too-large' | 'document-too-large' | 'rate-limited';

export type SyncError = { type: 'mlsd:error'; code: SyncErrorCode; message: string };

/** Reasons given when authentication fails (the provider's onAuthenticationFailed). */
export const AUTH_FAILURES = {
  'no-such-room': 'This room link is not valid: the room id is malformed.',
  'invalid-token': 'This room link is not valid: its key was not accepted. Ask for a new invite link.',
} as const;

/** WebSocket close codes for a connection the server ends (4000-4999 are free for applications). */
export const CLOSE_CODES = {
  'message-too-large': 4413,
  'document-too-large': 4507,
  'rate-limited': 4429,
} as const;

export function parseSyncError(payload: string): SyncError | null {
  try {
    const value = JSON.parse(payload) as Partial<SyncError>;
    return value?.type === 'mlsd:error' && typeof value.code === 'string' && typeof value.message === 'string'
      ? (value as SyncError)
      : null;
  } catch {
    return null;
  }
}

/**
 * A comment by a viewer, who may not change the document: the server applies it to the room's `comments` on their
 * behalf (and only there). Editors change comments through the document like any other change.
 */
export type CommentMessage =
  | { type: 'mlsd:comment'; op: 'add'; id: string; text: string; author: string; nodeId?: string; at?: { x: number; y: number } }
  | { type: 'mlsd:comment'; op: 'reply'; commentId: string; id: string; text: string; author: string }
  | { type: 'mlsd:comment'; op: 'resolve'; commentId: string; resolved: boolean };
