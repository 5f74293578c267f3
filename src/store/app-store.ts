// Application and session state, everything that is not the board's document: the board list, save status,
// notices, theme and panel toggles, dialogs, the next arrow's kind. (The selection is session state too, in a store
// of its own, src/store/selection.ts; see docs/collaboration.md, plan item 1.)
import { create } from 'zustand';
import type { EdgeKind } from '../domain/board';
import type { BoardMeta } from './library';
import type { MenuItem } from '../actions/menus';

export type Notice = {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: string;
  action?: { label: string; run: () => void };
};

export type SaveStatus = { state: 'idle' | 'saving' | 'saved' | 'error'; message?: string };
export type ThemeChoice = 'system' | 'light' | 'dark';
export type PanelId = 'palette' | 'inspector';
export type RightTab = 'inspect' | 'check' | 'comments';

export type AppState = {
  ready: boolean;
  boards: BoardMeta[];
  save: SaveStatus;
  notices: Notice[];
  theme: ThemeChoice;
  snapToGrid: boolean;
  /** The user's choice; unset, the mini map shows on boards of up to MINIMAP_AUTO_LIMIT nodes. */
  miniMap: boolean | null;
  panels: Record<PanelId, boolean>;
  /** What the right-hand panel shows: the inspector or the checklist. */
  rightTab: RightTab;
  /** `connect`: the find box picking the node the selected one gets an arrow to. */
  dialog: 'help' | 'templates' | 'export' | 'find' | 'connect' | null;
  /** The node whose name is being typed in place (Enter, F2, a new note). */
  renaming: string | null;
  /** The canvas's right-click menu: where, and which actions (src/actions/menus.ts). */
  menu: { x: number; y: number; items: readonly MenuItem[]; label?: string } | null;
  /** A slow task under way (an export), shown over the app. */
  progress: string | null;
  /** Stops the task under way (decoding a large file off the page's thread); the progress shows a Cancel button. */
  cancelProgress: (() => void) | null;
  /** The canvas mounts every node, not only those in view: an image export clones them all. */
  drawAll: boolean;
  /** Text the clipboard refused, shown for the user to copy by hand. */
  copyFallback: { title: string; text: string } | null;
  /** The kind new arrows get: the last kind the user picked. */
  nextEdgeKind: EdgeKind;
};

const stored = (key: string) => {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
};

const media = (query: string) => typeof window !== 'undefined' && !!window.matchMedia?.(query).matches;
/** A phone: the palette and the checklist are bottom sheets, one at a time, closed after adding. */
export const isPhone = () => media('(max-width: 639px)');
/** Too narrow for both side panels beside the canvas: opening one closes the other. */
export const isNarrow = () => media('(max-width: 1179px)');
const narrow = media('(max-width: 900px)');

export const useAppStore = create<AppState>()(() => ({
  ready: false,
  boards: [],
  save: { state: 'idle' },
  notices: [],
  theme: (stored('mlsd-theme') as ThemeChoice | null) ?? 'system',
  snapToGrid: stored('mlsd-snap') !== 'off',
  miniMap: stored('mlsd-minimap') === null ? null : stored('mlsd-minimap') === 'on',
  // On a tablet or phone the panels start closed so the canvas has the room.
  panels: { palette: !narrow, inspector: !isNarrow() },
  rightTab: 'inspect',
  dialog: null,
  renaming: null,
  menu: null,
  progress: null,
  cancelProgress: null,
  drawAll: false,
  copyFallback: null,
  nextEdgeKind: 'request',
}));

/**
 * From this many nodes, opening a board takes long enough that the page says so while it works (persistence.ts),
 * and the board opens on its top-left corner rather than fitted whole (fitOpeningView in src/canvas/flow-instance.ts).
 */
export const LARGE_BOARD_NODES = 2000;

let noticeId = 0;

/** How long a notice stays: information 6 s, a warning (often a list of repairs to read) 12 s, an error until dismissed. */
export const NOTICE_TIMEOUT_MS: Record<Notice['tone'], number> = { info: 6000, warning: 12_000, error: 0 };

/** Show a notice. The same text shown again replaces the one on screen (it moves to the bottom), never stacks. */
export function notify(tone: Notice['tone'], text: string, action?: Notice['action'], timeoutMs = NOTICE_TIMEOUT_MS[tone]): number {
  const id = ++noticeId;
  useAppStore.setState((s) => ({ notices: [...s.notices.filter((n) => n.text !== text), { id, tone, text, action }] }));
  if (timeoutMs > 0) setTimeout(() => dismissNotice(id), timeoutMs);
  return id;
}

export function dismissNotice(id: number): void {
  useAppStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

export function dismissAllNotices(): void {
  useAppStore.setState({ notices: [] });
}

/** Show or hide a side panel; where there is no room for both, showing one hides the other. */
export function togglePanel(panel: PanelId, open?: boolean): void {
  useAppStore.setState((s) => {
    const show = open ?? !s.panels[panel];
    const other: PanelId = panel === 'palette' ? 'inspector' : 'palette';
    return { panels: { [panel]: show, [other]: show && isNarrow() ? false : s.panels[other] } as Record<PanelId, boolean> };
  });
}

export function setTheme(theme: ThemeChoice): void {
  try {
    localStorage.setItem('mlsd-theme', theme);
  } catch {
    // Private mode: the choice lasts for this visit.
  }
  useAppStore.setState({ theme });
}

export function toggleSnap(): void {
  const snapToGrid = !useAppStore.getState().snapToGrid;
  try {
    localStorage.setItem('mlsd-snap', snapToGrid ? 'on' : 'off');
  } catch {
    // Private mode: the choice lasts for this visit.
  }
  useAppStore.setState({ snapToGrid });
}

/** Show a tab of the right-hand panel, or hide the panel when that tab is already showing. */
export function toggleRightTab(tab: RightTab): void {
  useAppStore.setState((s) => {
    const showing = s.panels.inspector && s.rightTab === tab;
    return { rightTab: tab, panels: { inspector: !showing, palette: !showing && isNarrow() ? false : s.panels.palette } };
  });
}

/** Above this many nodes the mini map starts hidden: it redraws every node on each pan, zoom and drag. */
export const MINIMAP_AUTO_LIMIT = 250;

export function toggleMiniMap(shownNow: boolean): void {
  try {
    localStorage.setItem('mlsd-minimap', shownNow ? 'off' : 'on');
  } catch {
    // Private mode: the choice lasts for this visit.
  }
  useAppStore.setState({ miniMap: !shownNow });
}
