// Renders the whole board (not only the part in view) to PNG or SVG with html-to-image, in the chosen theme.
// html-to-image is pinned at 1.11.11: from 1.11.12 on it drops React Flow's edges (xyflow issue 5194).
import { toBlob, toSvg } from 'html-to-image';
import { getFlowInstance } from '../canvas/flow-instance';
import { useAppStore } from '../store/app-store';
import { useBoardStore } from '../store/board-store';
import { withCompactStyles } from './compact-styles';
import { xmlSafeText } from './xml-scan';

import type { ImageOptions } from './image-options';

export const IMAGE_PADDING = 40;
// Chromium refuses canvases wider or taller than this; beyond it the scale is lowered.
const MAX_CANVAS_SIDE = 16_384;

/** A PNG as bytes, or an SVG as text; with the board's size in CSS pixels and the scale it was drawn at. */
export type RenderedImage = { png?: Uint8Array; svg?: string; width: number; height: number; scale: number };

/** Paint the board in `theme` for the duration of `work`, with selection and handles hidden. */
async function inExportLook<T>(theme: 'light' | 'dark', work: (pane: HTMLElement) => Promise<T>): Promise<T> {
  const pane = document.querySelector<HTMLElement>('.react-flow');
  if (!pane) throw new Error('The canvas is not on screen.');
  const previousTheme = pane.dataset.theme;
  const previousClass = pane.classList.contains('dark') ? 'dark' : 'light';
  pane.dataset.theme = theme;
  pane.classList.remove('dark', 'light');
  pane.classList.add(theme, 'is-exporting');
  try {
    return await work(pane);
  } finally {
    if (previousTheme === undefined) delete pane.dataset.theme;
    else pane.dataset.theme = previousTheme;
    pane.classList.remove('is-exporting', theme);
    pane.classList.add(previousClass);
  }
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const DRAW_ALL_TIMEOUT_MS = 20_000;

/** How many nodes are in the DOM and measured (React Flow hides a node until it is measured). */
const drawnNodes = (pane: HTMLElement) =>
  pane.querySelectorAll('.react-flow__node').length - pane.querySelectorAll('.react-flow__node[style*="visibility: hidden"]').length;

/** Mount every node (the canvas otherwise keeps only those in view) and wait until all are measured. */
async function withEveryNodeDrawn<T>(pane: HTMLElement, work: () => Promise<T>): Promise<T> {
  if (!getFlowInstance()) throw new Error('The canvas is not ready.');
  // The board's nodes, not React Flow's: a large board is handed to it around the view only (view-window.ts).
  const expected = useBoardStore.getState().board.nodes.length;
  // The whole board in view already (the usual case for a board that fits on screen): nothing to mount.
  if (drawnNodes(pane) >= expected) return work();
  useAppStore.setState({ drawAll: true });
  try {
    const started = performance.now();
    for (;;) {
      await nextFrame();
      const drawn = drawnNodes(pane);
      if (drawn >= expected) break;
      if (performance.now() - started > DRAW_ALL_TIMEOUT_MS) {
        throw new Error(`only ${drawn} of ${expected} nodes could be drawn in time. Try again.`);
      }
    }
    // Edges follow their nodes' measurements: let them render once more.
    await nextFrame();
    return await work();
  } finally {
    useAppStore.setState({ drawAll: false });
  }
}

/** The whole board's box plus padding, and the viewport style that puts it at the image's origin. */
function frame() {
  const flow = getFlowInstance();
  if (!flow) throw new Error('The canvas is not ready.');
  const nodes = flow.getNodes();
  if (nodes.length === 0) throw new Error('The board is empty: there is nothing to export.');
  const bounds = flow.getNodesBounds(nodes);
  const w = Math.ceil(bounds.width + 2 * IMAGE_PADDING);
  const h = Math.ceil(bounds.height + 2 * IMAGE_PADDING);
  return {
    width: w,
    height: h,
    style: {
      width: `${w}px`,
      height: `${h}px`,
      transform: `translate(${IMAGE_PADDING - bounds.x}px, ${IMAGE_PADDING - bounds.y}px) scale(1)`,
    },
  };
}

// Left out of the image: the canvas's dot grid, handles, resize controls, a selected edge's end handles and the
// edges' wide invisible hit areas, and the other people of a live room (their cursors and selections). Each element
// left out saves html-to-image a copy of its whole computed style. Comment pins only when asked for.
const LEFT_OUT = ['mlsd-dots', 'react-flow__resize-control', 'react-flow__handle', 'react-flow__edgeupdater', 'react-flow__edge-interaction', 'mlsd-presence'];
const inImage = (node: Node, comments: boolean) =>
  !(node instanceof Element && (LEFT_OUT.some((c) => node.classList.contains(c)) || (!comments && node.classList.contains('mlsd-comment-pins'))));

/** The SVG with a rectangle of `color` under everything (after html-to-image's opening <svg …> tag). */
function withBackground(svg: string, color: string): string {
  const at = svg.indexOf('>') + 1;
  return `${svg.slice(0, at)}<rect width="100%" height="100%" fill="${color.replace(/[&<"]/g, '')}"/>${svg.slice(at)}`;
}

/**
 * While `work` runs, the XML html-to-image serializes (the SVG, and the SVG the PNG is drawn from) holds only
 * characters XML can: Chromium's XMLSerializer writes a vertical tab or a lone surrogate in a label as it is, which
 * left the SVG not well-formed, the PNG undrawable and encodeURIComponent throwing "URI malformed".
 */
async function withXmlSafeSerializer<T>(work: () => Promise<T>): Promise<T> {
  const proto = XMLSerializer.prototype;
  const original = proto.serializeToString;
  proto.serializeToString = function serializeXmlSafe(this: XMLSerializer, node: Node): string {
    return xmlSafeText(original.call(this, node));
  };
  try {
    return await work();
  } finally {
    proto.serializeToString = original;
  }
}

export async function renderBoardImage(format: 'png' | 'svg', options: ImageOptions): Promise<RenderedImage> {
  return inExportLook(options.theme, (pane) => withEveryNodeDrawn(pane, async () => {
    const viewport = pane.querySelector<HTMLElement>('.react-flow__viewport')!;
    const { width, height, style } = frame();
    const scale = Math.max(0.25, Math.min(options.scale, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height));
    const backgroundColor = options.background ? getComputedStyle(pane).getPropertyValue('--canvas').trim() || undefined : undefined;
    // System fonts only: no web font to embed, so the stylesheet scan for @font-face is skipped.
    const settings = { width, height, style, pixelRatio: scale, backgroundColor, filter: (node: Node) => inImage(node, options.comments), skipFonts: true };
    if (format === 'svg') {
      // The background goes on the image, not on the board's box: that box is moved by the padding.
      const dataUrl = await withXmlSafeSerializer(() => withCompactStyles(viewport, () => toSvg(viewport, { ...settings, backgroundColor: undefined })));
      const svg = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
      return { svg: backgroundColor ? withBackground(svg, backgroundColor) : svg, width, height, scale };
    }
    // toBlob encodes the PNG asynchronously, without a base64 round trip.
    const blob = await withXmlSafeSerializer(() => withCompactStyles(viewport, () => toBlob(viewport, settings)));
    if (!blob) throw new Error('The browser could not draw the image.');
    return { png: new Uint8Array(await blob.arrayBuffer()), width, height, scale };
  }));
}
