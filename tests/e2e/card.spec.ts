import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../shell/fixtures';
import { UI_ORIGIN } from '../shell/shell';

const exact = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

async function fill(scope: Locator, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) await scope.getByLabel(exact(label)).fill(value);
}

async function openNewCustomer(ui: Page, name: string) {
  await ui.getByRole('button', { name: 'New customer' }).click();
  const dialog = ui.getByRole('dialog');
  await expect(dialog.getByLabel(exact('Customer number'))).not.toHaveValue('');
  await fill(dialog, { Name: name, 'Street and number': 'Oudegracht 12', Postcode: '3511 AB', City: 'Utrecht', 'E-mail': 'info@visser.nl' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByRole('heading', { name, exact: true })).toBeVisible();
}

test('the customer card: addresses, contacts, dunning contact with an override, tasks, files after a restart', async ({ launch }) => {
  const shell = await launch();
  const ui = shell.ui;
  await openNewCustomer(ui, 'Visser & Zoë Installatie BV');

  // Two addresses; the second becomes the head office and the header follows.
  await ui.getByRole('button', { name: 'Add address' }).click();
  let dialog = ui.getByRole('dialog');
  await fill(dialog, { 'Street and number': 'Postbus 100', Postcode: '1000aa', City: 'Amsterdam' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(ui.getByTestId('address-row')).toHaveCount(2);
  await ui.getByRole('button', { name: 'Make head office: Postbus 100, 1000 AA Amsterdam' }).click();
  await expect(ui.getByTestId('address-row').first()).toContainText('Amsterdam');
  await expect(ui.getByText(/K\d+ · Amsterdam/)).toBeVisible();

  // A contact with an e-mail and a phone and the role "accounting" fills the dunning contact.
  await ui.getByRole('button', { name: 'Add contact' }).click();
  dialog = ui.getByRole('dialog');
  await fill(dialog, { Name: 'Els Visser', Function: 'Controller' });
  await dialog.getByLabel(exact('Roles')).fill('accounting');
  await dialog.getByLabel(exact('Roles')).press('Enter');
  await dialog.getByLabel('Number or address, line 1').fill('030 123 4567');
  await dialog.getByLabel('Number or address, line 2').fill('els@visser.nl');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(ui.getByTestId('contact-row')).toContainText('Els Visser');
  await expect(ui.getByTestId('contact-row')).toContainText('+31 30 123 4567');

  await ui.getByRole('tab', { name: 'Dunning' }).click();
  await expect(ui.getByTestId('dunning-contactPerson')).toContainText('Els Visser');
  await expect(ui.getByTestId('dunning-email')).toContainText('info@visser.nl');
  await expect(ui.getByTestId('dunning-phone')).toContainText('+31 30 123 4567');
  await expect(ui.getByTestId('dunning-address')).toContainText('Postbus 100, 1000 AA Amsterdam');

  // Override the dunning e-mail, then change the accounting address: the override stays, the rest follows.
  await ui.getByRole('button', { name: 'Edit: E-mail' }).click();
  await ui.getByTestId('dunning-email').getByRole('textbox').fill('aanmaningen@visser.nl');
  await ui.getByTestId('dunning-email').getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByTestId('dunning-email')).toContainText('aanmaningen@visser.nl');
  await expect(ui.getByTestId('dunning-email')).toContainText('set by hand');

  await ui.getByRole('tab', { name: 'Contact info' }).click();
  await ui.getByRole('button', { name: 'Edit e-mail addresses' }).click();
  dialog = ui.getByRole('dialog');
  await dialog.getByLabel(exact('Accounting address')).fill('boekhouding@visser.nl');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(ui.getByTestId('recipient-row').filter({ hasText: 'Invoice' }).first()).toContainText('via accounting address');

  await ui.getByRole('tab', { name: 'Dunning' }).click();
  await expect(ui.getByTestId('dunning-email')).toContainText('aanmaningen@visser.nl');
  await expect(ui.getByTestId('dunning-email')).toContainText('Default: boekhouding@visser.nl');
  await expect(ui.getByTestId('dunning-contactPerson')).toContainText('Els Visser');
  await ui.getByRole('button', { name: 'Reset to default: E-mail' }).click();
  await expect(ui.getByTestId('dunning-email')).toContainText('boekhouding@visser.nl');
  await expect(ui.getByTestId('dunning-email')).toContainText('accounting address');

  // A task, completed; a contact deactivated and deleted; the note naming it then reads "contact deleted".
  await ui.getByRole('tab', { name: 'Contact info' }).click();
  await ui.getByRole('button', { name: 'Add task' }).click();
  dialog = ui.getByRole('dialog');
  await dialog.getByLabel(exact('Text')).fill('Call Els about invoice 2026-0042');
  await dialog.getByLabel(exact('Due date')).fill('2026-11-30');
  await dialog.getByLabel(exact('Contact')).click();
  await ui.getByRole('option', { name: 'Els Visser' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(ui.getByTestId('activities-planned')).toContainText('Call Els about invoice 2026-0042');
  await ui.getByRole('checkbox', { name: 'Mark task done: Call Els about invoice 2026-0042' }).click();
  await expect(ui.getByTestId('activities-done')).toContainText('Call Els about invoice 2026-0042');

  await ui.getByRole('button', { name: 'Deactivate contact Els Visser' }).click();
  await expect(ui.getByTestId('contact-row')).toHaveCount(0);
  await ui.getByRole('checkbox', { name: 'Show deactivated' }).check();
  await expect(ui.getByTestId('contact-row')).toContainText('Deactivated');
  await ui.getByRole('button', { name: 'Delete contact Els Visser' }).click();
  dialog = ui.getByRole('dialog');
  await expect(dialog).toContainText('cannot be undone');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(ui.getByTestId('contact-row')).toHaveCount(0);
  await expect(ui.getByTestId('activities-done')).toContainText('contact deleted');

  // A file, attached through the file input, is still listed after the app restarts.
  await ui.getByTestId('attachment-input').setInputFiles({ name: 'Contract Łódź.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 demo') });
  await expect(ui.getByTestId('attachment-row')).toContainText('Contract Łódź.pdf');
  const id = await ui.evaluate(async () => {
    const list = await window.api.customers.list({ search: 'visser' });
    return list.ok ? list.value.rows[0]!.id : '';
  });
  await shell.close();

  const again = await launch();
  await again.ui.getByRole('textbox', { name: 'Search by name or number' }).fill('visser zoe');
  await again.ui.getByRole('row').filter({ hasText: 'Visser & Zoë' }).click();
  await expect(again.ui.getByTestId('attachment-row')).toContainText('Contract Łódź.pdf');
  await again.ui.getByRole('button', { name: 'Open Contract Łódź.pdf' }).click();
  await expect.poll(() => again.opened.length).toBe(1);
  expect(again.opened[0]).toContain(id);
  const card = await again.main.dispatch('customers.get', { id }, { trusted: true, url: UI_ORIGIN });
  expect(card).toMatchObject({ ok: true });
});

test('dispute an invoice and record a promise to pay from the Financial tab', async ({ launch }) => {
  const { ui, main } = await launch();
  const c = await main.dispatch('customers.create', { number: 'FIN1', name: 'Bäckerei Çelik', language: 'de', country: 'DE', kind: 'business', paymentTermsDays: 14, creditLimitCents: null }, { trusted: true, url: UI_ORIGIN });
  const id = c.ok ? (c.value as { id: string }).id : '';
  for (const [number, due] of [['2026-0101', '2026-10-01'], ['2026-0102', '2026-12-20']] as const) {
    await main.dispatch('invoices.create', { number, customerId: id, issueDate: '2026-09-01', dueDate: due, amountCents: 12_000, openCents: 12_000 }, { trusted: true, url: UI_ORIGIN });
  }
  await ui.getByRole('textbox', { name: 'Search by name or number' }).fill('FIN1');
  await ui.getByRole('row').filter({ hasText: 'Bäckerei Çelik' }).click();
  await ui.getByRole('tab', { name: 'Financial' }).click();
  await expect(ui.getByTestId('invoice-row')).toHaveCount(2);
  await expect(ui.getByTestId('invoice-row').first()).toContainText(/RF\d\d/);

  await ui.getByRole('button', { name: 'Actions for invoice 2026-0101' }).click();
  await ui.getByRole('menuitem', { name: 'Dispute…' }).click();
  const dialog = ui.getByRole('dialog');
  await dialog.getByLabel(exact('Reason')).fill('Delivery incomplete');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByTestId('invoice-row').filter({ hasText: '2026-0101' })).toContainText('Disputed');

  await ui.getByRole('button', { name: 'Actions for invoice 2026-0102' }).click();
  await ui.getByRole('menuitem', { name: 'Promise to pay…' }).click();
  await dialog.getByLabel(exact('Will pay by')).fill('2026-12-31');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByTestId('invoice-row').filter({ hasText: '2026-0102' })).toContainText('Promised');

  await ui.getByRole('button', { name: 'Actions for invoice 2026-0102' }).click();
  await ui.getByRole('menuitem', { name: 'Next action date…' }).click();
  await dialog.getByLabel(exact('Look at it again on')).fill('2026-12-02');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await ui.getByTestId('invoice-row').filter({ hasText: '2026-0102' }).click();
  await expect(ui.getByRole('dialog').filter({ hasText: 'Invoice 2026-0102' })).toContainText('2 Dec 2026');
});
