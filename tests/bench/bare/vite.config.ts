// The bare React Flow page for the drag and pan/zoom comparison. Built by tests/bench/run.ts, or alone:
// npx vite build -c tests/bench/bare/vite.config.ts
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export const BARE_OUT_DIR = fileURLToPath(new URL('../../../node_modules/.cache/mlsd-bench/bare', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: BARE_OUT_DIR, emptyOutDir: true, target: 'es2022' },
});
