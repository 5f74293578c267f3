// Orthogonal arrow routes around nodes, by libavoid (Adaptagrams' router for interactive diagram editors, compiled
// to WebAssembly by libavoid-js; see docs/routing.md for why this one). The caller loads the library and hands it
// in, so this file stays free of how the browser or Node fetch the WebAssembly. The router is incremental: it
// keeps its shapes and connectors between calls, so a drag moves one shape and re-routes only what that touches.
import { CLEARANCE, inset, polylineHitsRect, polylineLength, simplify, type Point, type Rect } from './geometry';

export { CLEARANCE, simplify } from './geometry';
import type { SceneNode } from './measures';

import { facingSide, facingSides, SIDE_AT, SIDES, sidePoint, type Side } from './sides';

export { facingSide, isSide, sidePoint, type Side } from './sides';

/** An arrow to route: its ends, and the sides the user pinned (absent: the router picks). */
export type RouteRequest = { id: string; source: string; target: string; sourceSide?: Side; targetSide?: Side };

/* The few parts of libavoid-js this file uses (its own typings declare the module as `any`). */
type AvoidPoint = { x: number; y: number };
type AvoidObject = object;
type AvoidShape = AvoidObject;
type AvoidConn = AvoidObject & {
  displayRoute(): { size(): number; get_ps(i: number): AvoidPoint };
  setSourceEndpoint(end: AvoidObject): void;
  setDestEndpoint(end: AvoidObject): void;
};
type AvoidRouter = AvoidObject & {
  processTransaction(): void;
  moveShape(shape: AvoidShape, polygon: AvoidObject): void;
  deleteShape(shape: AvoidShape): void;
  deleteConnector(conn: AvoidConn): void;
  setRoutingParameter(parameter: number, value: number): void;
  setRoutingOption(option: number, value: boolean): void;
};
export type AvoidModule = {
  Router: new (flags: number) => AvoidRouter;
  Point: new (x: number, y: number) => AvoidPoint;
  Rectangle: new (topLeft: AvoidPoint, bottomRight: AvoidPoint) => AvoidObject;
  ShapeRef: new (router: AvoidRouter, polygon: AvoidObject) => AvoidShape;
  ShapeConnectionPin: new (
    shape: AvoidShape, classId: number, x: number, y: number, proportional: boolean, insideOffset: number, dirs: number,
  ) => AvoidObject & { setExclusive(exclusive: boolean): void };
  ConnEnd: { new (shape: AvoidShape, classId: number): AvoidObject; new (point: AvoidPoint): AvoidObject };
  ConnRef: new (router: AvoidRouter, source: AvoidObject, target: AvoidObject) => AvoidConn;
  destroy(object: AvoidObject): void;
} & Record<
  | 'OrthogonalRouting' | 'ConnDirUp' | 'ConnDirDown' | 'ConnDirLeft' | 'ConnDirRight' | 'shapeBufferDistance'
  | 'idealNudgingDistance' | 'segmentPenalty' | 'crossingPenalty' | 'nudgeOrthogonalSegmentsConnectedToShapes'
  | 'nudgeSharedPathsWithCommonEndPoint' | 'performUnifyingNudgingPreprocessingStep'
  | 'nudgeOrthogonalTouchingColinearSegments',
  number
>;

/**
 * What crossing another arrow costs a route, in pixels of length; with it libavoid goes round where the detour is
 * shorter than this. Measured on the ten templates and ten other designs after auto-layout: crossings 116 and 239
 * without it, about a quarter with it (docs/routing.md).
 */
const CROSSING_PENALTY = 1000;
/** Boards with more arrows than this are routed without the crossing penalty (on 200 nodes it took seconds). */
const UNTANGLE_ARROWS = 80;
/** Distance between two routes sharing a corridor. */
export const SPREAD = 8;
/** The stub by which an arrow meets a pipeline box: it reaches the border from outside. */
const GROUP_STUB = 14;
const TITLE_PREFIX = 'title\u0000';
/**
 * A far stub's length: half the even gap between ranks (spacing.ts RANK_GAP, what the templates are laid out with),
 * a lane free of nodes. Auto-layout sizes gaps to what they hold (layout-flow.ts), down to MIN_RANK_GAP; where a gap
 * is narrower a far stub reaches into the next rank's boxes, that route is not clear and a near stub's is taken.
 */
