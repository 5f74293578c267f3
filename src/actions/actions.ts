// The one action table: the toolbar, the menus, the keyboard shortcuts and the help dialog all read it.
import Copy from 'lucide-glyph:copy';
import Group from 'lucide-glyph:group';
import Keyboard from 'lucide-glyph:keyboard';
import Magnet from 'lucide-glyph:magnet';
import Maximize from 'lucide-glyph:maximize';
import Moon from 'lucide-glyph:moon';
import PanelLeft from 'lucide-glyph:panel-left';
import PanelRight from 'lucide-glyph:panel-right';
import Plus from 'lucide-glyph:plus';
import Redo2 from 'lucide-glyph:redo-2';
import StickyNote from 'lucide-glyph:sticky-note';
import Trash2 from 'lucide-glyph:trash';
import Undo2 from 'lucide-glyph:undo-2';
import Ungroup from 'lucide-glyph:ungroup';
import PackagePlus from 'lucide-glyph:package-plus';
import Pencil from 'lucide-glyph:pencil';
import Cable from 'lucide-glyph:cable';
import EllipsisVertical from 'lucide-glyph:ellipsis-vertical';
import ZoomIn from 'lucide-glyph:zoom-in';
import ZoomOut from 'lucide-glyph:zoom-out';
import ClipboardPaste from 'lucide-glyph:clipboard-paste';
import Scissors from 'lucide-glyph:scissors';
import SquareDashedMousePointer from 'lucide-glyph:square-dashed-mouse-pointer';
import CopyPlus from 'lucide-glyph:copy-plus';
import FolderOpen from 'lucide-glyph:folder-open';
import Download from 'lucide-glyph:download';
import Braces from 'lucide-glyph:braces';
import GitFork from 'lucide-glyph:git-fork';
import Link from 'lucide-glyph:link';
import ListChecks from 'lucide-glyph:list-checks';
import LayoutTemplate from 'lucide-glyph:layout-template';
import Workflow from 'lucide-glyph:workflow';
import Rows3 from 'lucide-glyph:rows-3';
import Focus from 'lucide-glyph:focus';
import MapIcon from 'lucide-glyph:map';
import Search from 'lucide-glyph:search';
import ImageIcon from 'lucide-glyph:image';
import AlignStartVertical from 'lucide-glyph:align-start-vertical';
import AlignCenterVertical from 'lucide-glyph:align-center-vertical';
import AlignEndVertical from 'lucide-glyph:align-end-vertical';
import AlignStartHorizontal from 'lucide-glyph:align-start-horizontal';
import AlignCenterHorizontal from 'lucide-glyph:align-center-horizontal';
import AlignEndHorizontal from 'lucide-glyph:align-end-horizontal';
import AlignHorizontalDistributeCenter from 'lucide-glyph:align-horizontal-distribute-center';
import AlignVerticalDistributeCenter from 'lucide-glyph:align-vertical-distribute-center';
import Unlink from 'lucide-glyph:unlink';
import Timer from 'lucide-glyph:timer';
import { type Glyph } from '../canvas/glyph';
import { createNode, isGroup } from '../domain/board';
import { fitNodes, getFlowInstance, viewCentre } from '../canvas/flow-instance';
import { canRedo, canUndo, redo, undo, useBoardStore, type Edited } from '../store/board-store';
import { clearSelection, select, selection, type Selection } from '../store/selection';
import {
  MINIMAP_AUTO_LIMIT, setTheme, toggleMiniMap, toggleRightTab, toggleSnap, togglePanel, useAppStore, type AppState,
} from '../store/app-store';
import type { EditorBoard } from '../store/types';
import {
  addNodeNear, deleteSelection, duplicateSelection, groupSelection, ungroupSelection,
} from '../store/edits';
import { newBlankBoard } from '../store/persistence';
import type { FlowNode } from '../store/types';
import { focusNodeWhenDrawn, openSelectionMenu, renameFocused } from '../canvas/board-keys';
import { copyToClipboard, pasteFromClipboard } from './clipboard';
import { autoLayout } from './layout';
import type { Alignment } from '../store/align';
// Aligning is rare: its code loads when first used, not at start-up.
const aligner = () => import('../store/align');
import { resetSides } from '../store/sides';
import { pickFile } from '../io/import-board';
import { isViewing, loadRoom, useRoomStore } from '../room/status';

