import { useEffect } from 'react';
import { useStoreApi, type InternalNode } from '@xyflow/react';
import type { SceneNode } from '../../domain/routing/measures';
import type { ArrowRouter } from '../../domain/routing/router';
import type { Board } from '../../domain/board';
import { isGesturing, useBoardStore } from '../../store/board-store';
import type { FlowNode } from '../../store/types';
import { roundedPath } from './route-path';
import { endsKey, useRoutes, type DrawnRoute } from './routes-store';

/** Boards larger than this keep direct arrows: routing them would take longer than a user waits after a drop. */
export const ROUTE_LIMIT = 250;
/** While a drag rests this long, the arrows are routed (mid-drag, the moving arrows are drawn directly)... */
const DRAG_REST_MS = 120;
/** ...if routing this board last took at most this long; slower, it waits for the drop, so a drag never stalls. */
const REST_BUDGET_MS = 50;

type Routing = typeof import('./load-router');
let loaded: Promise<{ routing: Routing; router: ArrowRouter }> | undefined;
/** What the last routing cost, for the benchmarks (window.__mlsdRouteMs). */
const costs: number[] = [];

/**
 * Routes the board's arrows around its nodes whenever the board changes: in the next frame, or while a drag is
 * on, once it rests. Renders nothing; the arrows read their routes from useRoutes.
 */
export function RouteLayer() {
  const flow = useStoreApi<FlowNode>();
  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;
    const run = async () => {
      frame = 0;
      const { board } = useBoardStore.getState();
      if (board.nodes.length > ROUTE_LIMIT || board.edges.length === 0) {
        if (useRoutes.getState().routes.size) useRoutes.setState({ routes: new Map() });
        return;
      }
      loaded ??= import('./load-router').then(async (routing) => ({ routing, router: await routing.createRouter() }));
      const { routing, router } = await loaded;
      if (disposed || useBoardStore.getState().board !== board) return schedule();
      const started = performance.now();
      const nodes = drawnNodes(routing, board, flow.getState().nodeLookup);
      const routed = routing.routeScene(router, nodes, routing.sceneTitles(board, nodes), board.edges);
      const box = new Map(nodes.map((n) => [n.id, n.box]));
      const routes = new Map<string, DrawnRoute>();
      for (const e of board.edges) {
        const route = routed.get(e.id);
        const s = box.get(e.source);
        const t = box.get(e.target);
        if (!route || !s || !t) continue;
        const { points, label } = route;
        const drawn: DrawnRoute = { d: roundedPath(points), start: points[0], end: points[points.length - 1], ends: endsKey(s, t) };
        routes.set(e.id, label ? { ...drawn, label } : drawn);
      }
      useRoutes.setState({ routes });
      costs.push(performance.now() - started);
      (window as { __mlsdRouteMs?: number[] }).__mlsdRouteMs = costs;
    };
    const schedule = () => {
      if (disposed) return;
      clearTimeout(timer);
      const cheap = (costs[costs.length - 1] ?? 0) <= REST_BUDGET_MS;
      if (isGesturing()) timer = setTimeout(cheap ? () => void run() : schedule, DRAG_REST_MS);
      else if (!frame) frame = requestAnimationFrame(() => void run());
    };
    schedule();
    const unsubscribe = useBoardStore.subscribe((s, prev) => {
      if (s.board.nodes !== prev.board.nodes || s.board.edges !== prev.board.edges) schedule();
    });
    return () => {
      disposed = true;
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [flow]);
  return null;
}

/** The boxes as drawn: React Flow's measured sizes where a node has been drawn, the domain's estimate elsewhere. */
function drawnNodes(routing: Routing, board: Pick<Board, 'nodes'>, lookup: Map<string, InternalNode<FlowNode>>): SceneNode[] {
  const sizes = new Map<string, { width: number; height: number }>();
  for (const [id, n] of lookup) if (n.measured.width && n.measured.height) sizes.set(id, { width: n.measured.width, height: n.measured.height });
  return routing.sceneNodes(board, sizes).map((n) => {
    const drawn = lookup.get(n.id);
    if (!drawn?.measured.width || !drawn.measured.height) return n;
    const { x, y } = drawn.internals.positionAbsolute;
    return { ...n, box: { x, y, width: drawn.measured.width, height: drawn.measured.height } };
  });
}
