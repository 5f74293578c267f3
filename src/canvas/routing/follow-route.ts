// A stale route made to follow its ends mid-drag (see routes-store.ts and src/domain/routing/follow.ts).
import type { InternalNode } from '@xyflow/react';
import { followEnds, nearestOn } from '../../domain/routing/follow';
import { CLEARANCE, type Point, type Rect } from '../../domain/routing/geometry';
import { isGroupNode } from '../../domain/routing/scene';
import type { FlowNode } from '../../store/types';
import { roundedPath } from './route-path';
import type { Follow } from './routes-store';

/**
 * A route made for where the ends were, following them to where they are (mid-drag, until the router answers for
 * the new places): null where that would not stay a clean right-angled route clear of the other nodes.
 */
export const followRoute: Follow = (route, source, target, ends, lookup) => {
  const was: [Rect, Rect] = [route.source, route.target];
  // The route as it would go, then checked against the nodes near it only (a box farther than the clearance from
  // its bounds cannot come within half of it): a drag step does not copy every box of the board for each arrow.
  const free = followEnds(route.points, was, [source, target], []);
  const points = free && followEnds(route.points, was, [source, target], boxesNear(free, ends, lookup));
  if (!points) return null;
  const labelAt = route.label ? nearestOn(points, { x: route.label.x + route.label.width / 2, y: route.label.y + route.label.height / 2 }) : points[0];
  return { path: roundedPath(points), labelX: labelAt.x, labelY: labelAt.y, start: points[0], end: points[points.length - 1] };
};

/** The boxes of the nodes (not the route's ends, not pipeline boxes) within the clearance of the route's bounds. */
function boxesNear(points: readonly Point[], ends: [string, string], lookup: Map<string, InternalNode<FlowNode>>): Rect[] {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    left = Math.min(left, p.x - CLEARANCE);
    right = Math.max(right, p.x + CLEARANCE);
    top = Math.min(top, p.y - CLEARANCE);
    bottom = Math.max(bottom, p.y + CLEARANCE);
  }
  const near: Rect[] = [];
  for (const [id, node] of lookup) {
    const { width, height } = node.measured;
    if (!width || !height || node.hidden || ends.includes(id) || isGroupNode(node)) continue;
    const { x, y } = node.internals.positionAbsolute;
    if (x < right && x + width > left && y < bottom && y + height > top) near.push({ x, y, width, height });
  }
  return near;
}
