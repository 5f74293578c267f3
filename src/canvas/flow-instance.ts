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

type Viewport = { x: number; y: number; zoom: number };

/**
 * Bring these nodes (by default the whole board) into view, as large as fits up to `maxZoom`. Worked out from the
 * board, not from React Flow's fitView: the canvas mounts and measures only the nodes in view, and fitView leaves
 * out nodes it has never measured. False when there is nothing to fit or no canvas on screen yet.
 */
export function fitNodes(ids?: Iterable<string>, options: FitOptions = {}): boolean {
  const nodes = useBoardStore.getState().board.nodes;
  const wanted = ids ? new Set(ids) : null;
  const view = viewportFor(wanted ? nodes.filter((n) => wanted.has(n.id)) : nodes, absolutePositions(nodes), options);
  if (!view || !instance) return false;
  void instance.setViewport(view, { duration: options.duration ?? 0 });
  return true;
}

/**
 * The view that fits `chosen` (fitNodes), given every node's place on the board (`at`), or null when there is nothing
 * to fit or no canvas on screen yet.
 */
function viewportFor(
  chosen: readonly FlowNode[],
  at: ReadonlyMap<string, { x: number; y: number }>,
  { padding = 0.1, maxZoom = 1.2 }: FitOptions,
): Viewport | null {
  const pane = document.querySelector('.react-flow');
  if (!instance || !pane || chosen.length === 0) return null;
  const box = pane.getBoundingClientRect();
  const { width, height } = box;
  if (!width || !height) return null;
  const bounds = boundsOf(chosen.map((n) => ({ ...at.get(n.id)!, ...sizeOf(n) })));
  // The mini map (bottom right) and the zoom buttons (bottom left) keep their corners: when the board would run
  // under them, fit between them or above them, whichever shows the board larger.
  const full = getViewportForBounds(bounds, width, height, MIN_ZOOM, maxZoom, padding);
  const corners = ['.react-flow__minimap', '.react-flow__controls']
    .map((selector) => pane.querySelector(selector)?.getBoundingClientRect())
    .filter((r): r is DOMRect => !!r && r.width > 0);
  const covers = (v: typeof full) =>
    corners.some(
      (r) =>
        bounds.x * v.zoom + v.x + box.left < r.right && (bounds.x + bounds.width) * v.zoom + v.x + box.left > r.left &&
        bounds.y * v.zoom + v.y + box.top < r.bottom && (bounds.y + bounds.height) * v.zoom + v.y + box.top > r.top,
    );
  if (!covers(full)) return full;
  const left = Math.max(0, ...corners.filter((r) => r.left - box.left < width / 2).map((r) => r.right - box.left + 8));
  const right = Math.min(width, ...corners.filter((r) => r.left - box.left >= width / 2).map((r) => r.left - box.left - 8));
  const top = Math.min(height, ...corners.map((r) => r.top - box.top - 8));
  const between = getViewportForBounds(bounds, Math.max(1, right - left), height, MIN_ZOOM, maxZoom, padding);
  const above = getViewportForBounds(bounds, width, Math.max(1, top), MIN_ZOOM, maxZoom, padding);
  return between.zoom >= above.zoom ? { ...between, x: between.x + left } : above;
}

/** A node's name on the canvas at 100 % (`.mlsd-node-label` in canvas.css), in CSS pixels. */
const LABEL_PX = 13;
/** The zoom at which node names are 11 px on screen, the least that reads comfortably on a phone. */
const READABLE_ZOOM = 11 / LABEL_PX;
/**
 * The least zoom at which a board shown whole is still worth showing: names about 3 px and more, which on a tablet
 * or a desktop (every template fits at 27–39 %) still read as a diagram: its pipelines, boxes, arrows and the bold
 * names can be made out, an overview to zoom into. On a phone every template fits at 13–17 %: a grey smear with not
 * one word to read.
 */
const OVERVIEW_ZOOM = 0.25;
/** Screen pixels between the canvas's top-left corner and the node a board opens on (below OVERVIEW_ZOOM). */
const START_MARGIN = 16;

/**
 * Show a board that just opened: all of it, if it can be seen. Fitted whole, a board of 20,000 nodes is drawn in
 * full at 5 % (every node and edge in view, so in the DOM), which blocked the page for many seconds; and a board
 * wider than the screen at 5 % (nodes a million apart) showed only the empty middle: either is fitted by its top-left
 * corner instead, where reading starts. And where the fit would be smaller than an overview (OVERVIEW_ZOOM: a
 * template on a phone), the board opens at a readable zoom on the node nearest its top-left corner, where the flow
 * starts (the first rank of a flow laid out left to right or top to bottom, a template's Requirements card); the
 * mini map and Fit to screen show the rest. The single place the view of an opened board is decided. False as
 * fitNodes.
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
  const shown = nodes.length < LARGE_BOARD_NODES && fitsWhole
    ? nodes
    : nodes.filter((n) => {
        const p = at.get(n.id)!;
        return p.x < left + OPENING_WINDOW.width && p.y < top + OPENING_WINDOW.height;
      });
  const fit = viewportFor(shown, at, {});
  if (!fit || !instance) return false;
  let view = fit;
  if (fit.zoom < OVERVIEW_ZOOM) {
    // Nearest the corner by the sum of both distances: a flow's first rank before a node further along it that
    // happens to stand higher.
    const fromCorner = (n: FlowNode) => at.get(n.id)!.x - left + (at.get(n.id)!.y - top);
    const start = at.get(shown.reduce((a, b) => (fromCorner(b) < fromCorner(a) ? b : a)).id)!;
    view = { zoom: READABLE_ZOOM, x: START_MARGIN - start.x * READABLE_ZOOM, y: START_MARGIN - start.y * READABLE_ZOOM };
  }
  void instance.setViewport(view);
  return true;
}

/** Select these nodes and bring them into view (a checklist finding, a search result). */
export function showNodes(ids: string[], options: FitOptions = { padding: 0.6, maxZoom: 1.4, duration: 300 }): void {
  if (ids.length === 0) return;
  select(ids);
  fitNodes(ids, options);
}