const exporter = () => import('../io/export-board');
const practice = () => import('../practice/mount');
const comments = () => import('../comments/start');

export type ActionGroup = 'Board' | 'Edit' | 'Arrange' | 'View' | 'Help';

/** What an action's `enabled` and `checked` read: the board, the app's state, the undo history, the room role. */
export type ActionContext = {
  board: EditorBoard; app: AppState; canUndo: boolean; canRedo: boolean; selection: SelectionSummary;
  /** A viewer in a live room (src/collab/status.ts): actions that change the board are off. */
  readOnly: boolean;
};

export type SelectionSummary = { nodes: number; edges: number; groups: number; total: number };

const summaries = new WeakMap<Selection, { nodes: EditorBoard['nodes']; summary: SelectionSummary }>();
/** What is selected, counted once per selection and board (many buttons ask on each change). */
export function selectionSummary(board: EditorBoard, selected: Selection): SelectionSummary {
  const known = summaries.get(selected);
  if (known?.nodes === board.nodes) return known.summary;
  let groups = 0;
  if (selected.nodes.size > 0) for (const n of board.nodes) if (isGroup(n) && selected.nodes.has(n.id)) groups++;
  const summary = { nodes: selected.nodes.size, edges: selected.edges.size, groups, total: board.nodes.length };
  summaries.set(selected, { nodes: board.nodes, summary });
  return summary;
}

type ActionDef = {
  readonly id: string;
  label: string;
  group: ActionGroup;
  icon?: Glyph;
  /** Shortcuts, first one shown in menus ("Mod+Z"). */
  keys?: readonly string[];
  /** Left to the browser's copy/cut/paste events when pressed on the keyboard (see useClipboardEvents). */
  native?: boolean;
  /** `at`: the point on screen the action was asked for at (a context menu's), for actions that add something. */
  run: (at?: { x: number; y: number }) => void;
  /** False when the action has nothing to act on: every button, menu item and shortcut greys out from this. */
  enabled?: (c: ActionContext) => boolean;
  /** For a toggle: whether it is on (a pressed button, a ticked menu item). */
  checked?: (c: ActionContext) => boolean;
  /** Its keys act only when the focus is on the board (a node, an edge, the canvas), not on a button or a field. */
  boardKeys?: boolean;
  /** It changes the open board: off for a viewer in a live room. */
  edits?: true;
};

const ALIGNMENTS: [Alignment, string, Glyph][] = [
  ['left', 'Align left', AlignStartVertical],
  ['centre', 'Align centres', AlignCenterVertical],
  ['right', 'Align right', AlignEndVertical],
  ['top', 'Align top', AlignStartHorizontal],
  ['middle', 'Align middles', AlignCenterHorizontal],
  ['bottom', 'Align bottom', AlignEndHorizontal],
  ['spread-x', 'Spread out across', AlignHorizontalDistributeCenter],
  ['spread-y', 'Spread out down', AlignVerticalDistributeCenter],
];
/** The alignment actions' ids, for the menu of a selection of several nodes. */
export const ALIGN_ACTIONS = ALIGNMENTS.map(([how]) => `align-${how}` as const);

const board = () => useBoardStore.getState().board;
const apply = useBoardStore.getState().apply;
/** An edit of the selection, applied to the selection as it is when it runs. */
const onSelection = (edit: (board: EditorBoard, selected: Selection) => Edited) => () => apply((b) => edit(b, selection()));

// Conditions several actions share.
const anySelected = (c: ActionContext) => c.selection.nodes + c.selection.edges > 0;
const nodesSelected = (c: ActionContext) => c.selection.nodes > 0;
const oneNodeSelected = (c: ActionContext) => c.selection.nodes === 1;
const notEmpty = (c: ActionContext) => c.selection.total > 0;

