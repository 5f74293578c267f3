// Production builds for the benchmark, into node_modules/.cache (not dist/, which `npm test` rebuilds meanwhile):
// the app with its own vite.config.ts, and the bare React Flow page.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { BARE_OUT_DIR } from './bare/vite.config';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const APP_OUT_DIR = fileURLToPath(new URL('../../node_modules/.cache/mlsd-bench/app', import.meta.url));
export { BARE_OUT_DIR };

export async function buildAll(): Promise<void> {
  await build({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir: APP_OUT_DIR, emptyOutDir: true },
  });
  await build({ configFile: fileURLToPath(new URL('./bare/vite.config.ts', import.meta.url)) });
}
