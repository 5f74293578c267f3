// `lucide-glyph:<name>` modules, made at build time by build/lucide-glyphs.ts.
declare module 'lucide-glyph:*' {
  const glyph: import('./canvas/glyph').Glyph;
  export default glyph;
}
