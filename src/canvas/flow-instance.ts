// The React Flow instance, for actions that act on the view (fit, zoom, screen → board coordinates).
import { getViewportForBounds, type ReactFlowInstance } from '@xyflow/react';
import { useBoardStore } from '../store/board-store';
import { LARGE_BOARD_NODES } from '../store/app-store';
import { select } from '../store/selection';
import { absolutePositions, boundsOf, sizeOf } from '../store/geometry';
import { OPENING_WINDOW } from '../store/opening';
import type { FlowEdge, FlowNode } from '../store/types';

export type FlowInstance = ReactFlowInstance<FlowNode, FlowEdge>;

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 3;

let instance: FlowInstance | null = null;

export function setFlowInstance(flow: FlowInstance | null): void {
  instance = flow;
}

export function getFlowInstance(): FlowInstance | null {
  return instance;
}

/** The board point at the centre of the canvas on screen. */
export function viewCentre(): { x: number; y: number } {
  const pane = document.querySelector('.react-flow');
  if (!instance || !pane) return { x: 0, y: 0 };
  const r = pane.getBoundingClientRect();
  return instance.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
}

export type FitOptions = { padding?: number; maxZoom?: number; duration?: number };

/**
 * Bring these nodes (by default the whole board) into view, as large as fits up to `maxZoom`. Worked out from the
 * board, not from React Flow's fitView: the canvas mounts and measures only the nodes in view, and fitView leaves
 * out nodes it has never measured. False when there is nothing to fit or no canvas on screen yet.
 */
export function fitNodes(ids?: Iterable<string>, { padding = 0.1, maxZoom = 1.2, duration = 0 }: FitOptions = {}): boolean {
  const pane = document.querySelector('.react-flow');
  const nodes = useBoardStore.getState().board.nodes;
  const wanted = ids ? new Set(ids) : null;
  const chosen = wanted ? nodes.filter((n) => wanted.has(n.id)) : nodes;
  if (!instance || !pane || chosen.length === 0) return false;
  const { width, height } = pane.getBoundingClientRect();
  if (!width || !height) return false;
  const at = absolutePositions(nodes);
  const bounds = boundsOf(chosen.map((n) => ({ ...at.get(n.id)!, ...sizeOf(n) })));
  // The mini map (bottom right) and the zoom buttons (bottom left) keep their corners: when the board would run
  // under them, fit between them or above them, whichever shows the board larger.
  const full = getViewportForBounds(bounds, width, height, MIN_ZOOM, maxZoom, padding);
  const box = pane.getBoundingClientRect();
  const corners = ['.react-flow__minimap', '.react-flow__controls']
    .map((selector) => pane.querySelector(selector)?.getBoundingClientRect())
    .filter((r): r is DOMRect => !!r && r.width > 0);
  const covers = (v: typeof full) =>
    corners.some(
      (r) =>
        bounds.x * v.zoom + v.x + box.left < r.right && (bounds.x + bounds.width) * v.zoom + v.x + box.left > r.left &&
        bounds.y * v.zoom + v.y + box.top < r.bottom && (bounds.y + bounds.height) * v.zoom + v.y + box.top > r.top,
    );
  let best = full;
  if (covers(full)) {
    const left = Math.max(0, ...corners.filter((r) => r.left - box.left < width / 2).map((r) => r.right - box.left + 8));
    const right = Math.min(width, ...corners.filter((r) => r.left - box.left >= width / 2).map((r) => r.left - box.left - 8));
    const top = Math.min(height, ...corners.map((r) => r.top - box.top - 8));
    const between = getViewportForBounds(bounds, Math.max(1, right - left), height, MIN_ZOOM, maxZoom, padding);
    const above = getViewportForBounds(bounds, width, Math.max(1, top), MIN_ZOOM, maxZoom, padding);
    best = between.zoom >= above.zoom ? { ...between, x: between.x + left } : above;
  }
  void instance.setViewport(best, { duration });
  return true;
}

/**
 * Show a board that just opened: all of it, unless that cannot be seen. Fitted whole, a board of 20,000 nodes is
 * drawn in full at 5 % (every node and edge in view, so in the DOM), which blocked the page for many seconds; and
 * a board wider than the screen at 5 % (nodes a million apart) showed only the empty middle. Either opens on its
 * top-left corner instead, where reading starts. False as fitNodes.
 */
export function fitOpeningView(): boolean {
  const nodes = useBoardStore.getState().board.nodes;
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  const at = absolutePositions(nodes);
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of at.values()) {
    [left, top, right, bottom] = [Math.min(left, p.x), Math.min(top, p.y), Math.max(right, p.x), Math.max(bottom, p.y)];
  }
  const fitsWhole = !pane || ((right - left) * MIN_ZOOM < pane.width * 0.8 && (bottom - top) * MIN_ZOOM < pane.height * 0.8);
  if (nodes.length < LARGE_BOARD_NODES && fitsWhole) return fitNodes();
  const corner = nodes.filter((n) => {
    const p = at.get(n.id)!;
    return p.x < left + OPENING_WINDOW.width && p.y < top + OPENING_WINDOW.height;
  });
  return fitNodes(corner.map((n) => n.id));
}

/** Select these nodes and bring them into view (a checklist finding, a search result). */
export function showNodes(ids: string[], options: FitOptions = { padding: 0.6, maxZoom: 1.4, duration: 300 }): void {
  if (ids.length === 0) return;
  select(ids);
  fitNodes(ids, options);
}
