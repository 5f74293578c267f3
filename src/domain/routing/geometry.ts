// Plane geometry for routes and boxes: polylines, rectangles and the tests the legibility measures and the label
// placement share.

export type Point = { x: number; y: number };
export type Rect = { x: number; y: number; width: number; height: number };

/** Room kept between a route and a node it passes. */
export const CLEARANCE = 10;

export const inset = (r: Rect, by: number): Rect => ({ x: r.x + by, y: r.y + by, width: r.width - 2 * by, height: r.height - 2 * by });

/** Open rectangles intersect (touching borders do not count). */
export const rectsOverlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const contains = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

const inside = (p: Point, r: Rect) => p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;

/** Whether segment a-b has a point strictly inside the rectangle (Liang-Barsky clipping against the open box). */
export function segmentHitsRect(a: Point, b: Point, r: Rect): boolean {
  if (r.width <= 0 || r.height <= 0) return false;
  if (inside(a, r) || inside(b, r)) return true;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number) => {
    if (p === 0) return q > 0;
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  if (!clip(-dx, a.x - r.x) || !clip(dx, r.x + r.width - a.x) || !clip(-dy, a.y - r.y) || !clip(dy, r.y + r.height - a.y)) return false;
  if (t1 - t0 <= 1e-9) return false;
  // The clipped piece may run along the border; its middle tells whether it is inside the open box.
  const t = (t0 + t1) / 2;
  return inside({ x: a.x + dx * t, y: a.y + dy * t }, r);
}

export function polylineHitsRect(points: readonly Point[], r: Rect): boolean {
  for (let i = 1; i < points.length; i++) if (segmentHitsRect(points[i - 1], points[i], r)) return true;
  return false;
}

export function polylineLength(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
  return total;
}

/** The point `distance` along the polyline, and the direction of the segment it is on. */
export function pointAlong(points: readonly Point[], distance: number): { point: Point; horizontal: boolean } {
  let left = distance;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (left <= length || i === points.length - 1) {
      const t = length ? Math.min(1, left / length) : 0;
      return { point: { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }, horizontal: Math.abs(b.x - a.x) >= Math.abs(b.y - a.y) };
    }
    left -= length;
  }
  return { point: points[0], horizontal: true };
}

/** Distance from p to segment a-b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2)) : 0;
  return Math.hypot(p.x - (a.x + dx * t), p.y - (a.y + dy * t));
}

export function boundsOf(points: readonly Point[]): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Whether two segments cross at a point inside both (not at an end of either, not along a shared line). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  const eps = 1e-6;
  return ((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps));
}

/** Drops repeated points and points in the middle of a straight run. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    if (out.length >= 2) {
      const prev = out[out.length - 2];
      const collinear = Math.abs((last.x - prev.x) * (p.y - prev.y) - (last.y - prev.y) * (p.x - prev.x)) < 0.01;
      const forward = (last.x - prev.x) * (p.x - last.x) + (last.y - prev.y) * (p.y - last.y) >= 0;
      if (collinear && forward) out.pop();
    }
    out.push(p);
  }
  return out;
}

/** Distance from a polyline to a rectangle: 0 where it touches or enters it. */
export function polylineDistanceToRect(points: readonly Point[], r: Rect): number {
  const pointToRect = (p: Point) => Math.hypot(Math.max(r.x - p.x, 0, p.x - (r.x + r.width)), Math.max(r.y - p.y, 0, p.y - (r.y + r.height)));
  const corners = [
    { x: r.x, y: r.y }, { x: r.x + r.width, y: r.y }, { x: r.x + r.width, y: r.y + r.height }, { x: r.x, y: r.y + r.height },
  ];
  let best = Infinity;
  for (let i = 0; i < points.length; i++) {
    best = Math.min(best, pointToRect(points[i]));
    if (i === 0) continue;
    const [a, b] = [points[i - 1], points[i]];
    if (segmentHitsRect(a, b, r)) return 0;
    for (const c of corners) best = Math.min(best, distanceToSegment(c, a, b));
  }
  return best;
}
