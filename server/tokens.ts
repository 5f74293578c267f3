// Rooms and tokens. A room id is 128 random bits; a token is HMAC-SHA256(secret, room + role), so the server keeps
// no table of rooms: any process that knows the secret can check a token, and no one without it can forge one.
// The role comes from which token matches, never from anything else the client says.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROOM_ID_PATTERN, TOKEN_PATTERN, type NewRoom, type Role } from '../src/sync/protocol';

export function tokenFor(secret: string, room: string, role: Role): string {
  return createHmac('sha256', secret).update(`mlsd-room:${room}:${role}`).digest('base64url');
}

export function newRoom(secret: string): NewRoom {
  const room = randomBytes(16).toString('base64url');
  return { room, editorToken: tokenFor(secret, room, 'editor'), viewerToken: tokenFor(secret, room, 'viewer') };
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The role this token grants in this room, or why it grants none. */
export function roleOf(secret: string, room: string, token: string): Role | 'no-such-room' | 'invalid-token' {
  if (!ROOM_ID_PATTERN.test(room)) return 'no-such-room';
  if (!TOKEN_PATTERN.test(token)) return 'invalid-token';
  if (same(token, tokenFor(secret, room, 'editor'))) return 'editor';
  if (same(token, tokenFor(secret, room, 'viewer'))) return 'viewer';
  return 'invalid-token';
}
