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

/**
 * What the canvas posts to the worker: the board it drew, as a change of the board it posted last (the worker keeps
 * that one). A field left out did not change. `nodes` is the whole node list when a node came, went or changed
 * family or box; otherwise `boxes` holds only the boxes that changed (mid-drag: the dragged node's), and the
 * worker patches its list. The same updates in the same order always rebuild the same board.
 */
export type RouteUpdate = {
  settled: boolean;
  /** The whole board, not a change: the worker forgets the board and the routes it had (see changedRoutes). */
  whole?: true;
  nodes?: SceneNode[];
  boxes?: [string, Rect][];
  titles?: RouteJob['titles'];
  edges?: RouteEdge[];
};

const sameBox = (a: Rect | undefined, b: Rect | undefined) =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);

/**
 * The update that turns `before` (the board posted last; none: post it whole) into `now`. Edges are compared by
 * list (the canvas keeps one list while its board's edges stay the same), titles and boxes by value.
 */
export function diffJob(before: RouteJob | undefined, now: RouteJob): RouteUpdate {
  if (!before) return { ...now, whole: true };
  const update: RouteUpdate = { settled: now.settled };
  const a = before.nodes;
  const b = now.nodes;
  const sameList = a.length === b.length && b.every((n, i) => n.id === a[i].id && n.group === a[i].group && n.parentId === a[i].parentId);
  if (!sameList) update.nodes = b;
  else {
    const boxes: [string, Rect][] = [];
    b.forEach((n, i) => {
      if (!sameBox(n.box, a[i].box)) boxes.push([n.id, n.box]);
    });
    if (boxes.length) update.boxes = boxes;
  }
  const sameTitles = before.titles.length === now.titles.length &&
    now.titles.every((t, i) => t.nodeId === before.titles[i].nodeId && sameBox(t.box, before.titles[i].box));
  if (!sameTitles) update.titles = now.titles;
  if (now.edges !== before.edges) update.edges = now.edges;
  return update;
}

/** The board an update makes of the one before it (the worker's side of diffJob). */
export function applyUpdate(before: RouteJob | undefined, update: RouteUpdate): RouteJob {
  const { settled, nodes, boxes, titles, edges, whole } = update;
  if (whole && nodes && titles && edges) return { settled, nodes, titles, edges };
  if (!before) throw new Error('A change of a board came before the board itself.');
  let next = nodes ?? before!.nodes;
  if (!nodes && boxes) {
    const moved = new Map(boxes);
    next = next.map((n) => {
      const box = moved.get(n.id);
      return box ? { ...n, box } : n;
    });
  }
  return { settled, nodes: next, titles: titles ?? before!.titles, edges: edges ?? before!.edges };
}

/** The routes as the worker answers them: those new or changed since its last answer, and the arrows gone since. */
export type RouteChanges = { routes: [string, RoutedArrow][]; gone: string[] };

const sameArrow = (a: RoutedArrow | undefined, b: RoutedArrow) =>
  a === b || (!!a && (a.label === b.label || (!!a.label && !!b.label && sameBox(a.label, b.label))) &&
    a.points.length === b.points.length && a.points.every((p, i) => p.x === b.points[i].x && p.y === b.points[i].y));

/** What changed from the routes answered last (`before`) to `now`: mid-drag, the few arrows the drag touched. */
export function changedRoutes(before: ReadonlyMap<string, RoutedArrow>, now: ReadonlyMap<string, RoutedArrow>): RouteChanges {
  const routes: [string, RoutedArrow][] = [];
  for (const [id, route] of now) if (!sameArrow(before.get(id), route)) routes.push([id, route]);
  return { routes, gone: [...before.keys()].filter((id) => !now.has(id)) };
}

/** `routes` (the last answer, kept by the canvas) brought up to date with the changes of the next answer. */
export function mergeRoutes(routes: Map<string, RoutedArrow>, changes: RouteChanges): void {
  for (const id of changes.gone) routes.delete(id);
  for (const [id, route] of changes.routes) routes.set(id, route);
}

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
    const moved = job.nodes.filter((n) => !n.group && !sameBox(before.get(n.id), n.box)).map((n) => n.box);
    const edgesBefore = new Map(rest.job.edges.map((e) => [e.id, e]));
    const out = new Map<string, RoutedArrow>();
    for (const e of job.edges) {
      const was = edgesBefore.get(e.id);
      const kept = rest.routes.get(e.id);
      const unchanged = was && kept && was.source === e.source && was.target === e.target &&
        was.sourceHandle === e.sourceHandle && was.targetHandle === e.targetHandle && was.data.label === e.data.label &&
        sameBox(before.get(e.source), now.get(e.source)) && sameBox(before.get(e.target), now.get(e.target)) &&
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
