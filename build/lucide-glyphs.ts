// A Vite plugin: `import Check from 'lucide-glyph:check'` gives a component drawing lucide's "check" icon as one
// path (src/canvas/glyph.tsx). The shapes are joined here, at build time, by the same code the app used to run at
// start-up (src/canvas/glyph-path.ts), so the bundle carries a path string per icon and nothing else of lucide.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { shapesToPath, type IconData } from '../src/canvas/glyph-path';

const PREFIX = 'lucide-glyph:';
const RESOLVED = '\0' + PREFIX;

export function lucideGlyphs(): Plugin {
  const require = createRequire(import.meta.url);
  const icons = join(dirname(require.resolve('lucide-react/package.json')), 'dist/esm/icons');
  const glyphModule = join(dirname(new URL(import.meta.url).pathname), '../src/canvas/glyph.tsx');
  return {
    name: 'mlsd:lucide-glyphs',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null),
    async load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      const file = join(icons, `${name}.mjs`);
      if (!/^[a-z0-9-]+$/.test(name) || !existsSync(file)) this.error(`lucide has no icon "${name}" (looked for ${file})`);
      const { __iconData } = (await import(pathToFileURL(file).href)) as { __iconData?: IconData };
      if (!__iconData?.node) this.error(`lucide-react no longer exports __iconData from ${file}: see build/lucide-glyphs.ts`);
      return `import { glyph } from ${JSON.stringify(glyphModule)};\nexport default /* @__PURE__ */ glyph(${JSON.stringify(shapesToPath(__iconData.node))});\n`;
    },
  };
}
