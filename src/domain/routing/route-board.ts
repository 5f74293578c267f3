// A whole board routed: every arrow's route and its label's box, from the board and (in a browser) the sizes the
// canvas measured. The same function draws the canvas and feeds the legibility tests.
import type { Board, BoardEdge } from '../board';
import { inset, polylineDistanceToRect, polylineHitsRect, type Point, type Rect } from './geometry';
import { placeLabels } from './labels';
import { ASTRAY_SLACK, type Scene, type SceneNode } from './measures';
import { SPREAD, type ArrowRouter, type RouteRequest } from './router';
import { isSide } from './sides';
import { separateRuns } from './separate';
import { sceneNodes, sceneTitles, type Size } from './scene';

export type RoutedArrow = { points: Point[]; label?: Rect };
/** What routing needs of an arrow: its ends, its pinned sides and its label. */
export type RouteEdge = Pick<BoardEdge, 'id' | 'source' | 'target' | 'sourceHandle' | 'targetHandle'> & { data: { label: string } };

export function routeRequest(edge: Pick<BoardEdge, 'id' | 'source' | 'target' | 'sourceHandle' | 'targetHandle'>): RouteRequest {
  const out: RouteRequest = { id: edge.id, source: edge.source, target: edge.target };
  if (isSide(edge.sourceHandle)) out.sourceSide = edge.sourceHandle;
  if (isSide(edge.targetHandle)) out.targetSide = edge.targetHandle;
  return out;
}

/** Routes the arrows between the given boxes, then places the labels. */
export function routeScene(
  router: ArrowRouter, nodes: readonly SceneNode[], titles: readonly { nodeId: string; box: Rect }[],
  edges: readonly RouteEdge[], untangle = true,
): Map<string, RoutedArrow> {
  const solid = [...nodes.filter((n) => !n.group).map((n) => n.box), ...titles.map((t) => t.box)];
  const routes = separateRuns(router.route(nodes, edges.map(routeRequest), titles, untangle), solid, SPREAD);
  const requests = edges
    .filter((e) => e.data.label.trim() && routes.has(e.id))
    .map((e) => ({ id: e.id, text: e.data.label.trim(), points: routes.get(e.id)! }));
  const labels = placeLabels(requests, routes, solid);
  // A label no clear spot was found for may still be crossed by another arrow's inner run: that run moves aside.
  const settled = separateRuns(routes, solid, SPREAD, labels);
  // A run that moved may have carried its own label's line away, or come to cross another label or pass nearer to
  // it than that label's own line: those labels are placed again, on the lines as they are now, clear of the others.
  const moved = [...settled.keys()].filter((id) => !samePoints(routes.get(id)!, settled.get(id)!));
  const disturbed = (r: (typeof requests)[number]) => {
    const box = labels.get(r.id);
    if (!box) return false;
    const own = polylineDistanceToRect(settled.get(r.id)!, box);
    return moved.some((id) => {
      if (id === r.id) return false;
      const d = polylineDistanceToRect(settled.get(id)!, box);
      return d < own - ASTRAY_SLACK || polylineHitsRect(settled.get(id)!, inset(box, 1));
    });
  };
  const redo = requests.filter((r) => moved.includes(r.id) || disturbed(r));
  if (redo.length) {
    const kept = new Map([...labels].filter(([id]) => !redo.some((r) => r.id === id)));
    const again = placeLabels(redo.map((r) => ({ ...r, points: settled.get(r.id)! })), settled, solid, kept);
    for (const [id, box] of again) labels.set(id, box);
  }
  const out = new Map<string, RoutedArrow>();
  for (const [id, points] of settled) {
    const label = labels.get(id);
    out.set(id, label ? { points, label } : { points });
  }
  return out;
}

const samePoints = (a: readonly Point[], b: readonly Point[]) => a.length === b.length && a.every((p, i) => p.x === b[i].x && p.y === b[i].y);

/** The board as drawn with routed arrows, ready for measureLegibility. */
export function routedScene(router: ArrowRouter, board: Pick<Board, 'nodes' | 'edges'>, sizes?: ReadonlyMap<string, Size>): Scene {
  const nodes = sceneNodes(board, sizes);
  const titles = sceneTitles(board, nodes);
  const routes = routeScene(router, nodes, titles, board.edges);
  const edges = board.edges.flatMap((e) => {
    const r = routes.get(e.id);
    return r
      ? [{ id: e.id, source: e.source, target: e.target, points: r.points, ...(r.label ? { label: r.label } : {}), ...(e.data.bidirectional ? { twoWay: true } : {}) }]
      : [];
  });
  return { nodes, edges, titles };
}

