import { defineConfig } from '@playwright/test';

// Store and end-to-end tests drive real Chromium through the test shell; each test starts its own shell on its
// own profile, so tests can run in parallel across the two cores.
export default defineConfig({
  testDir: 'tests',
  testMatch: ['store/**/*.spec.ts', 'e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  workers: 2,
  timeout: 120_000,
  // On CI a test that fails once is run again and reported as flaky, not hidden: the list reporter names it.
  retries: process.env.CI ? 1 : 0,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
