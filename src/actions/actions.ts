// The one action table: the toolbar, the menus, the keyboard shortcuts and the help dialog all read it.
import {
  Copy, Group, Keyboard, Magnet, Maximize, Moon, PanelLeft, PanelRight, Plus, Redo2, StickyNote, Trash2, Undo2,
  Ungroup, ZoomIn, ZoomOut, ClipboardPaste, Scissors, SquareDashedMousePointer, CopyPlus, FolderOpen, Download, Braces,
  GitFork, Link, ListChecks, LayoutTemplate, Workflow, Rows3, Focus, Map as MapIcon, Search, Image as ImageIcon, AlignStartVertical, AlignCenterVertical, AlignEndVertical, AlignStartHorizontal,
  AlignCenterHorizontal, AlignEndHorizontal, AlignHorizontalDistributeCenter, AlignVerticalDistributeCenter, Timer, type LucideIcon,
} from 'lucide-react';
import { createNode } from '../domain/board';
import { fitNodes, getFlowInstance, viewCentre } from '../canvas/flow-instance';
import { redo, undo, useBoardStore } from '../store/board-store';
import { MINIMAP_AUTO_LIMIT, setTheme, toggleMiniMap, toggleRightTab, toggleSnap, togglePanel, useAppStore } from '../store/app-store';
import {
  addNodes, deleteSelection, duplicateSelection, groupSelection, selectOnly, ungroupSelection,
} from '../store/edits';
import { newBlankBoard } from '../store/persistence';
import { copyToClipboard, pasteFromClipboard } from './clipboard';
import { autoLayout } from './layout';
import { alignSelection, type Alignment } from '../store/align';
import { pickFile } from '../io/import-board';

const exporter = () => import('../io/export-board');
const practice = () => import('../practice/mount');

export type ActionGroup = 'Board' | 'Edit' | 'Arrange' | 'View' | 'Help';

export type Action = {
  id: string;
  label: string;
  group: ActionGroup;
  icon?: LucideIcon;
  /** Shortcuts, first one shown in menus ("Mod+Z"). */
  keys?: readonly string[];
  /** Left to the browser's copy/cut/paste events when pressed on the keyboard (see useClipboardEvents). */
  native?: boolean;
  /** `at`: the point on screen the action was asked for at (a context menu's), for actions that add something. */
  run: (at?: { x: number; y: number }) => void;
};

