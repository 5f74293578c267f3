import { describe, expect, it } from 'vitest';
import { isValidElement, type ReactElement } from 'react';
import { shapeToPath, shapesToPath } from '../../src/canvas/glyph-path';
import { ICONS } from '../../src/canvas/icons';
import { placePath } from '../../src/canvas/glyph';
import { CATALOG } from '../../src/domain/catalog';

describe('icons drawn as one path', () => {
  it('turns each lucide shape into the same outline as a path', () => {
    expect(shapeToPath(['circle', { cx: 12, cy: 5, r: 3 }])).toBe('M9 5a3 3 0 1 0 6 0a3 3 0 1 0 -6 0');
    expect(shapeToPath(['ellipse', { cx: '12', cy: '5', rx: '9', ry: '3' }])).toBe('M3 5a9 3 0 1 0 18 0a9 3 0 1 0 -18 0');
    expect(shapeToPath(['line', { x1: '2', y1: '3', x2: '4', y2: '5' }])).toBe('M2 3L4 5');
    expect(shapeToPath(['polyline', { points: '22 7 13.5 15.5 8.5 10.5 2 17' }])).toBe('M22 7L13.5 15.5L8.5 10.5L2 17');
    expect(shapeToPath(['polygon', { points: '1,2 3,4 5,6' }])).toBe('M1 2L3 4L5 6Z');
    expect(shapeToPath(['rect', { x: 3, y: 4, width: 18, height: 10 }])).toBe('M3 4h18v10h-18Z');
    // A rounded rectangle: four sides and four quarter arcs, back to its start.
    expect(shapeToPath(['rect', { x: 3, y: 4, width: 18, height: 10, rx: 2 }])).toBe(
      'M5 4h14a2 2 0 0 1 2 2v6a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2v-6a2 2 0 0 1 2 -2Z',
    );
    expect(shapesToPath([['path', { d: 'M1 1h2' }], ['line', { x1: 0, y1: 0, x2: 1, y2: 1 }]])).toBe('M1 1h2M0 0L1 1');
    // A path that starts with a relative move keeps its place when it follows another shape.
    expect(shapeToPath(['path', { d: 'm12 14 4-4' }])).toBe('M12 14l4-4');
    expect(shapeToPath(['path', { d: 'm12-4.5a1 1 0 0 1 2 2' }])).toBe('M12 -4.5a1 1 0 0 1 2 2');
    expect(shapeToPath(['path', { d: 'm.5 1' }])).toBe('M.5 1');
    expect(() => shapeToPath(['text', {}])).toThrow(/Unknown icon shape <text>/);
  });

  it('gives every kind in the catalog an icon of one non-empty path', () => {
    for (const kind of CATALOG) {
      const svg = ICONS[kind.icon]({ size: 18 }) as ReactElement<{ children: ReactElement<{ d: string }>; width: number }>;
      expect(isValidElement(svg), kind.id).toBe(true);
      expect(svg.props.width).toBe(18);
      expect(svg.props.children.props.d, kind.id).toMatch(/^M[\d.]/);
    }
  });

  it('draws an icon in its own units: the path scaled and moved, an arc keeping its rotation and flags', () => {
    expect(placePath('M9 5a3 3 0 1 0 6 0', 2 / 3)).toBe('M6 3.333a2 2 0 1 0 4 0');
    // Absolute points move with the tile's padding; relative moves, radii and a path's later relative moves do not.
    expect(placePath('M5 4h14a2 2 30 01-2 2V9m1 1l2-2z', 0.5, 6)).toBe('M8.5 8h7a1 1 30 0 1-1 1V10.5m0.5 0.5l1-1z');
    // A path's first point is absolute even when written as a relative move.
    expect(placePath('m12 14 4-4', 0.5, 6)).toBe('m12 13 2-2');
  });

  it('gives every icon the same outline at 16 px in a 6 px tile as lucide draws at 24', () => {
    const numbers = (d: string) => [...d.matchAll(/-?(?:\d+(?:\.\d*)?|\.\d+)(?:e-?\d+)?/g)].map((m) => Number(m[0]));
    for (const [name, Icon] of Object.entries(ICONS)) {
      const at24 = (Icon({}) as ReactElement<{ children: ReactElement<{ d: string }> }>).props.children.props.d;
      const tile = Icon({ size: 16, pad: 6, strokeWidth: 1.8 }) as ReactElement<{ children: ReactElement<{ d: string }>; viewBox: string; strokeWidth: number }>;
      expect(tile.props.viewBox, name).toBe('0 0 28 28');
      expect(tile.props.strokeWidth, name).toBeCloseTo(1.2);
      // Back to lucide's units (flags and rotations are unchanged by both ways), number by number.
      const back = numbers(placePath(tile.props.children.props.d, 24 / 16, -9));
      const original = numbers(placePath(at24, 1));
      expect(back.length, name).toBe(original.length);
      back.forEach((n, i) => expect(Math.abs(n - original[i]), `${name} #${i}`).toBeLessThan(0.002));
    }
  });
});
