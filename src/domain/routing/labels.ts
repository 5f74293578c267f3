// Where each arrow's label goes: on its own route, as near the middle as it can be without covering a node, a
// pipeline box's title or another label, and without another arrow running through it.
import { inset, pointAlong, polylineHitsRect, polylineLength, rectsOverlap, type Point, type Rect } from './geometry';

/** The label pill as the canvas draws it (canvas.css .mlsd-edge-label: 11px text, 6px padding, 1px border). */
const LABEL = { charWidth: 6.4, padding: 16, height: 18 };
/** Room kept around a label. */
const MARGIN = 3;
/** Steps along the route tried, either side of the middle. */
const STEP = 6;

export function labelSize(text: string): { width: number; height: number } {
  return { width: Math.ceil(text.length * LABEL.charWidth + LABEL.padding), height: LABEL.height };
}

export type LabelRequest = { id: string; text: string; points: readonly Point[] };

/**
 * Places labels one by one, the longest routes last (they have the most room to move along): for each, the point
 * on its route nearest the middle where the pill is clear of `obstacles`, of the labels placed so far and of every
 * other route. A label with no clear spot sits at the spot with the fewest conflicts.
 */
export function placeLabels(
  labels: readonly LabelRequest[], routes: ReadonlyMap<string, readonly Point[]>, obstacles: readonly Rect[],
): Map<string, Rect> {
  const placed = new Map<string, Rect>();
  const order = [...labels].sort((a, b) => polylineLength(a.points) - polylineLength(b.points));
  for (const label of order) {
    const size = labelSize(label.text);
    const length = polylineLength(label.points);
    const others = [...routes].filter(([id]) => id !== label.id).map(([, points]) => points);
    let best: { box: Rect; cost: number } | undefined;
    for (let k = 0; k <= length / STEP; k++) {
      const offset = (k % 2 ? 1 : -1) * Math.ceil(k / 2) * STEP;
      const distance = length / 2 + offset;
      if (distance < 0 || distance > length) continue;
      const { point } = pointAlong(label.points, distance);
      const box = { x: point.x - size.width / 2, y: point.y - size.height / 2, ...size };
      const padded = grow(box, MARGIN);
      let cost = 0;
      for (const o of obstacles) if (rectsOverlap(padded, o)) cost += 10;
      for (const p of placed.values()) if (rectsOverlap(padded, p)) cost += 10;
      for (const points of others) if (polylineHitsRect(points, inset(box, -1))) cost += 3;
      // Nearer the middle is better, but any clear spot beats a crowded one.
      cost += Math.abs(offset) / (length + 1);
      if (!best || cost < best.cost) best = { box, cost };
      if (cost < 1) break;
    }
    if (best) placed.set(label.id, round(best.box));
  }
  return placed;
}

const grow = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });
const round = (r: Rect): Rect => ({ x: Math.round(r.x * 2) / 2, y: Math.round(r.y * 2) / 2, width: r.width, height: r.height });
