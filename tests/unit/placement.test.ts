import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { freeSpot, placeNew, PLACEMENT_GAP, type Box } from '../../src/domain/placement';

const COMPONENT = { width: 184, height: 60 };
const CARD = { width: 280, height: 160 };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Add items one after another at the same view centre, as clicks on the palette do. */
function addInARow(sizes: { width: number; height: number }[], centre = { x: 500, y: 300 }, start: Box[] = []): Box[] {
  const boxes = [...start];
  for (const size of sizes) boxes.push({ ...placeNew(boxes, size, centre), ...size });
  return boxes;
}

describe('placing new items', () => {
  it('puts the first item centred on the view', () => {
    expect(placeNew([], COMPONENT, { x: 500, y: 300 })).toEqual({ x: 500 - 92, y: 300 - 30 });
  });

  it('never lets ten items added in a row overlap, and keeps them near the centre', () => {
    const boxes = addInARow(Array.from({ length: 10 }, () => COMPONENT));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
    for (const b of boxes) expect(Math.hypot(b.x + 92 - 500, b.y + 30 - 300)).toBeLessThan(600);
  });

  it('keeps the gap to the neighbours', () => {
    const taken = [{ x: 400, y: 270, width: 184, height: 60 }];
    const p = placeNew(taken, COMPONENT, { x: 500, y: 300 });
    const b = { ...p, ...COMPONENT };
    const apart = Math.max(b.x - (400 + 184), 400 - (b.x + 184), b.y - (270 + 60), 270 - (b.y + 60));
    expect(apart).toBeGreaterThanOrEqual(PLACEMENT_GAP);
  });

  it('puts cards of one step beside each other, in a row', () => {
    const first = { x: 100, y: 100, ...CARD };
    const second = placeNew([first], CARD, { x: 900, y: 900 }, [first]);
    expect(second).toEqual({ x: 100 + 280 + PLACEMENT_GAP, y: 100 });
    const third = placeNew([first, { ...second, ...CARD }], CARD, { x: 900, y: 900 }, [first, { ...second, ...CARD }]);
    expect(third).toEqual({ x: second.x + 280 + PLACEMENT_GAP, y: 100 });
  });

  it('finds free space on a crowded board, whatever is already there', () => {
    const box = fc.record({ x: fc.integer({ min: -800, max: 800 }), y: fc.integer({ min: -800, max: 800 }), width: fc.integer({ min: 40, max: 500 }), height: fc.integer({ min: 30, max: 300 }) });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 60 }), fc.integer({ min: -400, max: 400 }), (taken, c) => {
        const p = freeSpot(taken, COMPONENT, { x: c, y: c });
        return taken.every((b) => !overlap({ ...p, ...COMPONENT }, b));
      }),
    );
  });
});
