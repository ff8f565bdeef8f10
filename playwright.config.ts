import { defineConfig } from '@playwright/test';

// Store and end-to-end tests drive real Chromium through the test shell; each test starts its own shell on its
// own profile, so tests can run in parallel across the two cores.
export default defineConfig({
  testDir: 'tests',
  testMatch: ['store/**/*.spec.ts', 'e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  // The moved-clock runs leave out the crash tests and the 18-month simulation: they kill and restart the app for
  // minutes and read no date of their own beyond the pinned clock, which the other tests already prove.
  testIgnore: process.env.DEBITUM_MOVED_CLOCK ? ['**/crash.spec.ts', '**/outbox-crash.spec.ts', '**/dunning-property.spec.ts'] : [],
  workers: 2,
  timeout: 120_000,
  // On CI a test that fails once is run again and reported as flaky, not hidden: the list reporter names it.
  retries: process.env.CI ? 1 : 0,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
