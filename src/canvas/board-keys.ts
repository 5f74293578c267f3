// The board by keyboard: arrow keys travel between nodes (Alt: along arrows; Ctrl: keeping the selection, and
// Space adds the focused node to it), Shift+Arrow moves the selection and keeps it in view, the view follows the
// focused node, Enter/F2 rename in place, Shift+F10 opens the menu.
import { useEffect } from 'react';
import { nearestInDirection, type Direction } from '../domain/navigation';
import type { Box } from '../domain/placement';
import { EDGE_MENU, NODE_MENU, PANE_MENU } from '../actions/menus';
import { ALIGN_ACTIONS } from '../actions/actions';
import { useAppStore } from '../store/app-store';
import { useBoardStore } from '../store/board-store';
import { select, selection, toggleNode } from '../store/selection';
import { absolutePositions, sizeOf } from '../store/geometry';
import { getFlowInstance } from './flow-instance';

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
/** Shift+Arrow moves the selection one grid step. */
const MOVE_STEP = 16;
const MARGIN = 40;

const nodeElement = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);

/** The node that has the keyboard focus, if any. */
export function focusedNodeId(): string | null {
  return (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? null;
}

function boxes(): Map<string, Box> {
  const nodes = useBoardStore.getState().board.nodes;
  const at = absolutePositions(nodes);
  return new Map(nodes.map((n) => [n.id, { ...at.get(n.id)!, ...sizeOf(n) }]));
}

/** Pan (zoom unchanged) so the box is inside the canvas with a margin; nothing when it already is. */
export function keepInView(box: Box, duration = 120): void {
  const flow = getFlowInstance();
  const pane = document.querySelector('.react-flow');
  if (!flow || !pane) return;
  const { width, height } = pane.getBoundingClientRect();
  const { x, y, zoom } = flow.getViewport();
  const left = box.x * zoom + x;
  const top = box.y * zoom + y;
  const right = left + box.width * zoom;
  const bottom = top + box.height * zoom;
  let dx = 0;
  let dy = 0;
  if (left < MARGIN) dx = MARGIN - left;
  else if (right > width - MARGIN) dx = Math.max(MARGIN - left, width - MARGIN - right);
  if (top < MARGIN) dy = MARGIN - top;
  else if (bottom > height - MARGIN) dy = Math.max(MARGIN - top, height - MARGIN - bottom);
  if (dx || dy) void flow.setViewport({ x: x + dx, y: y + dy, zoom }, { duration });
}

/**
 * Give a node the focus once it is on screen (the canvas mounts only what is in view, and keeps a new node hidden,
 * so unfocusable, until it has measured it). While it waits, the user may go on (a key that opens a dialog): the
 * focus is then not taken from there.
 */
export function focusNodeWhenDrawn(id: string, tries = 30, waited = false): void {
  if (waited && document.activeElement?.closest('[role="dialog"], [role="menu"], .rename-field')) return;
  const el = nodeElement(id);
  el?.focus({ preventScroll: true });
  if ((!el || document.activeElement !== el) && tries > 0) requestAnimationFrame(() => focusNodeWhenDrawn(id, tries - 1, true));
}

/** Bring a node into view and focus it; selected alone unless `keepSelection` (Ctrl+Arrow). */
export function goToNode(id: string, keepSelection = false): void {
  const box = boxes().get(id);
  if (!box) return;
  if (!keepSelection) select([id]);
  keepInView(box, 0);
  focusNodeWhenDrawn(id);
}

/** The node the keyboard acts on: the focused one, else the only selected one. */
function currentNodeId(): string | null {
  const focused = focusedNodeId();
  if (focused) return focused;
  const selected = selection().nodes;
  return selected.size === 1 ? [...selected][0] : null;
}

export function renameFocused(): void {
  const id = currentNodeId();
  if (!id) return;
  select([id]);
  useAppStore.setState({ renaming: id });
}

/** The canvas's context menu for the selection, opened from the keyboard under the focused or selected node. */
export function openSelectionMenu(): void {
  const selectedNodes = [...selection().nodes];
  const id = focusedNodeId() ?? selectedNodes[0];
  const rect = (id && nodeElement(id)?.getBoundingClientRect()) || document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!rect) return;
  const items = selectedNodes.length > 1 ? [...NODE_MENU, '-' as const, ...ALIGN_ACTIONS] : selectedNodes.length ? NODE_MENU : selection().edges.size ? EDGE_MENU : PANE_MENU;
  useAppStore.setState({ menu: { x: rect.left + 12, y: id ? rect.bottom + 4 : rect.top + rect.height / 2, items } });
}

