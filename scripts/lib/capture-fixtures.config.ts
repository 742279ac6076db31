import { defineConfig } from 'vitest/config';

// Only the fixture capture (scripts/capture-fixtures.mjs): not a test, so vitest.config.ts leaves it out.
export default defineConfig({
  test: {
    include: ['src/content/providers/testing/capture-fixtures.capture.ts'],
    environment: 'node',
    setupFiles: ['src/content/testing/node-iterator-fix.ts'],
    testTimeout: 60_000,
  },
});
