import type { Locator, Page } from '@playwright/test';
import { call } from '../shell/dispatch';
import { expect, test, TODAY } from '../shell/fixtures';

async function openInvoice(ui: Page, number: string) {
  await ui.getByRole('button', { name: 'Receivables' }).click();
  await ui.getByTestId('invoice-row').filter({ hasText: number }).click();
  return ui.getByRole('dialog', { name: `Invoice ${number}` });
}

async function comment(drawer: Locator, text: string) {
  await drawer.getByLabel('Comment').fill(text);
  await drawer.getByRole('button', { name: 'Add comment' }).click();
  return drawer.getByTestId('dossier-entry').filter({ hasText: text });
}

test('the business clock stamps, counts days overdue and starts forms on its date; moved on, it stays moved across a restart', async ({ launch, clock }) => {
  expect(TODAY).toBe('2026-11-23');
  const first = await launch();
  let { ui, main } = first;
  await call(main, 'settings.update', { userName: 'Anouk de Vries' });
  const customer = await call<{ id: string }>(main, 'customers.create', { number: 'K1', name: 'Bakkerij Zoë', language: 'nl', country: 'NL', kind: 'business', paymentTermsDays: 30, creditLimitCents: null });
  await call(main, 'invoices.create', { number: 'R-1', customerId: customer.id, issueDate: '2026-10-01', dueDate: '2026-11-01', currency: 'EUR', amountCents: 10_000, openCents: 10_000 });
  expect(await call(main, 'app.clock', {})).toMatchObject({ today: TODAY, timeZone: 'Europe/Amsterdam' });

  let drawer = await openInvoice(ui, 'R-1');
  await expect(drawer).toContainText('22 days overdue');
  await expect(await comment(drawer, 'first call')).toContainText('Anouk de Vries · 23 Nov 2026, 10:00');
  await ui.keyboard.press('Escape');

  // Ten days without the app: the same profile, started again on a later day.
  clock.advanceDays(10);
  await first.close();
  ({ ui, main } = await launch());
  expect(await call(main, 'app.clock', {})).toMatchObject({ today: '2026-12-03' });
  drawer = await openInvoice(ui, 'R-1');
  await expect(drawer).toContainText('32 days overdue');
  await expect(await comment(drawer, 'second call')).toContainText('Anouk de Vries · 3 Dec 2026, 10:00');
  await expect(drawer.getByTestId('dossier-entry').first()).toContainText('second call');
  await ui.keyboard.press('Escape');

  await ui.getByRole('button', { name: 'New invoice' }).click();
  await expect(ui.getByRole('dialog', { name: 'New invoice' }).getByLabel(/^Invoice date/)).toHaveValue('03/12/2026');
});

test("late in the evening the business date is the office's, not UTC's; a day later an invoice due today is one day overdue", async ({ launch, clock }) => {
  clock.set('2027-02-28T23:30:00+01:00');
  const { ui, main } = await launch();
  expect(await call(main, 'app.clock', {})).toMatchObject({ today: '2027-02-28' });
  const customer = await call<{ id: string }>(main, 'customers.create', { number: 'K1', name: 'Çelik Bouw', language: 'nl', country: 'NL', kind: 'business', paymentTermsDays: 30, creditLimitCents: null });
  await call(main, 'invoices.create', { number: 'R-9', customerId: customer.id, issueDate: '2027-01-29', dueDate: '2027-02-28', currency: 'EUR', amountCents: 5_000, openCents: 5_000 });
  const card = await call<{ overdueByCurrency: Record<string, number> }>(main, 'customers.get', { id: customer.id });
  expect(card.overdueByCurrency).toEqual({});
  const drawer = await openInvoice(ui, 'R-9');
  await expect(drawer).not.toContainText('overdue');

  clock.advanceDays(1);
  expect(await call(main, 'app.clock', {})).toMatchObject({ today: '2027-03-01' });
  expect((await call<{ overdueByCurrency: Record<string, number> }>(main, 'customers.get', { id: customer.id })).overdueByCurrency).toEqual({ EUR: 5_000 });
});