/** The nodes an arrow joins to this one. */
function linkedTo(id: string): Set<string> {
  const out = new Set<string>();
  for (const e of useBoardStore.getState().board.edges) {
    if (e.source === id) out.add(e.target);
    if (e.target === id) out.add(e.source);
  }
  return out;
}

function travel(fromId: string, direction: Direction, alongArrows: boolean, keepSelection: boolean): void {
  const all = boxes();
  const from = all.get(fromId);
  if (!from) return;
  const linked = alongArrows ? linkedTo(fromId) : null;
  const candidates = new Map([...all].filter(([id]) => id !== fromId && (!linked || linked.has(id))));
  const next = nearestInDirection(from, candidates, direction);
  if (next) goToNode(next, keepSelection);
}

function moveSelection(direction: Direction, focused: string): void {
  const d = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction];
  const selected = selection().nodes;
  useBoardStore.getState().apply((b) => ({
    ...b,
    nodes: b.nodes.map((n) =>
      selected.has(n.id) || n.id === focused ? { ...n, position: { x: n.position.x + d[0] * MOVE_STEP, y: n.position.y + d[1] * MOVE_STEP } } : n,
    ),
  }));
  const box = boxes().get(focused);
  if (box) keepInView(box, 0);
  focusNodeWhenDrawn(focused);
}

/** The board's own keys, on the canvas element; in the capture phase, so React Flow's arrow-key move does not run. */
export function useBoardKeys(): void {
  useEffect(() => {
    const root = document.querySelector<HTMLElement>('.react-flow');
    if (!root) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const node = target.closest<HTMLElement>('.react-flow__node')?.dataset.id;
      // Space: the focused node joins or leaves the selection (with Ctrl+Arrow, to select several by keyboard).
      if (event.key === ' ' && node && !event.altKey) {
        toggleNode(node);
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      const direction = DIRECTIONS[event.key];
      if (!direction) return;
      if (!node) {
        // On the canvas itself: the first arrow goes to the selected node, or the one nearest the view's centre.
        if (target !== root && !target.classList.contains('react-flow__pane')) return;
        const first = firstSelected() ?? nearestToCentre();
        if (first) goToNode(first);
      } else if (event.shiftKey) moveSelection(direction, node);
      else travel(node, direction, event.altKey, event.ctrlKey || event.metaKey);
      event.preventDefault();
      event.stopPropagation();
    };
    // The view follows the focus (Tab into a node that is partly out of view).
    const onFocusIn = (event: FocusEvent) => {
      const id = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id;
      const box = id && boxes().get(id);
      if (box) keepInView(box);
    };
    root.addEventListener('keydown', onKeyDown, true);
    root.addEventListener('focusin', onFocusIn);
    return () => {
      root.removeEventListener('keydown', onKeyDown, true);
      root.removeEventListener('focusin', onFocusIn);
    };
  }, []);
}

/** The selected node that comes first on the board (the selection's own order is the order it was made in). */
export function firstSelected(): string | undefined {
  const { nodes } = selection();
  return nodes.size ? useBoardStore.getState().board.nodes.find((n) => nodes.has(n.id))?.id : undefined;
}

/** The node whose centre is nearest the view's centre. */
export function nearestToCentre(): string | null {
  const flow = getFlowInstance();
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!flow || !pane) return null;
  const c = flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 });
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const [id, b] of boxes()) {
    const d = Math.hypot(b.x + b.width / 2 - c.x, b.y + b.height / 2 - c.y);
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  return best;
}
