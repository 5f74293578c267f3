// An arrow whose ends have moved since it was routed (mid-drag, until the router's answer for the new places comes
// back): its route made to follow its ends, if that gives a clean right-angled route; else the caller draws it
// directly. See docs/routing.md ("While dragging").
import { CLEARANCE, inset, polylineHitsRect, simplify, type Point, type Rect } from './geometry';

const horizontal = (a: Point, b: Point) => Math.abs(a.y - b.y) < 0.5;

/**
 * The route `points`, made for the end boxes `was` (source, target), following them to `now`: a route whose ends
 * both moved by the same step is moved whole; otherwise each end's first run moves with its end and the bend after
 * it slides along, so every run stays horizontal or vertical. Null when an end changed size, when a first or last
 * run would turn back into its node, or when the route would pass within half the clearance of a box in `others`.
 */
export function followEnds(points: readonly Point[], was: [Rect, Rect], now: [Rect, Rect], others: readonly Rect[]): Point[] | null {
  if (points.length < 2) return null;
  const [ws, wt] = was;
  const [ns, nt] = now;
  if (ws.width !== ns.width || ws.height !== ns.height || wt.width !== nt.width || wt.height !== nt.height) return null;
  const ds = { x: ns.x - ws.x, y: ns.y - ws.y };
  const dt = { x: nt.x - wt.x, y: nt.y - wt.y };
  const shift = (p: Point, d: Point) => ({ x: p.x + d.x, y: p.y + d.y });
  let out: Point[];
  if (ds.x === dt.x && ds.y === dt.y) out = points.map((p) => shift(p, ds));
  else if (points.length === 2) {
    // A straight run between the two: it bends halfway when its ends no longer line up.
    const [a, b] = [shift(points[0], ds), shift(points[1], dt)];
    if (horizontal(points[0], points[1])) {
      const x = (a.x + b.x) / 2;
      out = [a, { x, y: a.y }, { x, y: b.y }, b];
    } else {
      const y = (a.y + b.y) / 2;
      out = [a, { x: a.x, y }, { x: b.x, y }, b];
    }
  } else {
    out = points.map((p) => ({ ...p }));
    const last = out.length - 1;
    // The bend after an end slides across its first run's direction (horizontal run: the bend moves up or down).
    const follow = (end: number, next: number, d: Point) => {
      const along = horizontal(points[end], points[next]);
      out[end] = shift(points[end], d);
      if (along) out[next].y += d.y;
      else out[next].x += d.x;
    };
    follow(0, 1, ds);
    follow(last, last - 1, dt);
  }
  // The first and last runs still leave and enter their nodes outwards, as before.
  const direction = (a: Point, b: Point) => [Math.sign(Math.round(b.x - a.x)), Math.sign(Math.round(b.y - a.y))].join();
  const n = points.length;
  if (out.length === n && n > 2) {
    if (direction(out[0], out[1]) !== direction(points[0], points[1])) return null;
    if (direction(out[n - 2], out[n - 1]) !== direction(points[n - 2], points[n - 1])) return null;
  }
  const route = simplify(out);
  if ([ns, nt].some((box) => polylineHitsRect(route, inset(box, 3)))) return null;
  if (others.some((box) => polylineHitsRect(route, inset(box, -CLEARANCE / 2)))) return null;
  return route;
}

/** The point of the polyline nearest to `p` (where a label slides to when its route follows its ends). */
export function nearestOn(points: readonly Point[], p: Point): Point {
  let best = points[0];
  let bestDistance = Infinity;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    const length2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2 || 1;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / length2));
    const q = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    const d = Math.hypot(q.x - p.x, q.y - p.y);
    if (d < bestDistance) [best, bestDistance] = [q, d];
  }
  return best;
}
