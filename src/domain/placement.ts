// Where a node added by click or keyboard goes: near the point asked for (the view's centre), in free space, so
// items added one after another never land on each other. Pure geometry on boxes.

export type Box = { x: number; y: number; width: number; height: number };
export type Size = { width: number; height: number };

/** Space kept between a new box and its neighbours. */
export const PLACEMENT_GAP = 24;
/** Obstacles nearer the wanted place than this many are the ones whose sides give candidate places. */
const NEIGHBOURS = 48;

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * The top-left corner for a box of `size` as near as possible to `wanted` (a top-left corner) that keeps `gap`
 * clear of every box in `taken`. Candidates are the wanted place and the places that touch the sides of the
 * nearest boxes (in line with them or in a corner), nearest first; a free one always exists past the last box.
 */
export function freeSpot(taken: readonly Box[], size: Size, wanted: { x: number; y: number }, gap = PLACEMENT_GAP): { x: number; y: number } {
  const isFree = (p: { x: number; y: number }) => !taken.some((b) => overlaps({ ...p, ...size }, b, gap));
  if (isFree(wanted)) return wanted;
  const centre = { x: wanted.x + size.width / 2, y: wanted.y + size.height / 2 };
  const near = [...taken]
    .sort((a, b) => distance(centre, { x: a.x + a.width / 2, y: a.y + a.height / 2 }) - distance(centre, { x: b.x + b.width / 2, y: b.y + b.height / 2 }))
    .slice(0, NEIGHBOURS);
  const xs = new Set([wanted.x]);
  const ys = new Set([wanted.y]);
  for (const b of near) {
    xs.add(b.x + b.width + gap).add(b.x - gap - size.width).add(b.x);
    ys.add(b.y + b.height + gap).add(b.y - gap - size.height).add(b.y);
  }
  const candidates: { x: number; y: number; d: number }[] = [];
  for (const x of xs) for (const y of ys) candidates.push({ x, y, d: distance({ x, y }, wanted) });
  candidates.sort((a, b) => a.d - b.d);
  for (const c of candidates) if (isFree(c)) return { x: c.x, y: c.y };
  // Crowded all round: past the right edge of everything, level with the wanted place.
  return { x: Math.max(...taken.map((b) => b.x + b.width)) + gap, y: wanted.y };
}

/**
 * Where a new node goes: centred on `centre`, or, when it has `siblings` (answer cards of the same step already
 * on the board), in line beside the last of them; in free space either way.
 */
export function placeNew(taken: readonly Box[], size: Size, centre: { x: number; y: number }, siblings: readonly Box[] = []): { x: number; y: number } {
  const last = siblings[siblings.length - 1];
  const wanted = last
    ? { x: last.x + last.width + PLACEMENT_GAP, y: last.y }
    : { x: centre.x - size.width / 2, y: centre.y - size.height / 2 };
  return freeSpot(taken, size, wanted);
}
