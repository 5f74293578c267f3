// A last pass over the routes: libavoid spreads routes that share a corridor apart, but when a corridor is tight
// it can leave two of them a pixel apart, drawn as one line. Such a run is moved aside, whole, to where it clears
// the nodes and the other routes.
import { segmentHitsRect, type Point, type Rect } from './geometry';

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

/** Returns the routes with every inner run that lies on another route's run moved `spread` aside where that is clear. */
export function separateRuns(routes: ReadonlyMap<string, Point[]>, obstacles: readonly Rect[], spread: number): Map<string, Point[]> {
  const out = new Map([...routes].map(([id, points]) => [id, points.map((p) => ({ ...p }))]));
  const all = () => [...out].flatMap(([id, points]) => runsOf(id, points));
  for (const [id, points] of out) {
    for (const run of runsOf(id, points, true)) {
      const others = all().filter((r) => r.route !== id);
      if (!others.some((o) => touch(run, o))) continue;
      for (const shift of [1, 2, 3, 4, 5, 6].flatMap((k) => [k * spread, -k * spread])) {
        const moved = { ...run, at: run.at + shift };
        if (others.some((o) => touch(moved, o))) continue;
        const a = run.horizontal ? { x: run.from, y: moved.at } : { x: moved.at, y: run.from };
        const b = run.horizontal ? { x: run.to, y: moved.at } : { x: moved.at, y: run.to };
        // The run and the two short joins to its neighbours must clear every node.
        const p = points[run.index];
        const q = points[run.index + 1];
        const np = run.horizontal ? { x: p.x, y: moved.at } : { x: moved.at, y: p.y };
        const nq = run.horizontal ? { x: q.x, y: moved.at } : { x: moved.at, y: q.y };
        if (obstacles.some((o) => segmentHitsRect(a, b, o) || segmentHitsRect(p, np, o) || segmentHitsRect(q, nq, o))) continue;
        points[run.index] = np;
        points[run.index + 1] = nq;
        break;
      }
    }
  }
  return out;
}
