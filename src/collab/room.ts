// A live room: the open board shared through a Yjs document with the MLSD Board server (Hocuspocus), kept offline in
// IndexedDB too. Loaded on demand (a room link, or Invite): a board that is never shared pays nothing for it.
//
// The board store stays the one place the app changes the board. While a room is open it is bound to it
// (src/store/binding.ts): each local change is written to the document as one transaction, undo is a Y.UndoManager
// that undoes only this person's changes, and a change made by anyone else is read back from the document and shown.
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Board } from '../domain/board';
import { hasBoard, readBoard, writeBoard } from '../sync/board-doc';
import { messageType, PRACTICE_ROOT, readSharedPractice, type PracticeOp, type TimeMessage } from '../sync/practice';
import { bindDocument, type DocBinding } from './doc-binding';
import { AUTH_FAILURES, parseRoomLink, parseSyncError, roomLink, type CommentMessage, type NewRoom, type Role } from '../sync/protocol';
import { useBoardStore } from '../store/board-store';
import { notify, useAppStore } from '../store/app-store';
import { flushSave, storeCopy } from '../store/persistence';
import { readBoard as readStoredBoard } from '../store/library';
import { sameDocument } from '../domain/board';
import type { EditorBoard } from '../store/types';
import { colorFor, presenceFromStates, userName, type Presence } from '../room/presence';
import { forgetRoom, rememberRoom, savedRoomForBoard, savedRoom } from './saved-rooms';
import { useRoomStore } from '../room/status';

const NO_SERVER = 'Live rooms need the MLSD Board server (npm run server).';

type Link = { room: string; token: string };

type Room = { link: Link; doc: Y.Doc; provider: HocuspocusProvider; bound: DocBinding; close: () => void };

let current: Room | null = null;

const socketUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;

/** Set the room link in the address bar, so a reload rejoins (the fragment never reaches a server). */
function showLink(link: Link | null): void {
  const hash = link ? new URL(roomLink(location.href, link.room, link.token)).hash : '';
  if (location.hash !== hash) history.replaceState(null, '', location.pathname + location.search + hash);
}

/** The room link in the address (a link opened, the page reloaded): join it, unless already there. */
export function joinRoomLink(hash: string): void {
  const link = parseRoomLink(hash);
  if (!link) notify('error', 'This room link is not complete: ask for the invite link again.');
  else if (link.room !== current?.link.room || link.token !== current.link.token) void joinRoom(link);
}

