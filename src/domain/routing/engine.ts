// What answers the canvas's routing jobs (in a Web Worker in the browser, in Node in the tests): a board at rest is
// routed by a fresh libavoid instance, so the same board always gets the same routes; a board mid-drag by one
// long-lived incremental router, quick, whose routes are used only for the arrows the drag touches.
//
// Why a fresh instance and not only a fresh router: libavoid's answers depend on the state of its WebAssembly heap.
// Two fresh routers in one instance, given the same board, returned different routes (on every template, after
// other routings in between); two fresh instances never did (tests/unit/route-engine.test.ts).
import { polylineHitsRect, type Rect } from './geometry';
import type { SceneNode } from './measures';
import { ArrowRouter, type AvoidModule } from './router';
import { routeScene, type RoutedArrow, type RouteEdge } from './route-board';

/** A board as the canvas draws it: its boxes, its pipeline titles, its arrows; `settled` once no gesture is open. */
export type RouteJob = {
  settled: boolean;
  nodes: SceneNode[];
  titles: { nodeId: string; box: Rect }[];
  edges: RouteEdge[];
};

type Routed = { job: RouteJob; key: string; routes: Map<string, RoutedArrow> };

export class RouteEngine {
  private moving: Promise<ArrowRouter> | undefined;
  private rest: Routed | undefined;

  /** `instance` makes a new libavoid instance each time it is called. */
  constructor(private readonly instance: () => Promise<AvoidModule>) {}

  async route(job: RouteJob): Promise<Map<string, RoutedArrow>> {
    return job.settled ? this.routeAtRest(job) : this.routeMoving(job);
  }

  private async routeAtRest(job: RouteJob): Promise<Map<string, RoutedArrow>> {
    const key = JSON.stringify([job.nodes, job.titles, job.edges]);
    if (this.rest?.key === key) return this.rest.routes;
    const router = new ArrowRouter(await this.instance());
    try {
      const routes = routeScene(router, job.nodes, job.titles, job.edges);
      this.rest = { job, key, routes };
      return routes;
    } finally {
      router.dispose();
    }
  }

  /**
   * Mid-drag: the incremental router routes the board without the crossing penalty (a few ms on a template); an
   * arrow keeps its route at rest unless its ends, sides or label changed, or a box that moved now stands on it.
   */
  private async routeMoving(job: RouteJob): Promise<Map<string, RoutedArrow>> {
    this.moving ??= this.instance().then((avoid) => new ArrowRouter(avoid));
    const quick = routeScene(await this.moving, job.nodes, job.titles, job.edges, false);
    const rest = this.rest;
    if (!rest) return quick;
    const before = new Map(rest.job.nodes.map((n) => [n.id, n.box]));
    const now = new Map(job.nodes.map((n) => [n.id, n.box]));
    const same = (a: Rect | undefined, b: Rect | undefined) =>
      !!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
    const moved = job.nodes.filter((n) => !n.group && !same(before.get(n.id), n.box)).map((n) => n.box);
    const edgesBefore = new Map(rest.job.edges.map((e) => [e.id, e]));
    const out = new Map<string, RoutedArrow>();
    for (const e of job.edges) {
      const was = edgesBefore.get(e.id);
      const kept = rest.routes.get(e.id);
      const unchanged = was && kept && was.source === e.source && was.target === e.target &&
        was.sourceHandle === e.sourceHandle && was.targetHandle === e.targetHandle && was.data.label === e.data.label &&
        same(before.get(e.source), now.get(e.source)) && same(before.get(e.target), now.get(e.target)) &&
        !moved.some((box) => polylineHitsRect(kept.points, box));
      const route = unchanged ? kept : quick.get(e.id);
      if (route) out.set(e.id, route);
    }
    return out;
  }

  dispose(): void {
    void this.moving?.then((router) => router.dispose());
  }
}
