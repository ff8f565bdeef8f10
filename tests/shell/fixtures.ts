import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PinnedClock } from '../../electron/services/clock';
import { type Shell, type ShellOptions, startShell } from './shell';
import { testClock } from './clock';

export { PINNED_INSTANT, TIME_ZONE, TODAY } from './clock';

/**
 * A fresh profile folder and business clock per test, and a `launch` that starts (or restarts) the app on them:
 * a restarted app keeps the time the test set.
 */
export const test = base.extend<{ profileDir: string; clock: PinnedClock; launch: (opts?: Partial<ShellOptions>) => Promise<Shell> }>({
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'debitum-test-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  clock: async ({}, use) => {
    await use(testClock());
  },
  launch: async ({ profileDir, clock }, use) => {
    const open: Shell[] = [];
    await use(async (opts = {}) => {
      const shell = await startShell({ profileDir, clock, ...opts });
      open.push(shell);
      return shell;
    });
    for (const s of open) {
      s.main.halt();
      await s.context.close().catch(() => {});
    }
  },
});

export { expect } from '@playwright/test';