const ACTION_LIST = [
  { id: 'new-board', label: 'New board', group: 'Board', icon: Plus, keys: ['Alt+N'], run: () => void newBlankBoard() },
  { id: 'templates', label: 'Templates…', group: 'Board', icon: LayoutTemplate, keys: ['Alt+P'], run: () => useAppStore.setState({ dialog: 'templates' }) },
  { id: 'practice', label: 'Interview practice…', group: 'Board', icon: Timer, keys: ['Alt+I'], run: () => void practice().then((m) => m.openPractice('bank')) },
  { id: 'practice-progress', label: 'Practice progress…', group: 'Board', run: () => void practice().then((m) => m.openPractice('progress')) },
  { id: 'invite', label: 'Invite…', group: 'Board', run: () => void loadRoom().then((m) => m.invite()) },
  { id: 'open-file', label: 'Open a board file…', group: 'Board', icon: FolderOpen, keys: ['Mod+O'], run: pickFile },
  { id: 'export', label: 'Export…', group: 'Board', icon: Download, keys: ['Mod+E'], run: () => useAppStore.setState({ dialog: 'export' }) },
  { id: 'export-json', label: 'Download board file (JSON)', group: 'Board', icon: Braces, keys: ['Mod+S'], enabled: notEmpty, run: () => void exporter().then((m) => m.exportJson()) },
  { id: 'copy-image', label: 'Copy as image', group: 'Board', icon: ImageIcon, enabled: notEmpty, run: () => void exporter().then((m) => m.copyImage()) },
  { id: 'copy-mermaid', label: 'Copy as Mermaid', group: 'Board', icon: GitFork, keys: ['Alt+M'], enabled: notEmpty, run: () => void exporter().then((m) => m.copyMermaid()) },
  { id: 'copy-link', label: 'Copy share link', group: 'Board', icon: Link, keys: ['Alt+L'], enabled: notEmpty, run: () => void exporter().then((m) => m.copyShareLink()) },
  { id: 'undo', edits: true, label: 'Undo', group: 'Edit', icon: Undo2, keys: ['Mod+Z'], enabled: (c) => c.canUndo, run: undo },
  { id: 'redo', edits: true, label: 'Redo', group: 'Edit', icon: Redo2, keys: ['Mod+Shift+Z', 'Mod+Y'], enabled: (c) => c.canRedo, run: redo },
  { id: 'delete', edits: true, label: 'Delete selection', group: 'Edit', icon: Trash2, keys: ['Delete', 'Backspace'], enabled: anySelected, run: onSelection(deleteSelection) },
  { id: 'duplicate', edits: true, label: 'Duplicate', group: 'Edit', icon: CopyPlus, keys: ['Mod+D'], enabled: nodesSelected, run: onSelection(duplicateSelection) },
  { id: 'copy', label: 'Copy', group: 'Edit', icon: Copy, keys: ['Mod+C'], native: true, enabled: nodesSelected, run: () => void copyToClipboard() },
  {
    id: 'cut', label: 'Cut', edits: true, group: 'Edit', icon: Scissors, keys: ['Mod+X'], native: true,
    enabled: nodesSelected, run: () => void copyToClipboard().then(onSelection(deleteSelection)),
  },
  { id: 'paste', edits: true, label: 'Paste', group: 'Edit', icon: ClipboardPaste, keys: ['Mod+V'], native: true, run: () => void pasteFromClipboard() },
  {
    id: 'select-all', label: 'Select all', group: 'Edit', icon: SquareDashedMousePointer, keys: ['Mod+A'],
    enabled: notEmpty, run: () => select(board().nodes.map((n) => n.id), board().edges.map((e) => e.id)),
  },
  {
    id: 'deselect', label: 'Clear selection', group: 'Edit', keys: ['Escape'],
    enabled: anySelected, run: clearSelection,
  },
  {
    id: 'add-note', edits: true, label: 'Add a note', group: 'Edit', icon: StickyNote, keys: ['Alt+T'],
    run: (at) => {
      // At the point of a canvas menu; from the toolbar or a key, near the view's centre.
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      const onCanvas = at && pane && at.x >= pane.left && at.x <= pane.right && at.y >= pane.top && at.y <= pane.bottom;
      const c = (onCanvas && getFlowInstance()?.screenToFlowPosition(at)) || viewCentre();
      const note = createNode('note', { x: 0, y: 0 }, 'Note') as FlowNode;
      apply((b) => addNodeNear(b, note, c));
      // A new note opens for typing, its text selected.
      useAppStore.setState({ renaming: note.id });
    },
  },
  {
    id: 'add-component', edits: true, label: 'Add a component…', group: 'Edit', icon: PackagePlus, keys: ['Alt+A'],
    run: () => {
      togglePanel('palette', true);
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.palette-search input')?.focus());
    },
  },
  {
    id: 'add-comment', label: 'Add a comment', group: 'Edit', keys: ['Alt+C'],
    run: (at) => void comments().then((m) => m.startComment(at)),
  },
  {
    id: 'rename', edits: true, label: 'Rename', group: 'Edit', icon: Pencil, keys: ['Enter', 'F2'], boardKeys: true,
    enabled: oneNodeSelected, run: () => renameFocused(),
  },
  {
    id: 'connect', edits: true, label: 'Connect to…', group: 'Edit', icon: Cable, keys: ['C'], boardKeys: true,
    enabled: (c) => oneNodeSelected(c) && c.board.nodes.length > 1, run: () => useAppStore.setState({ dialog: 'connect' }),
  },
  {
    id: 'open-menu', label: 'Actions for the selection', group: 'Edit', icon: EllipsisVertical, keys: ['Shift+F10', 'ContextMenu'],
    boardKeys: true, run: () => openSelectionMenu(),
  },
  {
    id: 'group', edits: true, label: 'Group into a pipeline', group: 'Arrange', icon: Group, keys: ['Mod+G'], enabled: nodesSelected,
    run: () => {
      apply((b) => groupSelection(b, selection(), 'New pipeline'));
      // The new group is selected; it takes the keyboard focus too, if the focus was on the board.
      const group = board().nodes.find((n) => selection().nodes.has(n.id) && isGroup(n));
      if (group && document.activeElement?.closest('.react-flow')) focusNodeWhenDrawn(group.id);
    },
  },
  { id: 'ungroup', edits: true, label: 'Ungroup', group: 'Arrange', icon: Ungroup, keys: ['Mod+Shift+G'], enabled: (c) => c.selection.groups > 0, run: onSelection(ungroupSelection) },
  { id: 'layout-lr', edits: true, label: 'Auto-layout left to right', group: 'Arrange', icon: Workflow, keys: ['Alt+Shift+L'], enabled: notEmpty, run: () => void autoLayout('LR') },
  {
    id: 'reset-sides', edits: true, label: 'Reset sides', group: 'Arrange', icon: Unlink, enabled: (c) => c.selection.edges > 0,
    run: onSelection(resetSides),
  },
  { id: 'layout-tb', edits: true, label: 'Auto-layout top to bottom', group: 'Arrange', icon: Rows3, keys: ['Alt+Shift+V'], enabled: notEmpty, run: () => void autoLayout('TB') },
  ...ALIGNMENTS.map(([how, label, icon]) => ({
    id: `align-${how}` as const, edits: true as const, label, group: 'Arrange' as const, icon, enabled: (c: ActionContext) => c.selection.nodes >= (how.startsWith('spread') ? 3 : 2), run: () => void aligner().then(({ alignSelection }) => apply((b) => alignSelection(b, selection(), how))),
  })),
  { id: 'find', label: 'Find on board…', group: 'View', icon: Search, keys: ['Mod+F'], enabled: notEmpty, run: () => useAppStore.setState({ dialog: 'find' }) },
  { id: 'fit-view', label: 'Fit to screen', group: 'View', icon: Maximize, keys: ['Shift+1'], enabled: notEmpty, run: () => fitNodes(undefined, { maxZoom: 1.5, duration: 200 }) },
  {
    id: 'fit-selection', label: 'Zoom to selection', group: 'View', icon: Focus, keys: ['Shift+2'],
    enabled: anySelected, run: () => {
      // A selected arrow is brought into view by its two ends.
      const { nodes, edges } = selection();
      const ids = new Set(nodes);
      for (const e of board().edges) if (edges.has(e.id)) ids.add(e.source).add(e.target);
      if (ids.size) fitNodes(ids, { padding: 0.2, maxZoom: 1.5, duration: 200 });
    },
  },
  { id: 'zoom-in', label: 'Zoom in', group: 'View', icon: ZoomIn, keys: ['+', '='], run: () => void getFlowInstance()?.zoomIn({ duration: 150 }) },
  { id: 'zoom-out', label: 'Zoom out', group: 'View', icon: ZoomOut, keys: ['-'], run: () => void getFlowInstance()?.zoomOut({ duration: 150 }) },
  { id: 'zoom-reset', label: 'Zoom to 100%', group: 'View', keys: ['Shift+0'], run: () => void getFlowInstance()?.zoomTo(1, { duration: 150 }) },
  {
    id: 'toggle-minimap', label: 'Show / hide mini map', group: 'View', icon: MapIcon, keys: ['Alt+K'],
    checked: (c) => c.app.miniMap ?? c.board.nodes.length <= MINIMAP_AUTO_LIMIT, run: () => toggleMiniMap(useAppStore.getState().miniMap ?? board().nodes.length <= MINIMAP_AUTO_LIMIT),
  },
  { id: 'toggle-snap', label: 'Snap to grid', group: 'View', icon: Magnet, keys: ['Alt+G'], checked: (c) => c.app.snapToGrid, run: toggleSnap },
  {
    id: 'toggle-theme', label: 'Switch light / dark theme', group: 'View', icon: Moon, keys: ['Alt+D'],
    run: () => {
      const dark = document.documentElement.dataset.theme === 'dark';
      setTheme(dark ? 'light' : 'dark');
    },
  },
  { id: 'toggle-palette', label: 'Show / hide components', group: 'View', icon: PanelLeft, keys: ['Alt+1'], checked: (c) => c.app.panels.palette, run: () => togglePanel('palette') },
  { id: 'toggle-inspector', label: 'Show / hide inspector', group: 'View', icon: PanelRight, keys: ['Alt+2'], checked: (c) => c.app.panels.inspector && c.app.rightTab === 'inspect', run: () => toggleRightTab('inspect') },
  { id: 'toggle-checklist', label: 'Check the design', group: 'View', icon: ListChecks, keys: ['Alt+3'], checked: (c) => c.app.panels.inspector && c.app.rightTab === 'check', run: () => toggleRightTab('check') },
  {
    id: 'toggle-comments', label: 'Comments', group: 'View', keys: ['Alt+4'],
    checked: (c) => c.app.panels.inspector && c.app.rightTab === 'comments', run: () => toggleRightTab('comments'),
  },
  {
    id: 'help', label: 'Keyboard shortcuts', group: 'Help', icon: Keyboard, keys: ['?'],
    run: () => useAppStore.setState((s) => ({ dialog: s.dialog === 'help' ? null : 'help' })),
  },
] as const satisfies readonly ActionDef[];

