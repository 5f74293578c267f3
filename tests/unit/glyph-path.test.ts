import { describe, expect, it } from 'vitest';
import { isValidElement, type ReactElement } from 'react';
import { shapeToPath, shapesToPath } from '../../src/canvas/glyph-path';
import { ICONS } from '../../src/canvas/icons';
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
});
