// The canvas's follow (src/canvas/routing/follow-route.ts) checks a followed route against the nodes near it only:
// it must decide as followEnds does against every node of the board.
import type { InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { followRoute } from '../../src/canvas/routing/follow-route';
import { roundedPath } from '../../src/canvas/routing/route-path';
import { endsKey, type DrawnRoute } from '../../src/canvas/routing/routes-store';
import { followEnds } from '../../src/domain/routing/follow';
import type { Rect } from '../../src/domain/routing/geometry';
import type { FlowNode } from '../../src/store/types';

const node = (id: string, box: Rect, type = 'feature-store') =>
  [id, { id, type, measured: { width: box.width, height: box.height }, internals: { positionAbsolute: { x: box.x, y: box.y } } }] as const;

// A pseudo-random sequence, so the boards are the same on every run.
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('following a route mid-drag', () => {
  const source: Rect = { x: 0, y: 0, width: 120, height: 60 };
  const target: Rect = { x: 400, y: 200, width: 120, height: 60 };
  const points = [{ x: 120, y: 30 }, { x: 260, y: 30 }, { x: 260, y: 230 }, { x: 400, y: 230 }];
  const route: DrawnRoute = { points, d: roundedPath(points), source, target, ends: endsKey(source, target) };

  it('decides as followEnds does with every other node, on 300 scattered boards', () => {
    const next = random(7);
    let followed = 0;
    for (let board = 0; board < 300; board++) {
      const moved: Rect = { ...target, x: target.x + Math.round(next() * 200 - 100), y: target.y + Math.round(next() * 200 - 100) };
      const others: Rect[] = Array.from({ length: 12 }, () => ({ x: Math.round(next() * 900 - 200), y: Math.round(next() * 700 - 200), width: 100, height: 50 }));
      const lookup = new Map([node('s', source), node('t', moved), ...others.map((box, i) => node(`n${i}`, box)), node('g', { x: -500, y: -500, width: 2000, height: 2000 }, 'group')]);
      const got = followRoute(route, source, moved, ['s', 't'], lookup as unknown as Map<string, InternalNode<FlowNode>>);
      const all = followEnds(points, [source, target], [source, moved], others);
      expect(got?.path ?? null).toBe(all ? roundedPath(all) : null);
      if (all) followed++;
    }
    // Both outcomes were seen: routes followed and routes blocked by a node.
    expect(followed).toBeGreaterThan(20);
    expect(followed).toBeLessThan(280);
  });
});