const RANK_MIDDLE = 32;

// Pin classes: any side (the router picks the cheapest), or one side the user pinned.
const ANY = 1;
const SIDE_CLASS: Record<Side, number> = { top: 2, right: 3, bottom: 4, left: 5 };
/** How far along its side a pinned side's pin sits from the any-side pin, as a fraction of the side (a third of a pixel on a 160 px node). */
const PIN_APART = 0.002;

type ShapeEntry = { shape: AvoidShape; box: Rect };
type ConnEntry = { conn: AvoidConn; key: string };

export class ArrowRouter {
  private router: AvoidRouter;
  private readonly shapes = new Map<string, ShapeEntry>();
  private readonly conns = new Map<string, ConnEntry>();
  private readonly groups = new Map<string, Rect>();
  /** Where each arrow meets a pipeline box this routing (key: arrow id and which end, and the side). */
  private readonly groupEnds = new Map<string, { group: string; side: Side; at: Point }>();
  private titles = new Map<string, Rect>();

  constructor(private readonly avoid: AvoidModule) {
    this.router = this.makeRouter();
  }

  private makeRouter(): AvoidRouter {
    const A = this.avoid;
    const router = new A.Router(A.OrthogonalRouting);
    router.setRoutingParameter(A.shapeBufferDistance, CLEARANCE);
    router.setRoutingParameter(A.idealNudgingDistance, SPREAD);
    router.setRoutingParameter(A.segmentPenalty, 60);
    // The crossing penalty is set per routing (see route): it costs 4 to 6 times more.
    router.setRoutingOption(A.nudgeOrthogonalSegmentsConnectedToShapes, true);
    router.setRoutingOption(A.nudgeSharedPathsWithCommonEndPoint, true);
    router.setRoutingOption(A.performUnifyingNudgingPreprocessingStep, true);
    router.setRoutingOption(A.nudgeOrthogonalTouchingColinearSegments, true);
    return router;
  }

  /**
   * Brings the router's shapes and connectors in line with the board and returns every route, keyed by arrow id.
   * Nodes whose box did not change, and arrows whose ends did not, cost nothing. `untangle` false: never the
   * crossing penalty (a drag's quick routing).
   */
  route(
    nodes: readonly SceneNode[], arrows: readonly RouteRequest[], titles: readonly { nodeId: string; box: Rect }[] = [], untangle = true,
  ): Map<string, Point[]> {
    const routes = this.routeOnce(nodes, arrows, titles, untangle);
    if (!this.stuck) return routes;
    // libavoid now and then keeps giving up on a connector, in a way that depends on the history of its objects
    // and more often with the crossing penalty: a fresh router, given everything again without it, routes it.
    // The ones given up on are added last, once the others are routed.
    const given = new Set(this.stuckIds);
    this.clear();
    this.router = this.makeRouter();
    this.routeOnce(nodes, arrows.filter((a) => !given.has(a.id)), titles, false);
    const again = this.routeOnce(nodes, arrows, titles, false);
    // Rarely even that fails: such an arrow goes round the outside of the whole board, over the top or under it.
    const solid = [...nodes.filter((n) => !n.group).map((n) => ({ id: n.id, box: n.box })), ...titles.map((t) => ({ id: '', box: t.box }))];
    let lane = 0;
    for (const a of arrows) {
      const points = again.get(a.id);
      const s = this.shapes.get(a.source)?.box;
      const t = this.shapes.get(a.target)?.box;
      if (!points || !s || !t || (onBorder(points[0], s) && onBorder(points[points.length - 1], t))) continue;
      const others = solid.filter((n) => n.id !== a.source && n.id !== a.target).map((n) => n.box);
      // A direct route between the facing sides (or the pinned ones) when nothing stands in its way; else round the
      // outside. (libavoid gives up even on two nodes side by side now and then.)
      const around = direct(s, t, a.sourceSide ?? facingSide(s, t), a.targetSide ?? facingSide(t, s), others) ?? aroundTheOutside(s, t, others, lane++);
      if (around) again.set(a.id, around);
    }
    return again;
  }

