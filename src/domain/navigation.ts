// Keyboard travel between nodes: from one box, the nearest box in a direction. Pure geometry.
import type { Box } from './placement';

export type Direction = 'left' | 'right' | 'up' | 'down';

const UNIT: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

const centreOf = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/**
 * The id of the box nearest to `from` in `direction`: its centre lies within 60° either side of that direction,
 * and sideways distance counts twice as much as distance ahead, so the box straight ahead wins over a nearer one
 * off to the side. Null when there is none that way.
 */
export function nearestInDirection(from: Box, boxes: ReadonlyMap<string, Box>, direction: Direction): string | null {
  const unit = UNIT[direction];
  const a = centreOf(from);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [id, box] of boxes) {
    const b = centreOf(box);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const ahead = dx * unit.x + dy * unit.y;
    const aside = Math.abs(dx * unit.y - dy * unit.x);
    if (ahead <= 0 || aside > ahead * Math.tan(Math.PI / 3)) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
