import type { Page } from '@playwright/test';
import type { MainApp } from '../../electron/app';
import type { Invoice } from '../../shared/domain/invoice/invoice';
import { call } from '../shell/dispatch';
import { expect, test } from '../shell/fixtures';

const exact = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

/** Bakkerij Zoë on TODAY 2026-11-23 with R-101 (€100) and R-102 (€50), both typed in by hand. */
async function seed(main: MainApp) {
  await call(main, 'settings.update', { userName: 'Anouk de Vries' });
  const zoe = await call<{ id: string }>(main, 'customers.create', { number: 'K1', name: 'Bakkerij Zoë', language: 'nl', country: 'NL', kind: 'business', paymentTermsDays: 30, creditLimitCents: null });
  const invoice = (number: string, amountCents: number) =>
    call<Invoice>(main, 'invoices.create', { number, customerId: zoe.id, issueDate: '2026-11-01', dueDate: '2026-12-01', amountCents, openCents: amountCents });
  return { zoe, r101: await invoice('R-101', 10_000), r102: await invoice('R-102', 5_000) };
}

const rows = (ui: Page) => ui.getByTestId('invoice-row');

/** Replaces what a field holds by typing, as a user does: into the field, select all, type. */
async function retype(ui: Page, field: ReturnType<Page['getByLabel']>, text: string) {
  await field.click();
  await ui.keyboard.press('ControlOrMeta+A');
  await ui.keyboard.type(text);
}

async function openCustomer(ui: Page, tab: 'Financial' | 'Settings') {
  await ui.getByRole('button', { name: 'Customers' }).first().click();
  await ui.getByRole('row').filter({ hasText: 'Bakkerij Zoë' }).click();
  await ui.getByRole('tab', { name: tab }).click();
}

test('an invoice entered by hand is edited in its view, then deleted with a reason the customer’s history keeps', async ({ launch }) => {
  const { ui, main } = await launch();
  await seed(main);
  await ui.getByRole('button', { name: 'Receivables' }).click();
  await rows(ui).filter({ hasText: 'R-101' }).click();
  const drawer = ui.getByRole('dialog', { name: 'Invoice R-101' });
  await expect(drawer.getByRole('button', { name: 'Correct with a credit note' })).toHaveCount(0);

  await drawer.getByRole('button', { name: 'Edit', exact: true }).click();
  const form = ui.getByRole('dialog', { name: 'Correct invoice R-101' });
  await expect(form.getByRole('combobox', { name: exact('Customer') })).toHaveValue('Bakkerij Zoë (K1)');
  await retype(ui, form.getByLabel(exact('Amount')), '121');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(drawer.getByTestId('invoice-open')).toHaveText('€121.00');
  await expect(drawer.getByTestId('dossier-entry').first()).toContainText('Corrected');

  await drawer.getByRole('button', { name: 'Delete…' }).click();
  const confirm = ui.getByRole('dialog', { name: 'Delete invoice R-101?' });
  await confirm.getByRole('button', { name: 'Delete invoice' }).click();
  await expect(confirm.getByText('Required')).toBeVisible();
  await confirm.getByLabel('Why is it deleted?').click();
  await ui.keyboard.type('Entered twice, R-102 is the real one');
  await confirm.getByRole('button', { name: 'Delete invoice' }).click();
  await expect(confirm).toBeHidden();
  await expect(drawer).toBeHidden();
  await expect(rows(ui)).toHaveCount(1);
  await expect(rows(ui).first()).toContainText('R-102');

  await openCustomer(ui, 'Settings');
  const history = ui.getByTestId('history');
  await expect(history.getByTestId('history-row').filter({ hasText: 'Invoice deleted: R-101' })).toContainText('Reason: Entered twice, R-102 is the real one');
  await expect(history.getByTestId('history-row').filter({ hasText: 'Amount' })).toContainText('€100.00 → €121.00');
});