const ALIGNMENTS: [Alignment, string, LucideIcon][] = [
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
export const ALIGN_ACTIONS = ALIGNMENTS.map(([how]) => `align-${how}`);

const board = () => useBoardStore.getState().board;
const apply = useBoardStore.getState().apply;
const hasSelection = () => board().nodes.some((n) => n.selected) || board().edges.some((e) => e.selected);

export const ACTIONS: readonly Action[] = [
  { id: 'new-board', label: 'New board', group: 'Board', icon: Plus, keys: ['Alt+N'], run: () => void newBlankBoard() },
  { id: 'templates', label: 'Templates…', group: 'Board', icon: LayoutTemplate, keys: ['Alt+P'], run: () => useAppStore.setState({ dialog: 'templates' }) },
  { id: 'practice', label: 'Interview practice…', group: 'Board', icon: Timer, keys: ['Alt+I'], run: () => void practice().then((m) => m.openPractice('bank')) },
  { id: 'practice-progress', label: 'Practice progress…', group: 'Board', run: () => void practice().then((m) => m.openPractice('progress')) },
  { id: 'open-file', label: 'Open a board file…', group: 'Board', icon: FolderOpen, keys: ['Mod+O'], run: pickFile },
  { id: 'export', label: 'Export…', group: 'Board', icon: Download, keys: ['Mod+E'], run: () => useAppStore.setState({ dialog: 'export' }) },
  { id: 'export-json', label: 'Download board file (JSON)', group: 'Board', icon: Braces, keys: ['Mod+S'], run: () => void exporter().then((m) => m.exportJson()) },
  { id: 'copy-image', label: 'Copy as image', group: 'Board', icon: ImageIcon, run: () => void exporter().then((m) => m.copyImage()) },
  { id: 'copy-mermaid', label: 'Copy as Mermaid', group: 'Board', icon: GitFork, keys: ['Alt+M'], run: () => void exporter().then((m) => m.copyMermaid()) },
  { id: 'copy-link', label: 'Copy share link', group: 'Board', icon: Link, keys: ['Alt+L'], run: () => void exporter().then((m) => m.copyShareLink()) },
  { id: 'undo', label: 'Undo', group: 'Edit', icon: Undo2, keys: ['Mod+Z'], run: undo },
  { id: 'redo', label: 'Redo', group: 'Edit', icon: Redo2, keys: ['Mod+Shift+Z', 'Mod+Y'], run: redo },
  { id: 'delete', label: 'Delete selection', group: 'Edit', icon: Trash2, keys: ['Delete', 'Backspace'], run: () => apply(deleteSelection) },
  { id: 'duplicate', label: 'Duplicate', group: 'Edit', icon: CopyPlus, keys: ['Mod+D'], run: () => apply(duplicateSelection) },
  { id: 'copy', label: 'Copy', group: 'Edit', icon: Copy, keys: ['Mod+C'], native: true, run: () => void copyToClipboard() },
  {
    id: 'cut', label: 'Cut', group: 'Edit', icon: Scissors, keys: ['Mod+X'], native: true,
    run: () => void copyToClipboard().then(() => apply(deleteSelection)),
  },
  { id: 'paste', label: 'Paste', group: 'Edit', icon: ClipboardPaste, keys: ['Mod+V'], native: true, run: () => void pasteFromClipboard() },
  {
    id: 'select-all', label: 'Select all', group: 'Edit', icon: SquareDashedMousePointer, keys: ['Mod+A'],
    run: () => apply((b) => selectOnly(b, new Set(b.nodes.map((n) => n.id)), new Set(b.edges.map((e) => e.id)))),
  },
  {
    id: 'deselect', label: 'Clear selection', group: 'Edit', keys: ['Escape'],
    run: () => hasSelection() && apply((b) => selectOnly(b, new Set())),
  },
  {
    id: 'add-note', label: 'Add a note', group: 'Edit', icon: StickyNote, keys: ['Alt+T'],
    run: (at) => {
      const c = (at && getFlowInstance()?.screenToFlowPosition(at)) || viewCentre();
      apply((b) => addNodes(b, [createNode('note', { x: c.x - 110, y: c.y - 30 }, 'Note')]));
    },
  },
  { id: 'group', label: 'Group into a pipeline', group: 'Arrange', icon: Group, keys: ['Mod+G'], run: () => apply((b) => groupSelection(b, 'New pipeline')) },
  { id: 'ungroup', label: 'Ungroup', group: 'Arrange', icon: Ungroup, keys: ['Mod+Shift+G'], run: () => apply(ungroupSelection) },
  { id: 'layout-lr', label: 'Auto-layout left to right', group: 'Arrange', icon: Workflow, keys: ['Alt+Shift+L'], run: () => void autoLayout('LR') },
  { id: 'layout-tb', label: 'Auto-layout top to bottom', group: 'Arrange', icon: Rows3, keys: ['Alt+Shift+V'], run: () => void autoLayout('TB') },
  ...ALIGNMENTS.map(([how, label, icon]): Action => ({
    id: `align-${how}`, label, group: 'Arrange', icon, run: () => apply((b) => alignSelection(b, how)),
  })),
  { id: 'find', label: 'Find on board…', group: 'View', icon: Search, keys: ['Mod+F'], run: () => useAppStore.setState({ dialog: 'find' }) },
  { id: 'fit-view', label: 'Fit to screen', group: 'View', icon: Maximize, keys: ['Shift+1'], run: () => fitNodes(undefined, { maxZoom: 1.5, duration: 200 }) },
  {
    id: 'fit-selection', label: 'Zoom to selection', group: 'View', icon: Focus, keys: ['Shift+2'],
    run: () => {
      const ids = board().nodes.filter((n) => n.selected).map((n) => n.id);
      if (ids.length) fitNodes(ids, { padding: 0.2, maxZoom: 1.5, duration: 200 });
    },
  },
  { id: 'zoom-in', label: 'Zoom in', group: 'View', icon: ZoomIn, keys: ['+', '='], run: () => void getFlowInstance()?.zoomIn({ duration: 150 }) },
  { id: 'zoom-out', label: 'Zoom out', group: 'View', icon: ZoomOut, keys: ['-'], run: () => void getFlowInstance()?.zoomOut({ duration: 150 }) },
  { id: 'zoom-reset', label: 'Zoom to 100%', group: 'View', keys: ['Shift+0'], run: () => void getFlowInstance()?.zoomTo(1, { duration: 150 }) },
  {
    id: 'toggle-minimap', label: 'Show / hide mini map', group: 'View', icon: MapIcon, keys: ['Alt+K'],
    run: () => toggleMiniMap(useAppStore.getState().miniMap ?? board().nodes.length <= MINIMAP_AUTO_LIMIT),
  },
  { id: 'toggle-snap', label: 'Snap to grid', group: 'View', icon: Magnet, keys: ['Alt+G'], run: toggleSnap },
  {
    id: 'toggle-theme', label: 'Switch light / dark theme', group: 'View', icon: Moon, keys: ['Alt+D'],
    run: () => {
      const dark = document.documentElement.dataset.theme === 'dark';
      setTheme(dark ? 'light' : 'dark');
    },
  },
  { id: 'toggle-palette', label: 'Show / hide components', group: 'View', icon: PanelLeft, keys: ['Alt+1'], run: () => togglePanel('palette') },
  { id: 'toggle-inspector', label: 'Show / hide inspector', group: 'View', icon: PanelRight, keys: ['Alt+2'], run: () => toggleRightTab('inspect') },
  { id: 'toggle-checklist', label: 'Check the design', group: 'View', icon: ListChecks, keys: ['Alt+3'], run: () => toggleRightTab('check') },
  {
    id: 'help', label: 'Keyboard shortcuts', group: 'Help', icon: Keyboard, keys: ['?'],
    run: () => useAppStore.setState((s) => ({ dialog: s.dialog === 'help' ? null : 'help' })),
  },
];

const byId = new Map(ACTIONS.map((a) => [a.id, a]));

export function getAction(id: string): Action {
  const action = byId.get(id);
  if (!action) throw new Error(`Unknown action "${id}"`);
  return action;
}

export function runAction(id: string): void {
  getAction(id).run();
}
