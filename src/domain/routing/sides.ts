// The sides of a node an arrow can leave or enter by, and which side faces another node.
import type { Point, Rect } from './geometry';

export type Side = 'top' | 'right' | 'bottom' | 'left';
export const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left'];
export const isSide = (s: unknown): s is Side => typeof s === 'string' && (SIDES as readonly string[]).includes(s);

/** Where on the box each side's middle is, as fractions of its width and height. */
export const SIDE_AT: Record<Side, [number, number]> = { top: [0.5, 0], right: [1, 0.5], bottom: [0.5, 1], left: [0, 0.5] };

export function sidePoint(box: Rect, side: Side): Point {
  const [x, y] = SIDE_AT[side];
  return { x: box.x + box.width * x, y: box.y + box.height * y };
}

/** The side of `box` that faces `other`: across the wider gap between them. */
export function facingSide(box: Rect, other: Rect): Side {
  const horizontalGap = Math.max(other.x - (box.x + box.width), box.x - (other.x + other.width));
  const verticalGap = Math.max(other.y - (box.y + box.height), box.y - (other.y + other.height));
  if (horizontalGap >= verticalGap) return other.x + other.width / 2 >= box.x + box.width / 2 ? 'right' : 'left';
  return other.y + other.height / 2 >= box.y + box.height / 2 ? 'bottom' : 'top';
}

/**
 * How far two boxes must overlap across the gap between them to count as side by side (or one above the other): room
 * for two arrows both ways (a route's spread apart) each clear of the corners (separate.ts keeps an end 6 px off
 * them). Over a sliver less wide, libavoid pulled the route between the facing sides straight into the sliver, where
 * two arrows both ways met both nodes at one point with no room to slide apart (call summaries, second design, top
 * to bottom: Agent desktop and the summariser service overlapped by 2 px).
 */
const FACING_OVERLAP = 20;

/**
 * The facing sides of two boxes side by side (their heights overlap) or one above the other (their widths overlap),
 * with a gap between them; null for boxes on a diagonal, barely overlapping or overlapping, where any side may suit.
 */
export function facingSides(a: Rect, b: Rect): [Side, Side] | null {
  const overlap = (p: number, pSize: number, q: number, qSize: number) => Math.min(p + pSize, q + qSize) - Math.max(p, q) >= FACING_OVERLAP;
  const gapX = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
  const gapY = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
  if (gapX > 0 && overlap(a.y, a.height, b.y, b.height)) return b.x > a.x ? ['right', 'left'] : ['left', 'right'];
  if (gapY > 0 && overlap(a.x, a.width, b.x, b.width)) return b.y > a.y ? ['bottom', 'top'] : ['top', 'bottom'];
  return null;
}