  /** Whether the last routing left a connector libavoid gave up on, and which. */
  private stuck = false;
  private stuckIds: string[] = [];

  private routeOnce(
    nodes: readonly SceneNode[], arrows: readonly RouteRequest[], titles: readonly { nodeId: string; box: Rect }[], untangle: boolean,
  ): Map<string, Point[]> {
    const A = this.avoid;
    this.stuck = false;
    const seen = new Set<string>();
    let changed = 0;
    this.groups.clear();
    this.groupEnds.clear();
    this.titles = new Map(titles.map((t) => [t.nodeId, t.box]));
    // A pipeline box's title is an obstacle too, so no line strikes through it.
    const obstacles = [...nodes, ...titles.map((t) => ({ id: `${TITLE_PREFIX}${t.nodeId}`, box: t.box, group: false, title: true }))];
    for (const n of obstacles) {
      if (n.group) {
        this.groups.set(n.id, n.box);
        continue;
      }
      seen.add(n.id);
      const known = this.shapes.get(n.id);
      if (known && sameBox(known.box, n.box)) continue;
      const polygon = rectangle(A, n.box);
      changed++;
      if (known) {
        this.router.moveShape(known.shape, polygon);
        known.box = n.box;
      } else {
        const shape = new A.ShapeRef(this.router, polygon);
        this.shapes.set(n.id, { shape, box: n.box });
        if ('title' in n) continue;
        const dirs: Record<Side, number> = { top: A.ConnDirUp, right: A.ConnDirRight, bottom: A.ConnDirDown, left: A.ConnDirLeft };
        for (const side of SIDES) {
          const [x, y] = SIDE_AT[side];
          // Not exclusive (libavoid's default): a side takes any number of arrows. The pinned side's pin sits a hair
          // along from the any-side pin: two pins of different classes on one spot made libavoid give up on both
          // arrows between two neighbours (a straight line between their centres).
          const [px, py] = x === 0.5 ? [x + PIN_APART, y] : [x, y + PIN_APART];
          new A.ShapeConnectionPin(shape, ANY, x, y, true, 0, dirs[side]).setExclusive(false);
          new A.ShapeConnectionPin(shape, SIDE_CLASS[side], px, py, true, 0, dirs[side]).setExclusive(false);
        }
      }
    }
    for (const [id, entry] of this.shapes) {
      if (seen.has(id)) continue;
      // Connectors attached to a shape go first: libavoid would keep routing them to the deleted shape.
      for (const [edgeId, c] of this.conns) if (c.key.split('|').includes(id)) this.dropConn(edgeId);
      this.router.deleteShape(entry.shape);
      this.shapes.delete(id);
    }

    const wanted = new Set<string>();
    const stubs = new Map<string, { source?: Point; target?: Point }>();
    for (const a of arrows) {
      const source = this.end(a.source, a.sourceSide, a.target, `${a.id}>`);
      const target = this.end(a.target, a.targetSide, a.source, `>${a.id}`);
      if (!source || !target || a.source === a.target) continue;
      wanted.add(a.id);
      stubs.set(a.id, { source: source.border, target: target.border });
      const key = [a.source, a.target, source.key, target.key].join('|');
      const known = this.conns.get(a.id);
      if (known?.key === key) continue;
      if (known) this.dropConn(a.id);
      this.conns.set(a.id, { conn: new A.ConnRef(this.router, source.end(), target.end()), key });
    }
    for (const id of [...this.conns.keys()]) if (!wanted.has(id)) this.dropConn(id);

    // A whole board routed anew (opened, laid out) on a board of a design doc's size: arrows go round each other
    // where they can. A drag re-routes a few arrows and stays cheap: those keep the routes they have.
    const anew = untangle && changed * 2 >= nodes.length + titles.length && arrows.length <= UNTANGLE_ARROWS;
    this.router.setRoutingParameter(A.crossingPenalty, anew ? CROSSING_PENALTY : 0);
    this.router.processTransaction();
    // Now and then libavoid gives up on a connector and returns a straight line between the shapes' centres:
    // such a connector is made again and routed once more.
    // Its nudging in a tight corridor can also push a run through a node: such a connector is routed again too.
    const ends = new Map(arrows.map((a) => [a.id, [a.source, a.target]]));
    const solid = [...this.shapes].filter(([id]) => !id.startsWith(TITLE_PREFIX)).map(([id, { box }]) => ({ id, box: inset(box, 3) }));
    const failed = [...this.conns].filter(([id, { conn }]) => {
      const [sourceId, targetId] = ends.get(id) ?? [];
      const s = sourceId !== undefined ? this.shapes.get(sourceId)?.box : undefined;
      const t = targetId !== undefined ? this.shapes.get(targetId)?.box : undefined;
      const r = readRoute(conn);
      if ((s && !onBorder(r[0], s)) || (t && !onBorder(r[r.length - 1], t))) return true;
      return solid.some((n) => n.id !== sourceId && n.id !== targetId && polylineHitsRect(r, n.box));
    });
    if (failed.length) {
      for (const [id, entry] of failed) {
        const a = arrows.find((x) => x.id === id)!;
        this.router.deleteConnector(entry.conn);
        entry.conn = new A.ConnRef(
          this.router, this.end(a.source, a.sourceSide, a.target, `${a.id}>`)!.end(), this.end(a.target, a.targetSide, a.source, `>${a.id}`)!.end(),
        );
      }
      this.router.processTransaction();
      // Still given up on (a long arrow across a crowded board): routed again between given sides, which leaves
      // libavoid fewer ways to search: the sides that face each other, then over the top, then under the bottom.
      const given = (id: string) => {
        const [s, t] = [this.shapes.get(ends.get(id)![0])?.box, this.shapes.get(ends.get(id)![1])?.box];
        const r = readRoute(this.conns.get(id)!.conn);
        return !s || !t || (onBorder(r[0], s) && onBorder(r[r.length - 1], t));
      };
      let stuck = failed.map(([id]) => id).filter((id) => !given(id));
      for (let attempt = 0; attempt < 3 && stuck.length; attempt++) {
        for (const id of stuck) {
          const entry = this.conns.get(id)!;
          const a = arrows.find((x) => x.id === id)!;
          const s = this.shapes.get(a.source)!.box;
          const t = this.shapes.get(a.target)!.box;
          const sides: [Side, Side] = attempt === 0 ? [facingSide(s, t), facingSide(t, s)] : attempt === 1 ? ['top', 'top'] : ['bottom', 'bottom'];
          this.router.deleteConnector(entry.conn);
          const source = this.end(a.source, a.sourceSide ?? sides[0], a.target, `${a.id}>`)!;
          const target = this.end(a.target, a.targetSide ?? sides[1], a.source, `>${a.id}`)!;
          entry.conn = new A.ConnRef(this.router, source.end(), target.end());
          // Its key changes so that the next call makes it again with the sides it should have.
          entry.key = `retried|${entry.key}`;
        }
        this.router.processTransaction();
        stuck = stuck.filter((id) => !given(id));
      }
      this.stuck = stuck.length > 0;
      this.stuckIds = stuck;
    }
    const out = new Map<string, Point[]>();
    for (const [id, { conn }] of this.conns) {
      const points = readRoute(conn);
      const stub = stubs.get(id);
      if (stub?.source) points.unshift(stub.source);
      if (stub?.target) points.push(stub.target);
      out.set(id, simplify(points));
    }
    return out;
  }

