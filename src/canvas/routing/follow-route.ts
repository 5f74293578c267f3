// A stale route made to follow its ends mid-drag (see routes-store.ts and src/domain/routing/follow.ts).
import { followEnds, nearestOn } from '../../domain/routing/follow';
import type { Rect } from '../../domain/routing/geometry';
import { isGroupNode } from '../../domain/routing/scene';
import { roundedPath } from './route-path';
import type { Follow } from './routes-store';

/**
 * A route made for where the ends were, following them to where they are (mid-drag, until the router answers for
 * the new places): null where that would not stay a clean right-angled route clear of the other nodes.
 */
export const followRoute: Follow = (route, source, target, ends, lookup) => {
  const others: Rect[] = [];
  for (const [id, node] of lookup) {
    if (ends.includes(id) || isGroupNode(node) || node.hidden || !node.measured.width || !node.measured.height) continue;
    others.push({ ...node.internals.positionAbsolute, width: node.measured.width, height: node.measured.height });
  }
  const points = followEnds(route.points, [route.source, route.target], [source, target], others);
  if (!points) return null;
  const labelAt = route.label ? nearestOn(points, { x: route.label.x + route.label.width / 2, y: route.label.y + route.label.height / 2 }) : points[0];
  return { path: roundedPath(points), labelX: labelAt.x, labelY: labelAt.y, start: points[0], end: points[points.length - 1] };
};
