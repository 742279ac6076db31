import { defineConfig } from 'vitest/config';
import { MOMENT_TIMEZONE_LAZY } from './scripts/lib/moment-timezone-alias.ts';

// Unit tests (`vitest run`): src/**/*.test.ts(x) and the manifest check only. Playwright specs (e2e/**) crash under
// vitest, and this file deliberately does not load vite.config.ts (the crxjs build plugin).
// JSX follows tsconfig.json (jsxImportSource: preact).
export default defineConfig({
  // As the build resolves it, so the tests run the holiday library the way the worker does.
  resolve: { alias: [MOMENT_TIMEZONE_LAZY] },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'manifest.config.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', 'e2e/**'],
    environment: 'node',
    // happy-dom's NodeIterator misses the DOM standard's removal rule, which DOMPurify relies on.
    setupFiles: ['src/content/testing/node-iterator-fix.ts'],
  },
});
