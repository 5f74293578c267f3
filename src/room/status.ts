// What the rest of the app knows about a live room, kept tiny because it is part of the first load: whether one is
// open, this person's role, the connection's state and who else is here. Everything heavy (Yjs, the provider, the
// offline copy, the room's UI) is in src/collab/room.ts and loads on demand: for a room link, or on Invite.
import { create } from 'zustand';
import type { Role } from '../sync/protocol';
import type { SharedPractice } from '../sync/practice';

/** Someone in the room, as their awareness state says (this person included, `self` true). */
export type Person = {
  clientId: number;
  name: string;
  color: string;
  self: boolean;
  /** Where their pointer is, in board coordinates (null when it is off the canvas). */
  cursor: { x: number; y: number } | null;
  selection: string[];
  /** The part of the board they see, in board coordinates. */
  viewport: { x: number; y: number; width: number; height: number } | null;
};

export type RoomState = {
  room: string | null;
  /** Decided by the server (the token's role), never by this page; null until it has answered. */
  role: Role | null;
  status: 'connecting' | 'live' | 'offline' | 'refused' | null;
  /** The server's refusal, as a sentence to show. */
  message: string | null;
  people: Person[];
  /** The person whose view this one follows (the interviewer watching the candidate). */
  following: number | null;
  /** The Invite dialog's links while it is open (the owner has both; someone invited has their own). */
  invite: { editor?: string; viewer?: string } | null;
  /** The practice interview the room runs together (src/sync/practice.ts), its times on the server's clock. */
  practice: SharedPractice | null;
  /** The server's clock minus this page's (Date.now), estimated from the last `mlsd:time` round trip. */
  clockOffset: number;
};

export const useRoomStore = create<RoomState>()(() => ({
  room: null, role: null, status: null, message: null, people: [], following: null, invite: null, practice: null, clockOffset: 0,
}));

/**
 * In a live room without the right to edit: a viewer, or anyone until the server has said what their token allows.
 * The document is not theirs to change (they can still point and comment).
 */
export const isViewing = (s: RoomState = useRoomStore.getState()) => s.room !== null && s.role !== 'editor';

export const loadRoom = () => import('../collab/room');

/**
 * A room link in the address (#room=…&token=…) loads the room's code, which reads the link (src/sync/protocol.ts)
 * and joins; anything else is left to the share-link import. Only a glance here: the first load stays small.
 */
export function joinRoomFromLocation(): void {
  if (location.hash.startsWith('#room=')) void loadRoom().then((m) => m.joinRoomLink(location.hash));
}
