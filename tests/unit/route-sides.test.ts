// An unpinned arrow between two nodes side by side (or one above the other) leaves and enters by the sides that
// face each other, whatever else is on the board; a pinned side is kept.
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../src/domain/routing/geometry';
import type { SceneNode } from '../../src/domain/routing/measures';
import { ArrowRouter, type RouteRequest, type Side } from '../../src/domain/routing/router';
import { newAvoid } from '../legibility/scenes';

const node = (id: string, x: number, y: number, width = 160, height = 60): SceneNode => ({ id, box: { x, y, width, height }, group: false });

/** The side of `box` the point lies on. */
function sideOf(p: { x: number; y: number }, box: Rect): Side | 'none' {
  const near = (a: number, b: number) => Math.abs(a - b) < 1;
  if (near(p.x, box.x)) return 'left';
  if (near(p.x, box.x + box.width)) return 'right';
  if (near(p.y, box.y)) return 'top';
  if (near(p.y, box.y + box.height)) return 'bottom';
  return 'none';
}

async function sides(nodes: SceneNode[], arrows: RouteRequest[]) {
  const router = new ArrowRouter(await newAvoid());
  try {
    const routes = router.route(nodes, arrows);
    const box = new Map(nodes.map((n) => [n.id, n.box]));
    return arrows.map((a) => {
      const points = routes.get(a.id)!;
      return `${sideOf(points[0], box.get(a.source)!)}-${sideOf(points[points.length - 1], box.get(a.target)!)}`;
    });
  } finally {
    router.dispose();
  }
}

describe('sides of an unpinned arrow', () => {
  it('two nodes side by side: out of the facing side, into the facing side (either way, level or offset)', async () => {
    for (const dy of [0, 20, -40]) {
      const nodes = [node('a', 0, 0), node('b', 260, dy)];
      expect(await sides(nodes, [{ id: 'e', source: 'a', target: 'b' }, { id: 'f', source: 'b', target: 'a' }])).toEqual(['right-left', 'left-right']);
    }
  }, 60_000);

  it('one above the other: bottom to top', async () => {
    const nodes = [node('a', 0, 0), node('b', 30, 160)];
    expect(await sides(nodes, [{ id: 'e', source: 'a', target: 'b' }])).toEqual(['bottom-top']);
  }, 60_000);

  it('boxes that barely overlap across the gap are on a diagonal: two arrows both ways get an end each', async () => {
    // As auto-layout placed Agent desktop and the summariser service top to bottom (call summaries, second design): a
    // 2 px overlap. Forced onto the facing sides, both arrows ran straight down that sliver, one line with two heads.
    const nodes = [node('a', 0, 100, 193), node('b', 191, 0, 184)];
    const router = new ArrowRouter(await newAvoid());
    try {
      const routes = router.route(nodes, [{ id: 'e', source: 'a', target: 'b' }, { id: 'f', source: 'b', target: 'a' }]);
      const [e, f] = [routes.get('e')!, routes.get('f')!];
      const apart = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
      expect(apart(e[0], f[f.length - 1])).toBeGreaterThanOrEqual(3);
      expect(apart(e[e.length - 1], f[0])).toBeGreaterThanOrEqual(3);
    } finally {
      router.dispose();
    }
  }, 60_000);

  it('side by side among other nodes and arrows, as on a board', async () => {
    // A row of three with a node above and below the middle gap, arrows from the row to them.
    const nodes = [node('a', 0, 100), node('b', 260, 100), node('c', 520, 100), node('up', 130, -60), node('down', 130, 260)];
    const arrows: RouteRequest[] = [
      { id: 'ab', source: 'a', target: 'b' }, { id: 'bc', source: 'b', target: 'c' },
      { id: 'a-up', source: 'a', target: 'up' }, { id: 'down-c', source: 'down', target: 'c' }, { id: 'up-c', source: 'up', target: 'c' },
    ];
    const got = await sides(nodes, arrows);
    expect(got.slice(0, 2)).toEqual(['right-left', 'right-left']);
  }, 60_000);

  it('a pinned side is kept', async () => {
    const nodes = [node('a', 0, 0), node('b', 260, 0)];
    expect(await sides(nodes, [{ id: 'e', source: 'a', target: 'b', sourceSide: 'top', targetSide: 'top' }])).toEqual(['top-top']);
  }, 60_000);
});
