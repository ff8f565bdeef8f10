// `npm run screenshots`: renders the main screens through the test shell, from a seeded demo dataset, into
// screenshots/ (git-ignored), so anyone can look at the UI without Electron.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startShell, UI_ORIGIN } from '../tests/shell/shell';

const out = path.resolve(import.meta.dirname, '..', 'screenshots');
mkdirSync(out, { recursive: true });
const trusted = { trusted: true, url: UI_ORIGIN };

async function shoot(ui: Page, name: string): Promise<void> {
  await ui.waitForLoadState('networkidle');
  await ui.waitForTimeout(250);
  await ui.screenshot({ path: path.join(out, `${name}.png`) });
  console.log(`screenshots/${name}.png`);
}

for (const scheme of ['light', 'dark'] as const) {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'debitum-shots-'));
  const shell = await startShell({ profileDir, today: '2026-11-23', colorScheme: scheme, viewport: { width: 1440, height: 900 } });
  try {
    await shell.main.dispatch('settings.update', { userName: 'Anouk de Vries', theme: scheme }, trusted);
    await shell.main.dispatch('demo.load', { customers: 400, invoicesPerCustomer: 12 }, trusted);
    const ui = shell.ui;
    await ui.reload();
    const suffix = scheme === 'dark' ? '-dark' : '';
    await ui.getByRole('row').nth(3).waitFor();
    await shoot(ui, `customers${suffix}`);
    if (scheme === 'dark') continue;

    await ui.getByRole('textbox', { name: 'Search by name or number' }).fill('bakk');
    await ui.getByRole('row').nth(1).waitFor();
    await shoot(ui, 'customers-search');
    await ui.getByRole('textbox', { name: 'Search by name or number' }).fill('');

    await ui.getByRole('columnheader', { name: /Open balance/ }).click();
    await ui.getByRole('columnheader', { name: /Open balance/ }).click();
    await ui.getByRole('row').nth(3).waitFor();
    await ui.waitForTimeout(300);
    await ui.getByRole('row').nth(2).click();
    for (const [tab, name] of [['Contact info', 'card-contact'], ['Dunning', 'card-dunning'], ['Financial', 'card-financial'], ['Settings', 'card-settings']] as const) {
      await ui.getByRole('tab', { name: tab }).click();
      await shoot(ui, name);
    }
    await ui.getByRole('button', { name: 'Edit' }).click();
    await shoot(ui, 'customer-edit');
    await ui.getByRole('button', { name: 'Cancel' }).click();

    await ui.getByRole('button', { name: 'Customers' }).first().click();
    await ui.getByRole('button', { name: 'New customer' }).click();
    await ui.getByRole('dialog').getByLabel('VAT number').fill('NL123456789B90');
    await ui.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await shoot(ui, 'customer-new-errors');
    await ui.getByRole('button', { name: 'Cancel' }).click();

    await ui.getByRole('button', { name: 'Settings' }).first().click();
    await shoot(ui, 'settings');
  } finally {
    await shell.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