/** Join a room (a room link opened, or Invite). `own`: the board to make the room's document (a new room). */
export async function joinRoom(link: Link, own?: Board): Promise<void> {
  leaveRoom();
  const remembered = savedRoom(link.room);
  useRoomStore.setState({
    room: link.room,
    // Until the server says, the role this token had last time (an owner offline stays an editor), else none.
    role: remembered?.token === link.token ? (remembered.role ?? null) : null,
    status: 'connecting',
    message: null,
    people: [],
    following: null,
    practice: null,
  });
  showLink(link);
  const doc = new Y.Doc();
  const offline = new IndexeddbPersistence(`mlsd-room-${link.room}`, doc);
  // Without IndexedDB (private mode in some browsers) the room still works, only not offline.
  await Promise.race([offline.whenSynced, new Promise((r) => setTimeout(r, 2000))]);
  if (own) writeBoard(doc, own);
  const away = own ? null : await changedAway(doc, remembered?.boardId);

  const bound = bindDocument(doc, {
    canEdit: () => useRoomStore.getState().role === 'editor',
    open: openRoomBoard,
    leave: leaveRoom,
    ...(away?.base && { merge: { prev: away.base, next: away.local } }),
  });
  if (away?.base) notify('info', `Your changes to “${away.local.name}” made outside the room were merged into the room.`);
  const isCurrent = () => current?.doc === doc;
  let copyChecked = !away || !!away.base;
  // Without this device's copy of the room there is nothing to merge against: a board of the same id changed here is
  // kept as a board of its own, once the room's board is known, rather than overwritten by it.
  const keepCopyIfDifferent = () => {
    if (copyChecked || !hasBoard(doc)) return;
    copyChecked = true;
    const room = readBoard(doc);
    if (away && room.ok && room.board.id === away.local.id && !sameDocument(room.board, away.local)) {
      void storeCopy(away.local, `${away.local.name} (your copy)`).then((name) =>
        notify('warning', `“${away.local.name}” had changes made here outside the room that could not be merged: they are kept as the board “${name}”.`, undefined, 0));
    }
  };

  // The interview the room runs together: shown (practice mode loads) as soon as there is one.
  const practiceMap = doc.getMap(PRACTICE_ROOT);
  const onPractice = () => {
    if (!isCurrent()) return;
    const practice = readSharedPractice(doc);
    useRoomStore.setState({ practice });
    if (practice) void import('../practice/mount').then((m) => m.showSharedPractice());
  };
  practiceMap.observe(onPractice);
  const askTime = () => provider.sendStateless(JSON.stringify({ type: 'mlsd:time', sent: Date.now() } satisfies TimeMessage));

  // Reconnecting backs off up to 5 s (not the default 30 s): a room is a conversation, the gap should be short.
  const socket = new HocuspocusProviderWebsocket({ url: socketUrl(), maxDelay: 5000 });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: link.room,
    document: doc,
    token: link.token,
    onAuthenticated: ({ scope }) => {
      const role: Role = scope === 'readonly' ? 'viewer' : 'editor';
      if (isCurrent()) useRoomStore.setState({ role, message: null });
      rememberRoom(link.room, { token: link.token, role, boardId: bound.boardId() ?? own?.id });
    },
    onAuthenticationFailed: ({ reason }) => {
      const message = AUTH_FAILURES[reason as keyof typeof AUTH_FAILURES] ?? `The server refused this room: ${reason}.`;
      if (isCurrent()) useRoomStore.setState({ status: 'refused', message });
    },
    onStatus: ({ status }) => {
      if (!isCurrent() || useRoomStore.getState().status === 'refused') return;
      useRoomStore.setState({ status: status === 'connected' ? 'live' : status === 'connecting' ? 'connecting' : 'offline' });
    },
    onSynced: () => {
      if (!isCurrent()) return;
      if (!hasBoard(doc)) useRoomStore.setState({ message: 'This room has no board yet: the person who invited you has not opened it since.' });
      keepCopyIfDifferent();
      askTime();
    },
    onStateless: ({ payload }) => {
      if (messageType(payload) === 'mlsd:time') {
        const answer = JSON.parse(payload) as TimeMessage;
        // The server read its clock about halfway through the round trip.
        if (isCurrent() && typeof answer.now === 'number') useRoomStore.setState({ clockOffset: answer.now - (answer.sent + Date.now()) / 2 });
        return;
      }
      const error = parseSyncError(payload);
      if (error && isCurrent()) notify(error.code === 'read-only' ? 'warning' : 'error', error.message);
    },
    onAwarenessChange: ({ states }) => {
      if (isCurrent()) useRoomStore.setState({ people: presenceFromStates(states, doc.clientID) });
    },
  });
  provider.setAwarenessField('user', { name: userName(), color: colorFor(doc.clientID) });

  // The browser knows first when the network goes: say offline at once, and reconnect as soon as it is back.
  const goOffline = () => {
    socket.disconnect();
    if (useRoomStore.getState().status !== 'refused') useRoomStore.setState({ status: 'offline' });
  };
  // A socket closed while offline may not have had its close event yet: connecting now would be a no-op (it still
  // says connected), and the close that follows would not reconnect (disconnect() said not to). Connect once it has.
  const goOnline = () => {
    if (socket.status !== WebSocketStatus.Connected) return void socket.connect();
    const reconnect = () => {
      socket.off('disconnect', reconnect);
      void socket.connect();
    };
    socket.on('disconnect', reconnect);
  };
  addEventListener('offline', goOffline);
  addEventListener('online', goOnline);

  current = {
    link,
    doc,
    provider,
    bound,
    close: () => {
      practiceMap.unobserve(onPractice);
      bound.destroy();
      removeEventListener('offline', goOffline);
      removeEventListener('online', goOnline);
      provider.destroy();
      socket.destroy();
      void offline.destroy();
      doc.destroy();
    },
  };
  onPractice();
  provider.attach();
}

/**
 * The board this person changed while not in the room: their stored copy of the room's board, when it differs from
 * the room as this device last synced it (`base`, from the offline copy; null when this device has none, then the
 * room's board is compared once it arrives). Null when nothing changed.
 */
