import { nodeSize } from '../domain/geometry';
export { absolutePositions } from '../domain/board/tree';
import type { FlowNode } from './types';

export type Rect = { x: number; y: number; width: number; height: number };

/** The size the canvas measured, else the size the domain expects it to draw. */
export function sizeOf(node: FlowNode): { width: number; height: number } {
  const w = node.measured?.width ?? node.width;
  const h = node.measured?.height ?? node.height;
  return w && h ? { width: w, height: h } : nodeSize(node);
}

export function boundsOf(rects: Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}
