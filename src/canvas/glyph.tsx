// An icon drawn as one stroked <path>. The path is joined from lucide's shapes at build time (build/lucide-glyphs.ts,
// imported as `lucide-glyph:<name>`), so the app ships one short string per icon: no icon font, no network, and
// neither lucide's React components nor its shape arrays in the bundle.
import type { SVGProps } from 'react';

/** `size`: the icon's drawn size in px; `pad`: px of tile around it (the <svg> is size + 2·pad wide, no CSS padding). */
export type GlyphProps = Omit<SVGProps<SVGSVGElement>, 'ref'> & { size?: number; pad?: number };
export type Glyph = (props: GlyphProps) => React.JSX.Element;

const COMMAND = /[MmZzLlHhVvCcSsQqTtAa]/;
const NUMBER = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?/y;

/** A space before a number only where it would join the one before. */
const separated = (path: string, number: string) => (number[0] === '-' || COMMAND.test(path[path.length - 1] ?? 'M') ? number : ` ${number}`);

/**
 * Lucide's 24-unit path drawn at `scale` and moved by `offset` (both axes). An icon drawn in its <svg>'s own units
 * needs no viewBox scale, which Chromium makes a transform node of each icon, and every such node is a step of the
 * compositor's pass over the whole page on every painted frame (docs/benchmarks.md, session 8).
 */
export function placePath(d: string, scale: number, offset = 0): string {
  let out = '';
  let command = '';
  let index = 0; // the number's place among its command's parameters
  let commands = 0;
  for (let at = 0; at < d.length; ) {
    const c = d[at];
    if (COMMAND.test(c)) {
      [command, index, at] = [c, 0, at + 1];
      commands++;
      out += c;
      continue;
    }
    if (c === ' ' || c === ',' || c === '\n' || c === '\t') {
      at++;
      continue;
    }
    const arc = command === 'a' || command === 'A';
    const k = arc ? index % 7 : index;
    index++;
    // An arc's two flags are one digit each, and may be written with no space after them ("0 01 2").
    if (arc && (k === 3 || k === 4)) {
      out += separated(out, c);
      at++;
      continue;
    }
    NUMBER.lastIndex = at;
    const text = NUMBER.exec(d)?.[0];
    if (!text) throw new Error(`Not a path: ${d}`);
    at += text.length;
    const v = Number(text);
    // A path's first point is absolute even when written as a relative move.
    const absolute = command !== command.toLowerCase() || (commands === 1 && index <= 2);
    // The arc's rotation keeps its degrees; radii and relative moves only scale; absolute points also move.
    const moved = arc ? k === 2 ? v : v * scale + (absolute && k >= 5 ? offset : 0) : v * scale + (absolute ? offset : 0);
    out += separated(out, String(Math.round(moved * 1000) / 1000));
  }
  return out;
}

export function glyph(d: string): Glyph {
  const placed = new Map<string, string>();
  return function Glyph({ size = 24, pad = 0, strokeWidth = 2, className, ...rest }: GlyphProps) {
    // Decorative unless given a name: the button or item around it carries the label.
    const named = rest['aria-label'] !== undefined || rest['aria-labelledby'] !== undefined;
    const key = `${size} ${pad}`;
    let path = placed.get(key);
    if (path === undefined) placed.set(key, (path = size === 24 && pad === 0 ? d : placePath(d, size / 24, pad)));
    const box = size + 2 * pad;
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg" width={box} height={box} viewBox={`0 0 ${box} ${box}`} fill="none"
        stroke="currentColor" strokeWidth={Number(strokeWidth) * (size / 24)} strokeLinecap="round" strokeLinejoin="round"
        className={className ? `glyph ${className}` : 'glyph'} aria-hidden={named ? undefined : true} {...rest}
      >
        <path d={path} />
      </svg>
    );
  };
}