  /** Frees the WebAssembly objects. */
  dispose(): void {
    this.clear();
  }

  private clear(): void {
    for (const id of [...this.conns.keys()]) this.dropConn(id);
    for (const { shape } of this.shapes.values()) this.router.deleteShape(shape);
    this.shapes.clear();
    this.router.processTransaction();
    this.avoid.destroy(this.router);
  }

  private dropConn(id: string) {
    const c = this.conns.get(id);
    if (!c) return;
    this.router.deleteConnector(c.conn);
    this.conns.delete(id);
  }

  /**
   * One end of an arrow: a node's pins (any side, or the pinned one), or for a pipeline box a point just outside
   * its border on the side facing the other end, then the border itself. `slot` names the arrow and which end.
   */
  private end(id: string, side: Side | undefined, otherId: string, slot: string) {
    const A = this.avoid;
    const shape = this.shapes.get(id);
    if (shape) {
      // Unpinned between two nodes side by side (or one above the other): the facing sides. libavoid, free to pick,
      // took the top or bottom now and then (two arrows both ways between neighbours went round over the top).
      const other = this.shapes.get(otherId)?.box;
      const facing = !side && other ? facingSides(shape.box, other)?.[0] : undefined;
      // Not a side a node stands against (drawn a few pixels away): no route leaves there; libavoid picks another.
      const chosen = side ?? (facing && !this.blocked(id, shape.box, facing, otherId) ? facing : undefined);
      const cls = chosen ? SIDE_CLASS[chosen] : ANY;
      return { key: `s${cls}`, end: () => new A.ConnEnd(shape.shape, cls), border: undefined };
    }
    const group = this.groups.get(id);
    if (!group) return null;
    const other = this.shapes.get(otherId)?.box ?? this.groups.get(otherId);
    const facing = side ?? (other ? facingSide(group, other) : 'right');
    const border = this.groupBorder(id, group, facing, other, slot);
    const [dx, dy] = OUTWARDS[facing];
    const out = { x: border.x + dx * GROUP_STUB, y: border.y + dy * GROUP_STUB };
    return { key: `g${facing}${out.x},${out.y}`, end: () => new A.ConnEnd(new A.Point(out.x, out.y)), border };
  }

