// Who is in the room, from the awareness states the provider shares (pure: no Yjs, no React), and this person's
// name, asked once and kept in localStorage (comments use it too, in a room or not).
import type { Person } from './status';

/** What each person shares: name (and a colour, for other clients; ours are derived), pointer and viewport in board coordinates, selected node ids. */
export type Presence = {
  user: { name: string; color: string };
  cursor: Person['cursor'];
  selection: string[];
  viewport: Person['viewport'];
};

/** Distinct in both themes, and readable behind white name tags. */
export const PALETTE = ['#e5484d', '#0d74ce', '#2b9a66', '#d6409f', '#ca6f1e', '#8e4ec6', '#0894b3', '#a18072'] as const;

export const colorFor = (clientId: number): string => PALETTE[Math.abs(clientId) % PALETTE.length];

/**
 * Each person's colour, the same in every browser and distinct while the room has no more people than colours:
 * in order of client id, each takes its own colour (colorFor) or, if someone took it, the next free one. Worked out
 * here from the ids alone, never taken from another client's state.
 */
export function colorsFor(clientIds: readonly number[]): Map<number, string> {
  const taken = new Set<number>();
  const out = new Map<number, string>();
  for (const id of [...clientIds].sort((a, b) => a - b)) {
    let i = Math.abs(id) % PALETTE.length;
    for (let k = 0; k < PALETTE.length && taken.has(i); k++) i = (i + 1) % PALETTE.length;
    taken.add(i);
    out.set(id, PALETTE[i]);
  }
  return out;
}

const NAME_KEY = 'mlsd-user-name';
/** The longest name shown: names are labels on the canvas, not essays. */
export const MAX_NAME = 40;

export function storedName(): string | null {
  try {
    return localStorage.getItem(NAME_KEY)?.trim() || null;
  } catch {
    return null;
  }
}

/** This person's name, or "Guest" until they give one. */
export const userName = (): string => storedName() ?? 'Guest';

export function setStoredName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
  try {
    if (clean) localStorage.setItem(NAME_KEY, clean);
  } catch {
    // Private mode: the name lasts for this visit.
  }
  return clean;
}

const isPoint = (v: unknown): v is { x: number; y: number } =>
  !!v && typeof v === 'object' && Number.isFinite((v as { x: unknown }).x) && Number.isFinite((v as { y: unknown }).y);

/**
 * The people in the room from the awareness states: anything malformed (another client's state is untrusted input)
 * is dropped field by field; this person first, then the others by name.
 */
export function presenceFromStates(states: readonly { clientId: number; [key: string]: unknown }[], selfId: number): Person[] {
  const people: Person[] = [];
  const colors = colorsFor(states.map((s) => s.clientId));
  for (const state of states) {
    const user = state.user as Presence['user'] | undefined;
    if (!user || typeof user.name !== 'string') continue;
    const viewport = state.viewport as Person['viewport'];
    people.push({
      clientId: state.clientId,
      name: user.name.slice(0, MAX_NAME) || 'Guest',
      color: colors.get(state.clientId)!,
      self: state.clientId === selfId,
      cursor: isPoint(state.cursor) ? { x: state.cursor.x, y: state.cursor.y } : null,
      selection: Array.isArray(state.selection) ? state.selection.filter((id): id is string => typeof id === 'string').slice(0, 10_000) : [],
      viewport:
        isPoint(viewport) && Number.isFinite(viewport.width) && Number.isFinite(viewport.height) && viewport.width > 0 && viewport.height > 0
          ? { x: viewport.x, y: viewport.y, width: viewport.width, height: viewport.height }
          : null,
    });
  }
  return people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** "Live · 3 people", or what stands in the way. */
export function roomStatusText(status: 'connecting' | 'live' | 'offline' | 'refused' | null, people: number, message: string | null): string {
  if (status === 'refused') return message ?? 'The server refused this room.';
  if (status === 'offline') return 'Offline — your changes will merge when you reconnect';
  if (status === 'connecting') return 'Connecting…';
  return `Live · ${people === 1 ? '1 person' : `${people} people`}`;
}