async function changedAway(doc: Y.Doc, rememberedBoardId?: string): Promise<{ base: Board | null; local: Board } | null> {
  const synced = readBoard(doc);
  const base = synced.ok ? synced.board : null;
  const id = base?.id ?? rememberedBoardId;
  if (!id) return null;
  // The stored boards are read once the app has read them (a copy kept when the page closed is stored first), and
  // the open board's last change is written before it is compared.
  if (!useAppStore.getState().ready) {
    await new Promise<void>((resolve) => {
      const stop = useAppStore.subscribe((s) => s.ready && (stop(), resolve()));
    });
  }
  await flushSave();
  const local = await readStoredBoard(id).catch(() => undefined);
  if (!local || (base && sameDocument(base, local))) return null;
  return { base, local };
}

/** The room's board becomes the open board (saved in the board list too, so it is there offline). */
async function openRoomBoard(board: EditorBoard): Promise<void> {
  if (useBoardStore.getState().board.id !== board.id) await flushSave();
  useBoardStore.getState().loadBoard(board);
}

export function leaveRoom(): void {
  if (!current) return;
  const room = current;
  current = null;
  room.close();
  useRoomStore.setState({ room: null, role: null, status: null, message: null, people: [], following: null, invite: null, practice: null });
  showLink(null);
}

/** The links of the open room, as far as this person may give them (an editor's own, or the owner's two). */
export function roomLinks(): { editor?: string; viewer?: string } {
  if (!current) return {};
  const saved = savedRoom(current.link.room);
  const base = location.origin + location.pathname;
  const role = useRoomStore.getState().role;
  return {
    editor: saved?.editorToken ? roomLink(base, current.link.room, saved.editorToken) : role === 'editor' ? roomLink(base, current.link.room, current.link.token) : undefined,
    viewer: saved?.viewerToken ? roomLink(base, current.link.room, saved.viewerToken) : role === 'viewer' ? roomLink(base, current.link.room, current.link.token) : undefined,
  };
}

/**
 * Invite: the open board becomes a live room (or, if it already is one, its links are shown again). The room is
 * made by the server this page came from; with no server (static hosting, `npm start`), the action says so.
 */
export async function invite(): Promise<void> {
  const board = useBoardStore.getState().board;
  if (current && current.bound.boardId() === board.id) {
    useRoomStore.setState({ invite: roomLinks() });
    return;
  }
  const saved = savedRoomForBoard(board.id);
  if (saved?.editorToken) {
    await joinRoom({ room: saved.room, token: saved.editorToken });
    useRoomStore.setState({ invite: roomLinks() });
    return;
  }
  let created: NewRoom;
  try {
    const response = await fetch('/api/rooms', { method: 'POST' });
    if (!response.ok || !response.headers.get('content-type')?.includes('application/json')) throw new Error(String(response.status));
    created = (await response.json()) as NewRoom;
  } catch {
    notify('info', NO_SERVER);
    return;
  }
  rememberRoom(created.room, { token: created.editorToken, role: 'editor', boardId: board.id, editorToken: created.editorToken, viewerToken: created.viewerToken });
  await joinRoom({ room: created.room, token: created.editorToken }, board as Board);
  useRoomStore.setState({ invite: roomLinks() });
}

/** Stop sharing on this device: the room is left and forgotten here (the board stays, as a board of one's own). */
export function forgetThisRoom(): void {
  if (!current) return;
  const id = current.link.room;
  leaveRoom();
  forgetRoom(id);
}

/** What this person shows the others: where their pointer is, what they selected, what they see. */
export function setPresence(patch: Partial<Presence>): void {
  const awareness = current?.provider.awareness;
  if (!awareness) return;
  for (const [key, value] of Object.entries(patch)) awareness.setLocalStateField(key, value);
}

export function renameSelf(name: string): void {
  setPresence({ user: { name, color: colorFor(current?.doc.clientID ?? 0) } });
}

/** A viewer's comment: the server applies it on their behalf (a viewer cannot change the document itself). */
export function sendComment(message: CommentMessage): void {
  current?.provider.sendStateless(JSON.stringify(message));
}

/** A change to the room's interview clock: the server applies it with its own time, for viewers too. */
export function sendPractice(op: PracticeOp): void {
  current?.provider.sendStateless(JSON.stringify({ type: 'mlsd:practice', ...op }));
}