  /** Whether another node (not `otherId`) stands within the clearance in front of the middle of a node's side. */
  private blocked(id: string, box: Rect, side: Side, otherId: string): boolean {
    const p = sidePoint(box, side);
    const [dx, dy] = OUTWARDS[side];
    const stub = [p, { x: p.x + dx * CLEARANCE, y: p.y + dy * CLEARANCE }];
    for (const [key, s] of this.shapes) if (key !== id && key !== otherId && polylineHitsRect(stub, s.box)) return true;
    return false;
  }

  /**
   * The point of a pipeline box's side where an arrow meets it: the middle of the side, unless another arrow
   * already meets the box there (a head and a tail on one spot read as one arrow passing through) or the stub to
   * it would run into a node standing close to the box (a route from inside a node); then the nearest free spot
   * along the side, first towards the other end. On the top side, never over the box's title.
   */
  private groupBorder(id: string, group: Rect, side: Side, other: Rect | undefined, slot: string): Point {
    const key = `${slot}:${side}`;
    const known = this.groupEnds.get(key);
    if (known) return known.at;
    const middle = sidePoint(group, side);
    const horizontal = side === 'top' || side === 'bottom';
    const [from, to] = horizontal ? [group.x, group.x + group.width] : [group.y, group.y + group.height];
    const centre = horizontal ? middle.x : middle.y;
    const toward = other ? Math.sign((horizontal ? other.x + other.width / 2 : other.y + other.height / 2) - centre) || 1 : 1;
    const title = side === 'top' ? this.titles.get(id) : undefined;
    const taken = [...this.groupEnds.values()].filter((e) => e.group === id && e.side === side).map((e) => (horizontal ? e.at.x : e.at.y));
    const solid = [...this.shapes.values()].map((s) => s.box);
    const [dx, dy] = OUTWARDS[side];
    let at = middle;
    for (let k = 0; k <= (to - from) / GROUP_END_STEP; k++) {
      const along = centre + (k % 2 ? 1 : -1) * toward * Math.ceil(k / 2) * GROUP_END_STEP;
      if (along < from + GROUP_END_MARGIN || along > to - GROUP_END_MARGIN) continue;
      if (taken.some((t) => Math.abs(t - along) < GROUP_END_STEP)) continue;
      if (title && along > title.x - GROUP_END_STEP && along < title.x + title.width + GROUP_END_STEP) continue;
      const p = horizontal ? { x: along, y: middle.y } : { x: middle.x, y: along };
      const stub = [p, { x: p.x + dx * (GROUP_STUB + CLEARANCE), y: p.y + dy * (GROUP_STUB + CLEARANCE) }];
      if (solid.some((b) => polylineHitsRect(stub, inset(b, -CLEARANCE / 2)))) continue;
      at = p;
      break;
    }
    this.groupEnds.set(key, { group: id, side, at });
    return at;
  }
}

