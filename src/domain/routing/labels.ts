// Where each arrow's label goes: on its own route, as near the middle as it can be without covering a node, a
// pipeline box's title or another label, and without another arrow running through it.
import { ASTRAY_SLACK } from './measures';
import { boundsOf, inset, pointAlong, polylineDistanceToRect, polylineHitsRect, polylineLength, rectsOverlap, type Point, type Rect } from './geometry';

/** The label pill as the canvas draws it (canvas.css .mlsd-edge-label: 11px text on 16px lines, 6px and 1px padding, 1px border). */
const LABEL = { charWidth: 5.7, padding: 16, height: 20 };
/** Room kept around a label. */
const MARGIN = 3;
/** Steps along the route tried, either side of the middle. */
const STEP = 6;
/** How much further off its line a label may sit when the spot beside the line is taken. */
const BESIDE_FAR = 12;
/**
 * When no spot on or beside the line is clear (an arrow between two nodes drawn close together, shorter than its
 * label): further off, in steps, up to this far from the line, where it neither covers a node nor sits nearer
 * another arrow than its own.
 */
const OFF_STEPS = [26, 38, 50, 62];
/**
 * How much narrower, a side, the browser may draw a pill than labelSize estimates: "block rate" is 69 px drawn, 73
 * estimated (support chatbot top to bottom: beside its line, 4 px from it as drawn, 2 px under another arrow's turn).
 */
const DRAWN_NARROWER = 2;
/** What covering a node, another label or the arrow's own end costs a spot (a line across it costs 3). */
const COVERS = 10;

/** The length of an arrowhead (the canvas's closed marker): a label on the line keeps clear of both ends' last stretch. */
export const ARROW_END = 12;

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
  kept: ReadonlyMap<string, Rect> = new Map(),
): Map<string, Rect> {
  // `kept`: labels already placed, which these keep clear of (and which come back with them).
  const placed = new Map(kept);
  const order = [...labels].sort((a, b) => polylineLength(a.points) - polylineLength(b.points));
  for (const label of order) {
    const size = labelSize(label.text);
    const length = polylineLength(label.points);
    // Only what comes near this route can touch its label.
    const reach = grow(boundsOf(label.points), size.width);
    const others = [...routes].filter(([id, points]) => id !== label.id && rectsOverlap(reach, grow(boundsOf(points), 1))).map(([, points]) => points);
    // Its own arrow's ends: a label covering the head (or where the arrow leaves) hides which way the arrow goes, so
    // on an arrow shorter than its label the label sits beside the line.
    const end = (d: number, at: Point) => grow(boundsOf([pointAlong(label.points, Math.max(0, Math.min(length, d))).point, at]), 1);
    const ends = length > 0 ? [end(ARROW_END, label.points[0]), end(length - ARROW_END, label.points[label.points.length - 1])] : [];
    const near = obstacles.filter((o) => rectsOverlap(reach, o));
    let best: { box: Rect; cost: number } | undefined;
    const cost = (box: Rect, far: boolean) => {
      const padded = grow(box, MARGIN);
      let sum = 0;
      for (const o of near) if (rectsOverlap(padded, o)) sum += COVERS;
      for (const e of ends) if (rectsOverlap(box, e)) sum += COVERS;
      for (const p of placed.values()) if (rectsOverlap(padded, p)) sum += COVERS;
      for (const points of others) if (polylineHitsRect(points, inset(box, -1))) sum += 3;
      // Read as another arrow's label: another line passes nearer to it than its own. Far off the line, never. The
      // pill as drawn may be up to DRAWN_NARROWER a side narrower than estimated, further from its own line beside it.
      const beside = polylineDistanceToRect(label.points, box);
      const own = beside > 0 ? beside + DRAWN_NARROWER : 0;
      if (own > ASTRAY_SLACK && others.some((points) => polylineDistanceToRect(points, box) < own - ASTRAY_SLACK)) sum += far ? Infinity : 3;
      return sum;
    };
    // On the line first, nearest the middle; then just beside it (still reading as its arrow's label); then, only
    // if every spot so far covers a node, another label or the arrow's own end (a line across a label is moved
    // aside afterwards, route-board.ts), further off.
    for (const tier of [0, 1, 2]) {
      if (tier === 2 && best && best.cost < COVERS) break;
      for (let k = 0; k <= length / STEP; k++) {
        const offset = (k % 2 ? 1 : -1) * Math.ceil(k / 2) * STEP;
        const distance = length / 2 + offset;
        if (distance < 0 || distance > length) continue;
        const { point, horizontal } = pointAlong(label.points, distance);
        // Beside: touching the line, or a little further off where another arrow runs close alongside.
        const across = horizontal ? size.height / 2 : size.width / 2;
        const gaps = tier === 0 ? [] : tier === 1 ? [2, 2 + BESIDE_FAR] : OFF_STEPS;
        const shifts = tier === 0 ? [[0, 0]] : gaps.flatMap((gap) => [across + gap, -(across + gap)]).map((d) => (horizontal ? [0, d] : [d, 0]));
        for (const [dx, dy] of shifts) {
          const box = { x: point.x + dx - size.width / 2, y: point.y + dy - size.height / 2, ...size };
          // Nearer the middle is better, on the line better than beside it, but any clear spot beats a crowded one.
          const off = Math.abs(dx) + Math.abs(dy) - across;
          const c = cost(box, tier === 2) + Math.abs(offset) / (length + 1) + tier + (off > 2 ? 0.5 : 0) + (tier === 2 ? off / (2 * OFF_STEPS[OFF_STEPS.length - 1]) : 0);
          if (!best || c < best.cost) best = { box, cost: c };
        }
        if (best && best.cost < tier + 1) break;
      }
      if (best && best.cost < tier + 2) break;
    }
    if (best) placed.set(label.id, round(best.box));
  }
  return placed;
}

const grow = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });
const round = (r: Rect): Rect => ({ x: Math.round(r.x * 2) / 2, y: Math.round(r.y * 2) / 2, width: r.width, height: r.height });
