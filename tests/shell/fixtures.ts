import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Shell, type ShellOptions, startShell } from './shell';

export const TODAY = '2026-11-23';

/** A fresh profile folder per test, and a `launch` that starts (or restarts) the app on it. */
export const test = base.extend<{ profileDir: string; launch: (opts?: Partial<ShellOptions>) => Promise<Shell> }>({
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'debitum-test-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  launch: async ({ profileDir }, use) => {
    const open: Shell[] = [];
    await use(async (opts = {}) => {
      const shell = await startShell({ profileDir, today: TODAY, ...opts });
      open.push(shell);
      return shell;
    });
    for (const s of open) await s.context.close().catch(() => {});
  },
});

export { expect } from '@playwright/test';
