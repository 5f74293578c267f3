// An icon drawn as one stroked <path>. The path is joined from lucide's shapes at build time (build/lucide-glyphs.ts,
// imported as `lucide-glyph:<name>`), so the app ships one short string per icon: no icon font, no network, and
// neither lucide's React components nor its shape arrays in the bundle.
import type { SVGProps } from 'react';

export type GlyphProps = Omit<SVGProps<SVGSVGElement>, 'ref'> & { size?: number };
export type Glyph = (props: GlyphProps) => React.JSX.Element;

export function glyph(d: string): Glyph {
  return function Glyph({ size = 24, strokeWidth = 2, className, ...rest }: GlyphProps) {
    // Decorative unless given a name: the button or item around it carries the label.
    const named = rest['aria-label'] !== undefined || rest['aria-labelledby'] !== undefined;
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg" width={size} height={size} viewBox="0 0 24 24" fill="none"
        stroke="currentColor" strokeWidth={strokeWidth} strokeLinecap="round" strokeLinejoin="round"
        className={className ? `glyph ${className}` : 'glyph'} aria-hidden={named ? undefined : true} {...rest}
      >
        <path d={d} />
      </svg>
    );
  };
}