const OUTWARDS: Record<Side, [number, number]> = { top: [0, -1], right: [1, 0], bottom: [0, 1], left: [-1, 0] };
/** Arrows meeting one side of a pipeline box stay this far apart along it, and this far from its corners. */
const GROUP_END_STEP = 16;
const GROUP_END_MARGIN = 24;

/** A right-angled route from a side of `s` to a side of `t`, bending halfway, or null if it would cross a box. */
export function direct(s: Rect, t: Rect, from: Side, to: Side, boxes: readonly Rect[]): Point[] | null {
  const a = sidePoint(s, from);
  const b = sidePoint(t, to);
  const across = (side: Side) => side === 'left' || side === 'right';
  let points: Point[];
  if (across(from) && across(to)) {
    const x = (a.x + b.x) / 2;
    points = [a, { x, y: a.y }, { x, y: b.y }, b];
  } else if (!across(from) && !across(to)) {
    const y = (a.y + b.y) / 2;
    points = [a, { x: a.x, y }, { x: b.x, y }, b];
  } else points = across(from) ? [a, { x: b.x, y: a.y }, b] : [a, { x: a.x, y: b.y }, b];
  points = simplify(points);
  // It must leave and enter outwards, not run back across its own ends.
  if ([s, t].some((box) => polylineHitsRect(points, inset(box, 3)))) return null;
  return boxes.some((box) => polylineHitsRect(points, inset(box, -CLEARANCE / 2))) ? null : points;
}

/**
 * A route that leaves `s` by one of its sides, runs on its own lane above (or below) every box and enters `t` by
 * one of its sides: the shortest of those clear of the boxes, or null if every way is blocked.
 */
export function aroundTheOutside(s: Rect, t: Rect, boxes: readonly Rect[], lane: number): Point[] | null {
  const all = [...boxes, s, t];
  // Out of a side by the clearance, or (left and right) to the middle of the gap between two ranks of a layout.
  const stub = (r: Rect, side: Side, far: boolean) => {
    const p = sidePoint(r, side);
    const by = far ? RANK_MIDDLE : CLEARANCE;
    return [p, { x: p.x + OUTWARDS[side][0] * by, y: p.y + OUTWARDS[side][1] * by }];
  };
  let best: Point[] | null = null;
  for (const over of [true, false]) {
    const y = over ? Math.min(...all.map((b) => b.y)) - 2 * CLEARANCE - lane * SPREAD : Math.max(...all.map((b) => b.y + b.height)) + 2 * CLEARANCE + lane * SPREAD;
    for (const from of SIDES) {
      if (from === (over ? 'bottom' : 'top')) continue;
      for (const to of SIDES) {
        if (to === (over ? 'bottom' : 'top')) continue;
        for (const [farFrom, farTo] of [[false, false], [true, false], [false, true], [true, true]]) {
          const [a0, a1] = stub(s, from, farFrom);
          const [b0, b1] = stub(t, to, farTo);
          const points = simplify([a0, a1, { x: a1.x, y }, { x: b1.x, y }, b1, b0]);
          if (boxes.some((b) => polylineHitsRect(points, inset(b, -CLEARANCE / 2)))) continue;
          if (!best || polylineLength(points) < polylineLength(best)) best = points;
        }
      }
    }
  }
  return best;
}

function readRoute(conn: AvoidConn): Point[] {
  const route = conn.displayRoute();
  const points: Point[] = [];
  for (let i = 0; i < route.size(); i++) {
    const p = route.get_ps(i);
    points.push({ x: p.x, y: p.y });
  }
  return points;
}

const near = (a: number, b: number) => Math.abs(a - b) < 1;
/** Whether a point lies on the rectangle's border (where a route leaves or enters a node). */
const onBorder = (p: Point | undefined, r: Rect) =>
  !!p && (((near(p.x, r.x) || near(p.x, r.x + r.width)) && p.y >= r.y - 1 && p.y <= r.y + r.height + 1) ||
    ((near(p.y, r.y) || near(p.y, r.y + r.height)) && p.x >= r.x - 1 && p.x <= r.x + r.width + 1));

const rectangle = (A: AvoidModule, r: Rect) => new A.Rectangle(new A.Point(r.x, r.y), new A.Point(r.x + r.width, r.y + r.height));
const sameBox = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
