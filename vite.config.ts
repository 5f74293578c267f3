import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { lucideGlyphs } from './build/lucide-glyphs';

/**
 * The entry (src/main.tsx) is small and imports the app (src/app/boot.tsx) dynamically. Modulepreload the app's
 * chunks from index.html, so they download beside the entry rather than after it has run. They count in the first
 * load weight (tests/bench/weight.ts), as they should.
 */
function preloadApp(): Plugin {
  let base = '/';
  return {
    name: 'mlsd:preload-app',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return;
        const boot = entry.dynamicImports
          .map((file) => bundle[file])
          .find((c) => c?.type === 'chunk' && c.moduleIds.some((id) => id.endsWith('/src/app/boot.tsx')));
        if (boot?.type !== 'chunk') throw new Error('mlsd:preload-app: the entry does not import src/app/boot.tsx');
        const files = new Set<string>();
        const visit = (file: string) => {
          const c = bundle[file];
          if (files.has(file) || file === entry.fileName || entry.imports.includes(file) || c?.type !== 'chunk') return;
          files.add(file);
          c.imports.forEach(visit);
        };
        visit(boot.fileName);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: base + file },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}


/**
 * The app's start-up code as one chunk. Left to itself the bundler splits what the app loads at start-up into a
 * dozen chunks wherever a lazy chunk shares a module with it (a store, an icon, a helper); each file is then
 * compressed on its own, and the first load is about 4 KiB heavier than the same code in one file. This collects
 * every module that src/app/boot.tsx reaches through static imports, and `codeSplitting` below puts them in one
 * chunk; lazy chunks import what they share from it.
 */
const startUp = new Set<string>();
function collectStartUp(): Plugin {
  return {
    name: 'mlsd:collect-start-up',
    apply: 'build',
    buildEnd() {
      startUp.clear();
      const boot = [...this.getModuleIds()].find((id) => id.endsWith('/src/app/boot.tsx'));
      if (!boot) return;
      const visit = (id: string) => {
        if (startUp.has(id)) return;
        startUp.add(id);
        this.getModuleInfo(id)?.importedIds.forEach(visit);
      };
      visit(boot);
    },
  };
}

export default defineConfig({
  plugins: [
    lucideGlyphs(),
    collectStartUp(),
    react(),
    preloadApp(),
    // Installable, and the whole app (templates and lazy chunks included) is cached on the first visit.
    VitePWA({
      // A new version waits until the user reloads from the notice (src/app/boot.tsx): never a reload mid-edit.
      registerType: 'prompt',
      // Registered by src/app/boot.tsx when the browser is idle after the board is open, not at page load.
      injectRegister: false,
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'MLSD Board',
        short_name: 'MLSD Board',
        description: 'A whiteboard for machine-learning system design.',
        theme_color: '#2f5d8a',
        background_color: '#f7f7f5',
        display: 'standalone',
        start_url: '.',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,wasm}'],
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // The first install takes charge of the open page at once, so it works offline without a reload.
        clientsClaim: true,
      },
    }),
  ],
  server: { host: true, port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'app', test: (id: string) => startUp.has(id) }] } },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/server/**/*.test.ts'],
    environment: 'node',
  },
});