test('an invoice with a payment on it is corrected by a credit note prefilled from its view', async ({ launch }) => {
  const { ui, main } = await launch();
  const { zoe, r102 } = await seed(main);
  await call(main, 'payments.add', { customerId: zoe.id, kind: 'payment', date: '2026-11-20', amountCents: 2_000, allocations: [{ invoiceId: r102.id, amountCents: 2_000 }] });
  await ui.getByRole('button', { name: 'Receivables' }).click();
  await rows(ui).filter({ hasText: 'R-102' }).click();
  const drawer = ui.getByRole('dialog', { name: 'Invoice R-102' });
  await expect(drawer.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
  await expect(drawer.getByTestId('correction-blocks')).toHaveText('Payments or credit notes are allocated to it');

  await drawer.getByRole('button', { name: 'Correct with a credit note' }).click();
  const form = ui.getByRole('dialog', { name: 'Credit note for invoice R-102' });
  await expect(form.getByLabel(exact('Amount'))).toHaveValue('30.00');
  await expect(form.getByLabel('Amount for invoice R-102')).toHaveValue('30.00');
  await form.getByLabel('Credit note number').click();
  await ui.keyboard.type('CN-7');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(drawer.getByTestId('invoice-open')).toHaveText('€0.00');
  await expect(drawer.getByText('Credited', { exact: true }).first()).toBeVisible();
  await expect(drawer.getByTestId('invoice-allocation').filter({ hasText: 'CN-7' })).toContainText('€30.00');
});

test('a payment booked on the wrong customer is reversed: the invoice opens again and the payment stays, marked reversed', async ({ launch }) => {
  const { ui, main } = await launch();
  const { zoe, r101 } = await seed(main);
  await call(main, 'payments.add', { customerId: zoe.id, kind: 'payment', date: '2026-11-20', amountCents: 15_000, allocations: [{ invoiceId: r101.id, amountCents: 10_000 }] });
  await openCustomer(ui, 'Financial');
  await expect(ui.getByTestId('open-balance')).toHaveText('€50.00');
  await expect(ui.getByTestId('customer-credit')).toHaveText('€50.00');

  await ui.getByRole('button', { name: /^Reverse the payment of €150\.00/ }).click();
  const confirm = ui.getByRole('dialog', { name: 'Reverse this payment of €150.00?' });
  await confirm.getByLabel('Why is it reversed?').click();
  await ui.keyboard.type('Paid by Bakkerij Zoë Utrecht, another customer');
  await confirm.getByRole('button', { name: 'Reverse', exact: true }).click();
  await expect(confirm).toBeHidden();

  await expect(ui.getByTestId('open-balance')).toHaveText('€150.00');
  await expect(ui.getByTestId('customer-credit')).toHaveText('€0.00');
  const credit = ui.getByTestId('credit');
  await expect(credit).toHaveAttribute('data-reversed', 'true');
  await expect(credit).toContainText('Reversed');
  await expect(credit.getByTestId('credit-reversal')).toContainText('by Anouk de Vries: Paid by Bakkerij Zoë Utrecht, another customer');
  await expect(credit.getByTestId('credit-allocation')).toHaveCount(0);
  await expect(ui.getByRole('button', { name: /^Reverse the payment/ })).toHaveCount(0);

  await ui.getByRole('tab', { name: 'Settings' }).click();
  await expect(ui.getByTestId('history-row').filter({ hasText: 'Reversed:' })).toContainText('Paid by Bakkerij Zoë Utrecht, another customer');
});

test('a customer with open invoices is deleted by crediting them in the same step; the invoices stay, credited', async ({ launch }) => {
  const { ui, main } = await launch();
  const { r101, r102 } = await seed(main);
  await openCustomer(ui, 'Settings');
  await expect(ui.getByText('Its 2 open invoices are credited when it is deleted.')).toBeVisible();
  await ui.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = ui.getByRole('dialog', { name: 'Delete customer Bakkerij Zoë?' });
  await expect(confirm).toContainText('This customer still has 2 open invoices (€150.00)');
  await confirm.getByLabel('Reason for the credit notes').click();
  await ui.keyboard.type('Went bankrupt; nothing to collect');
  await confirm.getByRole('button', { name: 'Credit 2 invoices and delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(ui.getByRole('row').filter({ hasText: 'Bakkerij Zoë' })).toHaveCount(0);
  for (const inv of [r101, r102]) {
    await expect.poll(async () => (await call<{ invoice: Invoice }>(main, 'invoices.get', { id: inv.id })).invoice.status).toBe('credited');
  }
});
