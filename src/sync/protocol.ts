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
export type SyncErrorCode =
  | 'read-only' | 'message-too-large' | 'document-too-large' | 'rate-limited' | 'invalid-comment' | 'invalid-practice' | 'practice-by-message';

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
  'practice-by-message': 4403,
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

// ---- Comments through the server ----
// A viewer's connection is read-only: its document updates are refused. To let a viewer comment, the client sends a
// stateless message (the provider's sendStateless(JSON.stringify(message))) that the server checks and applies to
// the room's `comments` map on the sender's behalf, setting the time itself. Editors may send it too.

export type CommentOp =
  | { op: 'add'; id: string; text: string; author: string; nodeId?: string; at?: { x: number; y: number } }
  | { op: 'reply'; commentId: string; id: string; text: string; author: string }
  | { op: 'resolve'; commentId: string; resolved: boolean };

export type CommentMessage = { type: 'mlsd:comment' } & CommentOp;

/** The longest comment or reply text, in characters. */
export const MAX_COMMENT_TEXT = 4000;
/** The longest author name, in characters. */
export const MAX_COMMENT_AUTHOR = 100;
/** Ids of comments, replies and nodes: 1 to 64 characters safe in a URL. */
export const COMMENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** The farthest a comment's point may be from the origin (the board's own bound, MAX_COORDINATE). */
const MAX_POINT = 1_000_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && COMMENT_ID_PATTERN.test(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= MAX_COMMENT_TEXT;
const isAuthor = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_COMMENT_AUTHOR;
const isCoordinate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_POINT;

/**
 * The comment message in `raw` (a parsed JSON value, or the JSON string itself), or null when anything is malformed:
 * a wrong type or op, an id that is not 1-64 safe characters, an empty text or one over MAX_COMMENT_TEXT, a point
 * off the board. Only the known fields are kept, so nothing else rides along.
 */
export function parseCommentMessage(raw: unknown): CommentMessage | null {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (!isRecord(value) || value.type !== 'mlsd:comment') return null;
  const m = value;
  switch (m.op) {
    case 'add': {
      if (!isId(m.id) || !isText(m.text) || !isAuthor(m.author)) return null;
      if (m.nodeId !== undefined && !isId(m.nodeId)) return null;
      let at: { x: number; y: number } | undefined;
      if (m.at !== undefined) {
        if (!isRecord(m.at) || !isCoordinate(m.at.x) || !isCoordinate(m.at.y)) return null;
        at = { x: m.at.x, y: m.at.y };
      }
      // A comment needs a place: a node, a point, or both.
      if (m.nodeId === undefined && !at) return null;
      return {
        type: 'mlsd:comment', op: 'add', id: m.id, text: m.text, author: m.author,
        ...(m.nodeId !== undefined && { nodeId: m.nodeId }),
        ...(at && { at }),
      };
    }
    case 'reply':
      if (!isId(m.commentId) || !isId(m.id) || !isText(m.text) || !isAuthor(m.author)) return null;
      return { type: 'mlsd:comment', op: 'reply', commentId: m.commentId, id: m.id, text: m.text, author: m.author };
    case 'resolve':
      if (!isId(m.commentId) || typeof m.resolved !== 'boolean') return null;
      return { type: 'mlsd:comment', op: 'resolve', commentId: m.commentId, resolved: m.resolved };
    default:
      return null;
  }
}
