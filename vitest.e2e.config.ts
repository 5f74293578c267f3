import { defineConfig } from 'vitest/config';
import { lucideGlyphs } from './build/lucide-glyphs';

// Browser flows in Debian's Chromium against the production build (see tests/e2e/harness.ts).
export default defineConfig({
  // Tests read the action table, whose icons are build-time glyphs.
  plugins: [lucideGlyphs()],
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
