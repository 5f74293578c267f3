// An icon's shapes (lucide's icon data: path, circle, ellipse, rect, line, polyline, polygon) as one SVG path.
// The icons are stroked, not filled, so joined subpaths draw exactly as the separate shapes do.
export type Shape = [tag: string, attributes: Record<string, string | number | undefined>];
export type IconData = { node: Shape[] };

// Sticky: read at one place, so nothing backtracks across numbers (the lint run rejects patterns that can).
const NUMBER = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:e-?\d+)?/y;

function numberAt(d: string, at: number): string | null {
  NUMBER.lastIndex = at;
  return NUMBER.exec(d)?.[0] ?? null;
}

/**
 * A path that starts with a relative move ("m12 14 4-4") starts at an absolute point only on its own: joined after
 * another path it would move from that path's end. Spell the start out ("M12 14l4-4").
 */
function absoluteStart(d: string): string {
  const trimmed = d.trimStart();
  if (trimmed[0] !== 'm') return d;
  let at = trimmed.length - trimmed.slice(1).trimStart().length;
  const x = numberAt(trimmed, at);
  if (x === null) return d;
  at += x.length;
  while (trimmed[at] === ',' || /\s/.test(trimmed[at] ?? '')) at++;
  const y = numberAt(trimmed, at);
  if (y === null) return d;
  const rest = trimmed.slice(at + y.length).trimStart();
  return `M${x} ${y}${/^[-\d.]/.test(rest) ? 'l' : ''}${rest}`;
}

export function shapeToPath([tag, a]: Shape): string {
  const n = (key: string) => Number(a[key] ?? 0);
  switch (tag) {
    case 'path':
      return absoluteStart(String(a.d ?? ''));
    case 'circle':
    case 'ellipse': {
      const rx = tag === 'circle' ? n('r') : n('rx');
      const ry = tag === 'circle' ? n('r') : n('ry');
      return `M${n('cx') - rx} ${n('cy')}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0`;
    }
    case 'rect': {
      const [x, y, w, h] = [n('x'), n('y'), n('width'), n('height')];
      const rx = Math.min(a.rx === undefined ? n('ry') : n('rx'), w / 2);
      const ry = Math.min(a.ry === undefined ? rx : n('ry'), h / 2);
      if (!rx || !ry) return `M${x} ${y}h${w}v${h}h${-w}Z`;
      const arc = (dx: number, dy: number) => `a${rx} ${ry} 0 0 1 ${dx} ${dy}`;
      return `M${x + rx} ${y}h${w - 2 * rx}${arc(rx, ry)}v${h - 2 * ry}${arc(-rx, ry)}h${2 * rx - w}${arc(-rx, -ry)}v${2 * ry - h}${arc(rx, -ry)}Z`;
    }
    case 'line':
      return `M${n('x1')} ${n('y1')}L${n('x2')} ${n('y2')}`;
    case 'polyline':
    case 'polygon': {
      const points = String(a.points ?? '').trim().split(/[\s,]+/).map(Number);
      let d = '';
      for (let i = 0; i + 1 < points.length; i += 2) d += `${i ? 'L' : 'M'}${points[i]} ${points[i + 1]}`;
      return tag === 'polygon' ? `${d}Z` : d;
    }
    default:
      throw new Error(`Unknown icon shape <${tag}>`);
  }
}

export function shapesToPath(shapes: Shape[]): string {
  return shapes.map(shapeToPath).join('');
}
