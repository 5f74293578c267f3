// The arrows' routes as last worked out, in a small store of their own: a new routing redraws the arrows, not the
// board. Each route remembers the boxes of its two ends, so an arrow whose end has moved since (mid-drag) knows its
// route is stale and draws itself directly until the next routing.
import { create } from 'zustand';
import type { Point, Rect } from '../../domain/routing/geometry';

/** A route ready to draw: its SVG path, its ends, its label's box, and the key of the end boxes it was made for. */
export type DrawnRoute = { d: string; start: Point; end: Point; label?: Rect; ends: string };
export const useRoutes = create<{ routes: ReadonlyMap<string, DrawnRoute> }>(() => ({ routes: new Map() }));

/** A key for an arrow's two end boxes, as the canvas measured them. */
export const endsKey = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  `${a.x},${a.y},${a.width},${a.height}|${b.x},${b.y},${b.width},${b.height}`;
