// Serves the production build (dist/, built by `npm test` before this suite) for the browser tests.
// E2E_DIST=<dir> serves another build directory instead (to test a build while dist/ is being rebuilt).
import { preview, type PreviewServer } from 'vite';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  const outDir = process.env.E2E_DIST || 'dist';
  if (!existsSync(`${outDir}/index.html`)) throw new Error('No production build: run `npm run build` before the browser tests.');
  server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
