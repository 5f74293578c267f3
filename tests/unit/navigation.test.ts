import { describe, expect, it } from 'vitest';
import { nearestInDirection } from '../../src/domain/navigation';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 50 });

describe('moving between nodes with the arrow keys', () => {
  // a  b  c
  //    d
  const boxes = new Map([
    ['a', box(0, 0)],
    ['b', box(200, 0)],
    ['c', box(400, 10)],
    ['d', box(200, 200)],
  ]);
  const others = (id: string) => new Map([...boxes].filter(([k]) => k !== id));

  it('goes to the nearest node in each direction', () => {
    expect(nearestInDirection(boxes.get('a')!, others('a'), 'right')).toBe('b');
    expect(nearestInDirection(boxes.get('b')!, others('b'), 'right')).toBe('c');
    expect(nearestInDirection(boxes.get('b')!, others('b'), 'left')).toBe('a');
    expect(nearestInDirection(boxes.get('b')!, others('b'), 'down')).toBe('d');
    expect(nearestInDirection(boxes.get('d')!, others('d'), 'up')).toBe('b');
  });

  it('finds nothing where there is nothing', () => {
    expect(nearestInDirection(boxes.get('a')!, others('a'), 'left')).toBeNull();
    expect(nearestInDirection(boxes.get('a')!, others('a'), 'up')).toBeNull();
  });

  it('prefers the node straight ahead to a nearer one far to the side', () => {
    const from = box(0, 0);
    const near = new Map([['aside', box(150, 160)], ['ahead', box(300, 0)]]);
    expect(nearestInDirection(from, near, 'right')).toBe('ahead');
  });
});