/** Every action's id: a type the compiler checks wherever an action is named (menus, toolbar, tests). */
export type ActionId = (typeof ACTION_LIST)[number]['id'];
export type Action = ActionDef & { id: ActionId };
export const ACTIONS: readonly Action[] = ACTION_LIST;

const byId = new Map<string, Action>(ACTIONS.map((a) => [a.id, a]));

export function getAction(id: ActionId): Action {
  const action = byId.get(id);
  if (!action) throw new Error(`Unknown action "${id}"`);
  return action;
}

export function isActionId(id: string): id is ActionId {
  return byId.has(id);
}

/** The state actions read for `enabled` and `checked`, as it is now. */
export function actionContext(): ActionContext {
  const { board } = useBoardStore.getState();
  return {
    board, app: useAppStore.getState(), canUndo: canUndo(), canRedo: canRedo(), selection: selectionSummary(board, selection()), readOnly: isViewing(),
  };
}

/**
 * Whether this person can use the action at all, as opposed to it having nothing to act on now: a viewer in a live
 * room is offered only what leaves the board as it is (view, select, copy, export, find, zoom, comment). Menus leave
 * out what is not offered; buttons and keys grey it out like anything not enabled.
 */
export const isOffered = (action: Action, context = actionContext()): boolean => !(action.edits && context.readOnly);

export const isEnabled = (action: Action, context = actionContext()): boolean =>
  isOffered(action, context) && (action.enabled?.(context) ?? true);

/** Calls `onChange` when the room role may have changed what actions are enabled. */
export const subscribeRoom = (onChange: () => void) => useRoomStore.subscribe(onChange);

/** Run an action unless it has nothing to act on now. */
export function runAction(id: ActionId, at?: { x: number; y: number }): void {
  const action = getAction(id);
  if (isEnabled(action)) action.run(at);
}
