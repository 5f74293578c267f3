// The arrows' routes as last worked out, in a small store of their own: a new routing redraws the arrows, not the
// board. Each route remembers the boxes of its two ends, so an arrow whose end has moved since (mid-drag, until the
// router's answer for the new places comes back) knows its route is stale: it asks `follow` to make the route
// follow its ends where that stays clean, else draws itself directly. `follow` comes with the route layer's
// on-demand chunk (follow-route.ts), so its geometry is not part of the first load.
import type { InternalNode } from '@xyflow/react';
import { create } from 'zustand';
import type { Point, Rect } from '../../domain/routing/geometry';
import type { FlowNode } from '../../store/types';

/** A route ready to draw: its points and SVG path, its label's box, and the end boxes it was made for. */
export type DrawnRoute = { points: Point[]; d: string; label?: Rect; source: Rect; target: Rect; ends: string };
/** A stale route followed to its ends' boxes now: the path to draw, its label's centre and its two ends. */
export type FollowedRoute = { path: string; labelX: number; labelY: number; start: Point; end: Point };
export type Follow = (
  route: DrawnRoute, source: Rect, target: Rect, ends: [string, string], lookup: Map<string, InternalNode<FlowNode>>,
) => FollowedRoute | null;

export const useRoutes = create<{ routes: ReadonlyMap<string, DrawnRoute>; follow?: Follow }>(() => ({ routes: new Map() }));

/** A key for an arrow's two end boxes, as the canvas measured them. */
export const endsKey = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  `${a.x},${a.y},${a.width},${a.height}|${b.x},${b.y},${b.width},${b.height}`;
