import { nodeSize } from '../domain/geometry';
import type { FlowNode } from './types';

export type Rect = { x: number; y: number; width: number; height: number };

/** The size the canvas measured, else the size the domain expects it to draw. */
export function sizeOf(node: FlowNode): { width: number; height: number } {
  const w = node.measured?.width ?? node.width;
  const h = node.measured?.height ?? node.height;
  return w && h ? { width: w, height: h } : nodeSize(node);
}

/** Absolute positions: a child's position is relative to its group. */
export function absolutePositions(nodes: FlowNode[]): Map<string, { x: number; y: number }> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<string, { x: number; y: number }>();
  const resolve = (n: FlowNode): { x: number; y: number } => {
    const known = out.get(n.id);
    if (known) return known;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const base = parent ? resolve(parent) : { x: 0, y: 0 };
    const abs = { x: base.x + n.position.x, y: base.y + n.position.y };
    out.set(n.id, abs);
    return abs;
  };
  nodes.forEach(resolve);
  return out;
}

export function boundsOf(rects: Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}
