// The mini map's drawing (src/canvas/MiniMap.tsx), loaded after the canvas is drawn: not part of the first load.
import type { InternalNode, ReactFlowState, useStoreApi } from '@xyflow/react';
import { getBoundsOfRects, getNodeDimensions, nodeHasDimensions, XYMinimap, type PanZoomInstance, type Rect } from '@xyflow/system';
import { findKind } from '../domain/catalog';
import { boundsOf } from '../store/geometry';
import type { DrawnNode } from '../store/types';
import { followZoom } from './zoom-follow';

const SVG = 'http://www.w3.org/2000/svg';
/** Margin around the board and the view, in mini map pixels (React Flow's offsetScale). */
const MARGIN = 5;
/** Corner radius of a node's rectangle, in board units (React Flow's nodeBorderRadius). */
const RADIUS = 5;

type State = ReactFlowState<DrawnNode>;
type Drawn = { node: InternalNode<DrawnNode>; rect: SVGRectElement; mark: number; box: Rect };

function miniMapColor(node: DrawnNode): string {
  const step = findKind(node.type)?.step;
  return step ? `var(--step-${step})` : 'var(--muted)';
}

/**
 * What the mini map draws, kept up to date from React Flow's store without React. A node's rectangle changes when its
 * node does (React Flow makes a new internal node for a node that changed; the others keep theirs). A step of a pan
 * moves the view's window, an HTML element, by a transform (no layout; a repaint of the map); a zoom step resizes it
 * too (a layout of that one box). The SVG's view box changes only when the view leaves the board's bounds.
 */
class Drawing {
  private drawn = new Map<string, Drawn>();
  private mark = 0;
  /** The bounds of the nodes drawn, null for none. */
  private bounds: Rect | null = null;
  private viewBox = '';
  private size = ['', ''];
  /** Board units per mini map pixel, for XYMinimap's drag. */
  viewScale = 1;

  constructor(
    private svg: SVGSVGElement,
    private nodes: SVGGElement,
    private viewWindow: HTMLElement,
    private width: number,
    private height: number,
  ) {}

  /** The map for state `s`; `nodes`: whether a node may have changed since the last update. */
  update(s: State, nodes: boolean): void {
    if (nodes) this.drawNodes(s.nodeLookup);
    this.place(s);
  }

  private drawNodes(lookup: State['nodeLookup']): void {
    const mark = ++this.mark;
    let changed = false;
    let before: SVGRectElement | null = null;
    for (const node of lookup.values()) {
      let drawn = this.drawn.get(node.id);
      if (drawn?.node === node) drawn.mark = mark;
      else if (node.hidden || !nodeHasDimensions(node)) {
        if (drawn) {
          drawn.rect.remove();
          this.drawn.delete(node.id);
          changed = true;
        }
        continue;
      } else {
        drawn = this.draw(node, drawn, mark);
        changed ||= drawn.box !== this.drawn.get(node.id)?.box;
        this.drawn.set(node.id, drawn);
      }
      // In the board's order, as React Flow draws them: a group is listed before the nodes in it, so it stays beneath.
      const { rect } = drawn;
      if (rect.parentNode !== this.nodes || rect.previousSibling !== before) {
        if (before) before.after(rect);
        else this.nodes.prepend(rect);
      }
      before = rect;
    }
    for (const [id, drawn] of this.drawn) {
      if (drawn.mark === mark) continue;
      drawn.rect.remove();
      this.drawn.delete(id);
      changed = true;
    }
    if (changed) this.bounds = this.drawn.size ? boundsOf([...this.drawn.values()].map((d) => d.box)) : null;
  }

  /** A node's rectangle, new or the one it had; `box` is the one it had when the node neither moved nor resized. */
  private draw(node: InternalNode<DrawnNode>, was: Drawn | undefined, mark: number): Drawn {
    const user = node.internals.userNode;
    const { x, y } = node.internals.positionAbsolute;
    const { width, height } = getNodeDimensions(node);
    let rect = was?.rect;
    if (!rect) {
      rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('rx', `${RADIUS}`);
      rect.setAttribute('ry', `${RADIUS}`);
    }
    if (was?.node.internals.userNode.type !== user.type) rect.style.fill = miniMapColor(user);
    const from = was?.box;
    if (from && from.x === x && from.y === y && from.width === width && from.height === height) return { node, rect, mark, box: from };
    rect.setAttribute('x', `${x}`);
    rect.setAttribute('y', `${y}`);
    rect.setAttribute('width', `${width}`);
    rect.setAttribute('height', `${height}`);
    return { node, rect, mark, box: { x, y, width, height } };
  }

