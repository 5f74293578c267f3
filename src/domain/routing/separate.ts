// A last pass over the routes: libavoid spreads routes that share a corridor apart, but when a corridor is tight
// it can leave two of them a pixel apart, drawn as one line. Such a run is moved aside, whole, to where it clears
// the nodes and the other routes.
import { segmentHitsRect, type Point, type Rect } from './geometry';

/** How far from a node's corner an arrow's end may slide along the side. */
const END_MARGIN = 6;

/** Whether a point lies on a side of the box, at least `margin` from its corners. */
function onSide(p: Point, b: Rect, margin = 0): boolean {
  const onX = (same(p.x, b.x) || same(p.x, b.x + b.width)) && p.y >= b.y + margin && p.y <= b.y + b.height - margin;
  const onY = (same(p.y, b.y) || same(p.y, b.y + b.height)) && p.x >= b.x + margin && p.x <= b.x + b.width - margin;
  return onX || onY;
}

/** How far a line keeps off another arrow's label (labels.ts places a label 2 px beside its own line). */
const LABEL_CLEAR = 3;
const grow = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });

/** Closer than this, two runs read as one line. */
const TOUCHING = 3;

type Run = { route: string; index: number; horizontal: boolean; at: number; from: number; to: number };

// libavoid's coordinates carry float noise (1550.0000001).
const same = (a: number, b: number) => Math.abs(a - b) < 0.01;

/** The route's axis-parallel runs: all of them, or (`inner`) those that can move, not the first and last, held by the sides the arrow leaves and enters. */
function runsOf(id: string, points: readonly Point[], inner = false): Run[] {
  const out: Run[] = [];
  for (let i = inner ? 1 : 0; i < points.length - (inner ? 2 : 1); i++) {
    const a = points[i];
    const b = points[i + 1];
    if (same(a.y, b.y) && !same(a.x, b.x)) out.push({ route: id, index: i, horizontal: true, at: a.y, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x) });
    else if (same(a.x, b.x) && !same(a.y, b.y)) out.push({ route: id, index: i, horizontal: false, at: a.x, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y) });
  }
  return out;
}

const touch = (a: Run, b: Run) => a.horizontal === b.horizontal && Math.abs(a.at - b.at) < TOUCHING && Math.min(a.to, b.to) - Math.max(a.from, b.from) > 0;

/**
 * Returns the routes with every inner run that lies on another route's run, or crosses another arrow's label,
 * moved aside (by multiples of `spread`) to where it is clear of both and of the nodes.
 */
export function separateRuns(
  routes: ReadonlyMap<string, Point[]>, obstacles: readonly Rect[], spread: number, labels: ReadonlyMap<string, Rect> = new Map(),
): Map<string, Point[]> {
  const out = new Map([...routes].map(([id, points]) => [id, points.map((p) => ({ ...p }))]));
  const all = () => [...out].flatMap(([id, points]) => runsOf(id, points));
  for (const [id, points] of out) {
    const last = points.length - 1;
    // An end run may move too, sliding its end along the side of the node it leaves or enters.
    const endBox = (i: number) => (i === 0 || i === last ? obstacles.find((b) => onSide(points[i], b)) : undefined);
    const movable = runsOf(id, points).filter((run) => {
      for (const i of [run.index, run.index + 1]) if ((i === 0 || i === last) && !endBox(i)) return false;
      return true;
    });
    for (const run of movable) {
      const anchors = [run.index, run.index + 1].filter((i) => i === 0 || i === last).map((i) => [i, endBox(i)!] as const);
      const others = all().filter((r) => r.route !== id);
      const foreign = [...labels].filter(([owner]) => owner !== id).map(([, box]) => box);
      const hits = (pts: readonly Point[], boxes: readonly Rect[]) =>
        boxes.filter((b) => pts.some((pt, i) => i > 0 && segmentHitsRect(pts[i - 1], pt, b))).length;
      const crossings = (pts: readonly Point[]) => hits(pts, foreign);
      // A line grazing another arrow's label (closer than LABEL_CLEAR) makes the label read as that line's.
      const grazing = (pts: readonly Point[]) => hits(pts, foreign.map((b) => grow(b, LABEL_CLEAR)));
      const crossed = crossings(points);
      const grazed = grazing(points);
      const touching = others.some((o) => touch(run, o));
      if (!touching && !grazed) continue;
      // Nearest first, either way, up to 16 spreads (past a label's width).
      search: for (let k = 1; k <= 16; k++) for (const shift of [k * spread, -k * spread]) {
        const moved = { ...run, at: run.at + shift };
        if (others.some((o) => touch(moved, o))) continue;
        const p = points[run.index];
        const q = points[run.index + 1];
        const np = run.horizontal ? { x: p.x, y: moved.at } : { x: moved.at, y: p.y };
        const nq = run.horizontal ? { x: q.x, y: moved.at } : { x: moved.at, y: q.y };
        // An end stays on its node's side, clear of the corners.
        if (anchors.some(([i, box]) => !onSide(i === run.index ? np : nq, box, END_MARGIN))) continue;
        // The whole route as it would be must clear the nodes and the other arrows' labels.
        const next = points.map((pt, i) => (i === run.index ? np : i === run.index + 1 ? nq : pt));
        if (next.some((pt, i) => i > 0 && obstacles.some((b) => segmentHitsRect(next[i - 1], pt, b)))) continue;
        // The runs either side stretch or shrink with it: they must not come to lie on another route either.
        const stretched = runsOf(id, next).filter((r) => r.index === run.index - 1 || r.index === run.index + 1);
        if (stretched.some((r) => others.some((o) => touch(r, o)))) continue;
        // No new label crossed; and when a crossed (or grazed) label was the reason to move, one fewer.
        if (crossings(next) > crossed || (!touching && grazing(next) >= grazed)) continue;
        points[run.index] = np;
        points[run.index + 1] = nq;
        break search;
      }
    }
  }
  return out;
}
