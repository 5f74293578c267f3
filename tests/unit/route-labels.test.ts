// Where an arrow's label goes: on its line near the middle, but never over its own arrowhead (or where it leaves):
// on an arrow shorter than its label, the label sits beside the line, so the reader still sees which way it points.
import { describe, expect, it } from 'vitest';
import { ARROW_END, labelSize, placeLabels } from '../../src/domain/routing/labels';
import { rectsOverlap, type Point } from '../../src/domain/routing/geometry';

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
    const nodes = [{ x: -200, y: -40, width: 200, height: 80 }, { x: points[1].x, y: -40, width: 200, height: 80 }];
    const box = placeLabels([{ id: 'e', text, points }], new Map([['e', points]]), nodes).get('e')!;
    const head = endStretch({ x: points[1].x - ARROW_END, y: 0 }, points[1]);
    const tail = endStretch(points[0], { x: ARROW_END, y: 0 });
    expect(rectsOverlap(box, head)).toBe(false);
    expect(rectsOverlap(box, tail)).toBe(false);
    // Still its arrow's label: touching distance from the line, not far off.
    expect(Math.min(Math.abs(box.y), Math.abs(box.y + box.height))).toBeLessThanOrEqual(16);
  });

  it('a vertical arrow shorter than its label: the label is beside it, clear of the head', () => {
    const points = [{ x: 0, y: 0 }, { x: 0, y: 30 }];
    const box = placeLabels([{ id: 'e', text: 'features', points }], new Map([['e', points]]), []).get('e')!;
    expect(rectsOverlap(box, { x: -1, y: 30 - ARROW_END, width: 2, height: ARROW_END })).toBe(false);
  });
});
