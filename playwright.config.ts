import { defineConfig } from '@playwright/test';
import { availableParallelism } from 'node:os';

/**
 * End-to-end tests of the built extension in Debian's Chromium (fixtures: e2e/support/extension.ts).
 * The Firefox smoke test (e2e/firefox/) is plain Node + puppeteer-core, run by `npm test` after these.
 * Each test starts its own Chromium: one worker per two cores keeps them from starving each other.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  testIgnore: ['firefox/**'],
  outputDir: 'test-results',
  workers: Math.max(1, Math.floor(availableParallelism() / 2)),
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
