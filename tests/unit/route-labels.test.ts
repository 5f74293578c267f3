// Where an arrow's label goes: on its line near the middle, but never over its own arrowhead (or where it leaves):
// on an arrow shorter than its label, the label sits beside the line, so the reader still sees which way it points.
import { describe, expect, it } from 'vitest';
import { ARROW_END, labelSize, placeLabels } from '../../src/domain/routing/labels';
import { polylineDistanceToRect, rectsOverlap, type Point } from '../../src/domain/routing/geometry';

const endStretch = (a: Point, b: Point) => ({ x: Math.min(a.x, b.x), y: Math.min(a.y, b.y) - 1, width: Math.abs(b.x - a.x), height: 2 });

describe('labels and arrowheads', () => {
  it('a long arrow keeps its label on the line, at the middle', () => {
    const points = [{ x: 0, y: 0 }, { x: 600, y: 0 }];
    const box = placeLabels([{ id: 'e', text: 'ads', points }], new Map([['e', points]]), []).get('e')!;
    expect(box.y + box.height / 2).toBe(0);
    expect(box.x + box.width / 2).toBeCloseTo(300, 0);
  });

  it('an arrow shorter than its label: the label sits beside the line, clear of both ends', () => {
    const text = 'ads and a long label here';
    const points = [{ x: 0, y: 0 }, { x: labelSize(text).width - 10, y: 0 }];
    const nodes = [{ x: -200, y: -8, width: 200, height: 16 }, { x: points[1].x, y: -8, width: 200, height: 16 }];
    const box = placeLabels([{ id: 'e', text, points }], new Map([['e', points]]), nodes).get('e')!;
    const head = endStretch({ x: points[1].x - ARROW_END, y: 0 }, points[1]);
    const tail = endStretch(points[0], { x: ARROW_END, y: 0 });
    expect(rectsOverlap(box, head)).toBe(false);
    expect(rectsOverlap(box, tail)).toBe(false);
    // Still its arrow's label: touching distance from the line, not far off.
    expect(Math.min(Math.abs(box.y), Math.abs(box.y + box.height))).toBeLessThanOrEqual(16);
  });

  it('between two tall nodes drawn close together, the label moves off the line rather than over a node', () => {
    // Session 8: such a label sat beside the line over both nodes' names (fraud detection as drawn: "card, amount,
    // device fingerprint, IP" over "Checkout (web + mobile)").
    const text = 'card, amount, device fingerprint, IP';
    const points = [{ x: 0, y: 0 }, { x: 40, y: 0 }];
    const nodes = [{ x: -200, y: -30, width: 200, height: 60 }, { x: 40, y: -30, width: 200, height: 60 }];
    const box = placeLabels([{ id: 'e', text, points }], new Map([['e', points]]), nodes).get('e')!;
    for (const n of nodes) expect(rectsOverlap(box, n)).toBe(false);
    // Over or under the gap, no further than it must.
    expect(box.x).toBeLessThan(20);
    expect(box.x + box.width).toBeGreaterThan(20);
    expect(Math.min(Math.abs(box.y), Math.abs(box.y + box.height))).toBeLessThanOrEqual(40);
  });

  it('a label off its line never goes nearer another arrow than its own', () => {
    const text = 'card, amount, device fingerprint, IP';
    const points = [{ x: 0, y: 0 }, { x: 40, y: 0 }];
    const nodes = [{ x: -200, y: -30, width: 200, height: 60 }, { x: 40, y: -30, width: 200, height: 60 }];
    // Another arrow runs along above the nodes, and one below: a label between them and the nodes would be read
    // as theirs; it stays where its own line is nearest, even over a node.
    const above = [{ x: -300, y: -45 }, { x: 300, y: -45 }];
    const below = [{ x: -300, y: 45 }, { x: 300, y: 45 }];
    const routes = new Map([['e', points], ['a', above], ['b', below]]);
    const box = placeLabels([{ id: 'e', text, points }], routes, nodes).get('e')!;
    const own = polylineDistanceToRect(points, box);
    expect(own).toBeLessThanOrEqual(Math.min(polylineDistanceToRect(above, box), polylineDistanceToRect(below, box)) + 1);
  });

  it('a vertical arrow shorter than its label: the label is beside it, clear of the head', () => {
    const points = [{ x: 0, y: 0 }, { x: 0, y: 30 }];
    const box = placeLabels([{ id: 'e', text: 'features', points }], new Map([['e', points]]), []).get('e')!;
    expect(rectsOverlap(box, { x: -1, y: 30 - ARROW_END, width: 2, height: ARROW_END })).toBe(false);
  });
});
