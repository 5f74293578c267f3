// The rooms this browser has been in, kept in localStorage beside the boards: the token each was opened with and
// the role the server gave it (so a person offline keeps their role), and for a room made here, both tokens (so
// its owner can reopen it and copy the links again from Invite).
import type { Role } from '../sync/protocol';

export type SavedRoom = { room: string; token: string; role?: Role; boardId?: string; editorToken?: string; viewerToken?: string };

const KEY = 'mlsd-rooms';

function readAll(): Record<string, SavedRoom> {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, SavedRoom>) : {};
  } catch {
    return {};
  }
}

function writeAll(rooms: Record<string, SavedRoom>): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(rooms));
  } catch {
    // Private mode or storage full: the room works, it is only not remembered.
  }
}

export const savedRoom = (room: string): SavedRoom | undefined => readAll()[room];

export const savedRoomForBoard = (boardId: string): SavedRoom | undefined =>
  Object.values(readAll()).find((r) => r.boardId === boardId && r.editorToken);

export function rememberRoom(room: string, patch: Omit<SavedRoom, 'room'>): void {
  const rooms = readAll();
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  rooms[room] = { ...rooms[room], ...defined, room } as SavedRoom;
  writeAll(rooms);
}

export function forgetRoom(room: string): void {
  const rooms = readAll();
  delete rooms[room];
  writeAll(rooms);
}
