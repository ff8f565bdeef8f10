import type { Page } from '@playwright/test';
import { expect, test } from '../shell/fixtures';
import { UI_ORIGIN } from '../shell/shell';
import { contract } from '../../shared/contract';

/** A field's label exactly, with or without the asterisk of a required field. */
const fieldLabel = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

async function createCustomer(ui: Page, fields: Record<string, string>) {
  await ui.getByRole('button', { name: 'New customer' }).click();
  const dialog = ui.getByRole('dialog');
  await expect(dialog.getByLabel('Customer number')).not.toHaveValue('');
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(fieldLabel(label)).fill(value);
  await dialog.getByRole('button', { name: 'Save' }).click();
  return dialog;
}

test('create a customer, find it by typing, click through its card, and find it again after a restart', async ({ launch }) => {
  const shell = await launch();
  const ui = shell.ui;
  await expect(ui.getByText('No customers yet')).toBeVisible();
  const dialog = await createCustomer(ui, {
    Name: 'Zoë Çelik Bouw',
    'VAT number': 'NL004495445B01',
    'Street and number': 'Oudegracht 12',
    Postcode: '3511 AB',
    City: 'Utrecht',
    'E-mail': 'debiteuren@celik.nl',
    'Credit limit': '2500',
  });
  await expect(dialog).toBeHidden();
  await expect(ui.getByRole('heading', { name: 'Zoë Çelik Bouw' })).toBeVisible();
  await expect(ui.getByTestId('audit')).toContainText('by Debitum');

  await ui.getByRole('button', { name: 'Customers' }).first().click();
  await ui.getByRole('textbox', { name: 'Search by name or number' }).pressSequentially('zoe cel');
  const row = ui.getByRole('row').filter({ hasText: 'Zoë Çelik Bouw' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('K10001');
  await expect(row).toContainText('Utrecht');
  await row.click();

  await ui.getByRole('tab', { name: 'Dunning' }).click();
  await expect(ui.getByTestId('dunning-contact')).toContainText('debiteuren@celik.nl');
  await expect(ui.getByTestId('dunning-contact')).toContainText('Oudegracht 12, 3511 AB Utrecht');
  await ui.getByRole('tab', { name: 'Financial' }).click();
  await expect(ui.getByTestId('open-balance')).toHaveText('€0.00');
  await expect(ui.getByText('No open invoices.')).toBeVisible();
  await ui.getByRole('tab', { name: 'Settings' }).click();
  await expect(ui.getByRole('button', { name: 'Deactivate' })).toBeVisible();
  await ui.getByRole('tab', { name: 'Contact info' }).click();
  await expect(ui.getByTestId('address-row')).toContainText('3511 AB Utrecht');

  await shell.close();
  const again = await launch();
  await again.ui.getByRole('textbox', { name: 'Search by name or number' }).fill('ZOË');
  await expect(again.ui.getByRole('row').filter({ hasText: 'Zoë Çelik Bouw' })).toBeVisible();
  await expect(again.ui.getByTestId('customer-count')).toHaveText('1 customer');
});

test('bad input is named per field in the UI language and nothing is saved', async ({ launch }) => {
  const { ui, main } = await launch();
  let dialog = await createCustomer(ui, { Name: ' ', 'VAT number': 'NL123456789B90', 'Credit limit': '-5' });
  await expect(dialog.getByText('Required')).toBeVisible();
  await expect(dialog.getByText('The check digits of this VAT number are wrong')).toBeVisible();
  await expect(dialog.getByText('The credit limit cannot be negative')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  dialog = await createCustomer(ui, { 'Customer number': 'K7', Name: 'Eerste BV' });
  await expect(dialog).toBeHidden();
  await ui.getByRole('button', { name: 'Customers' }).first().click();
  // The number is free in the form's eyes; only the store knows it is taken, and says so on the field.
  dialog = await createCustomer(ui, { 'Customer number': 'K7', Name: 'Tweede BV' });
  await expect(dialog.getByText('Number K7 is already used by another customer')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await main.dispatch('settings.update', { language: 'nl' }, { trusted: true, url: UI_ORIGIN });
  await ui.reload();
  dialog = ui.getByRole('dialog');
  await ui.getByRole('button', { name: 'Nieuwe klant' }).click();
  await dialog.getByLabel(fieldLabel('Btw-nummer')).fill('DE136695978');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText(/controlecijfers/i)).toBeVisible();

  const all = await main.dispatch('customers.list', { showInactive: true }, { trusted: true, url: UI_ORIGIN });
  expect(all).toMatchObject({ ok: true, value: { total: 1 } });
});

test('IPC calls with a wrong shape or from a foreign frame are refused and change nothing', async ({ launch }) => {
  const { ui, main } = await launch();
  const wrong = await ui.evaluate(() => window.api.customers.create({ name: 42 } as never));
  expect(wrong).toMatchObject({ ok: false, error: { code: 'validation' } });
  const extra = await ui.evaluate(() => window.api.customers.get({ id: 'x', sql: 'drop' } as never));
  expect(extra).toMatchObject({ ok: false, error: { code: 'validation' } });
  // window.api is the contract's areas and the change subscription, nothing generic.
  expect(await ui.evaluate(() => Object.keys(window.api).sort())).toEqual([...Object.keys(contract), 'onChange'].sort());

  await ui.route('http://foreign.debitum.localhost/**', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><p>foreign</p>' }));
  await ui.goto('http://foreign.debitum.localhost/page.html');
  const foreign = await ui.evaluate(() =>
    window.api.customers.create({ number: 'X1', name: 'Intruder', language: 'en', country: 'NL', kind: 'business', paymentTermsDays: 30, creditLimitCents: null }),
  );
  expect(foreign).toMatchObject({ ok: false, error: { code: 'validation' } });

  const all = await main.dispatch('customers.list', { showInactive: true }, { trusted: true, url: UI_ORIGIN });
  expect(all).toMatchObject({ ok: true, value: { total: 0 } });
});