  /** The view box (the nodes and the view, centred, with a margin) and the view's window, as React Flow's MiniMap. */
  private place(s: State): void {
    const [tx, ty, zoom] = s.transform;
    if (!s.width || !s.height) return;
    const view = { x: -tx / zoom, y: -ty / zoom, width: s.width / zoom, height: s.height / zoom };
    const b = this.bounds ? getBoundsOfRects(this.bounds, view) : view;
    const { width: W, height: H } = this;
    const viewScale = (this.viewScale = Math.max(b.width / W, b.height / H));
    const offset = MARGIN * viewScale;
    const boxWidth = viewScale * W + 2 * offset;
    const boxHeight = viewScale * H + 2 * offset;
    const x = b.x - (boxWidth - b.width) / 2;
    const y = b.y - (boxHeight - b.height) / 2;
    const viewBox = `${x} ${y} ${boxWidth} ${boxHeight}`;
    if (viewBox !== this.viewBox) this.svg.setAttribute('viewBox', (this.viewBox = viewBox));
    // Pixels per board unit as the SVG draws its view box: fitted whole ("meet"), centred.
    const scale = Math.min(W / boxWidth, H / boxHeight);
    const left = (view.x - x) * scale + (W - boxWidth * scale) / 2;
    const top = (view.y - y) * scale + (H - boxHeight * scale) / 2;
    // Sized, not scaled: the shadow's spread would scale with it, and measured, a scaled window painted no cheaper.
    const wide = `${view.width * scale}px`;
    const tall = `${view.height * scale}px`;
    if (wide !== this.size[0] || tall !== this.size[1]) {
      this.size = [wide, tall];
      Object.assign(this.viewWindow.style, { width: wide, height: tall });
    }
    this.viewWindow.style.transform = `translate(${left}px,${top}px)`;
  }

  clear(): void {
    for (const d of this.drawn.values()) d.rect.remove();
    this.drawn.clear();
  }
}

/**
 * Draws the mini map into its elements and follows React Flow's store until the returned function is called; dragging
 * in it moves the view, the wheel zooms (React Flow's XYMinimap).
 */
export function drawMiniMap(
  store: ReturnType<typeof useStoreApi<DrawnNode>>,
  panZoom: PanZoomInstance | null,
  [svg, nodes, viewWindow]: [SVGSVGElement, SVGGElement, HTMLElement],
  width: number,
  height: number,
): () => void {
  const drawing = new Drawing(svg, nodes, viewWindow, width, height);
  const minimap = panZoom
    ? XYMinimap({ domNode: svg, panZoom, getTransform: () => store.getState().transform, getViewScale: () => drawing.viewScale })
    : null;
  const follow = (s: State) => minimap?.update({ translateExtent: s.translateExtent, width: s.width, height: s.height, pannable: true, zoomable: true });
  drawing.update(store.getState(), true);
  follow(store.getState());
  let nodesChanged = false;
  const redraw = followZoom(() => {
    drawing.update(store.getState(), nodesChanged);
    nodesChanged = false;
  });
  const unsubscribe = store.subscribe((s, before) => {
    // A step of a pan or zoom changes only the transform: no node to look at then. Any other update (the nodes
    // handed over, measured: React Flow then sets nothing new) may have moved one.
    const onlyTransform = s.nodes === before.nodes && s.transform !== before.transform;
    nodesChanged ||= !onlyTransform;
    // A zoom step rescales the map and resizes the window: followed ten times a second (zoom-follow.ts); anything
    // else, a pan step included, at once, with whatever zoom is pending.
    if (onlyTransform && s.transform[2] !== before.transform[2]) redraw.changed();
    else redraw.now();
    if (s.width !== before.width || s.height !== before.height || s.translateExtent !== before.translateExtent) follow(s);
  });
  return () => {
    unsubscribe();
    redraw.cancel();
    minimap?.destroy();
    drawing.clear();
  };
}
