import type { Locator, Page } from '@playwright/test';
import type { MainApp } from '../../electron/app';
import { expect, test } from '../shell/fixtures';
import { UI_ORIGIN } from '../shell/shell';

const trusted = { trusted: true, url: UI_ORIGIN };
const exact = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

async function call<T>(main: MainApp, channel: string, input: unknown): Promise<T> {
  const r = await main.dispatch(channel, input, trusted);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/**
 * Two customers on TODAY 2026-11-23. Bakkerij Zoë (30 days' terms): R-101 (€100, 83 days late), R-102 (€50, 22
 * days late), R-103 (€25, not due). Müller GmbH: R-201 ($200, late), R-202 (€80, not due, disputed), R-203 (€40,
 * paid in full).
 */
async function seed(main: MainApp) {
  await call(main, 'settings.update', { userName: 'Anouk de Vries' });
  const customer = (number: string, name: string) =>
    call<{ id: string }>(main, 'customers.create', { number, name, language: 'nl', country: 'NL', kind: 'business', paymentTermsDays: 30, creditLimitCents: null });
  const zoe = await customer('K1', 'Bakkerij Zoë');
  const muller = await customer('K2', 'Müller GmbH');
  const invoice = (customerId: string, number: string, dueDate: string, amountCents: number, currency = 'EUR') =>
    call<{ id: string }>(main, 'invoices.create', { number, customerId, issueDate: '2026-08-01', dueDate, currency, amountCents, openCents: amountCents });
  await invoice(zoe.id, 'R-101', '2026-09-01', 10_000);
  await invoice(zoe.id, 'R-102', '2026-11-01', 5_000);
  await invoice(zoe.id, 'R-103', '2026-12-31', 2_500);
  await invoice(muller.id, 'R-201', '2026-10-01', 20_000, 'USD');
  const disputed = await invoice(muller.id, 'R-202', '2026-12-15', 8_000);
  await call(main, 'invoices.setDispute', { id: disputed.id, disputed: true, reason: 'Wrong quantity delivered' });
  const paid = await invoice(muller.id, 'R-203', '2026-10-15', 4_000);
  await call(main, 'payments.add', { customerId: muller.id, kind: 'payment', date: '2026-10-20', amountCents: 4_000, allocations: [{ invoiceId: paid.id, amountCents: 4_000 }] });
  return { zoe, muller };
}

const rows = (ui: Page) => ui.getByTestId('invoice-row');
const numbers = async (ui: Page) => (await rows(ui).allInnerTexts()).map((t) => t.split('\n')[0]!.trim());

/** Chips and segments are labels over hidden inputs; the user clicks the label. */
const toggle = (ui: Page, name: string) => ui.locator('label').filter({ hasText: new RegExp(`^${name}$`) }).click();

async function openCustomerFinancial(ui: Page, name: string) {
  await ui.getByRole('button', { name: 'Customers' }).first().click();
  await ui.getByRole('textbox', { name: 'Search by name or number' }).fill(name);
  await ui.getByRole('row').filter({ hasText: name }).click();
  await ui.getByRole('tab', { name: 'Financial' }).click();
}

async function pickCustomer(ui: Page, scope: Locator | Page, label: string, search: string, option: RegExp) {
  await scope.getByRole('combobox', { name: exact(label) }).fill(search);
  await ui.getByRole('option', { name: option }).click();
}

test('the receivables screen filters by overdue, disputed, customer, status and number, with totals per currency', async ({ launch }) => {
  const { ui, main } = await launch();
  await seed(main);
  await ui.getByRole('button', { name: 'Receivables' }).click();

  // Open invoices, oldest due first; totals per currency over all that match.
  await expect(ui.getByTestId('receivables-count')).toHaveText('5 invoices');
  await expect.poll(() => numbers(ui)).toEqual(['R-101', 'R-201', 'R-102', 'R-202', 'R-103']);
  await expect(ui.getByTestId('total-EUR')).toContainText('€255.00');
  await expect(ui.getByTestId('total-EUR')).toContainText('4 invoices · invoiced €255.00');
  await expect(ui.getByTestId('total-USD')).toContainText('US$200.00');
  await expect(rows(ui).filter({ hasText: 'R-202' })).toContainText('Disputed');

  await toggle(ui, 'Overdue');
  await expect.poll(() => numbers(ui)).toEqual(['R-101', 'R-201', 'R-102']);
  await expect(ui.getByTestId('total-EUR')).toContainText('€150.00');
  await expect(rows(ui).filter({ hasText: 'R-101' })).toContainText('83');

  await ui.getByRole('button', { name: 'All disputed invoices' }).click();
  await expect.poll(() => numbers(ui)).toEqual(['R-202']);
  await expect(ui.getByTestId('total-EUR')).toContainText('€80.00');
  await expect(ui.getByTestId('total-USD')).toBeHidden();

  await ui.getByRole('button', { name: 'Clear filters' }).click();
  await pickCustomer(ui, ui, 'Customer', 'mull', /Müller GmbH \(K2\)/);
  await expect.poll(() => numbers(ui)).toEqual(['R-201', 'R-202']);
  await toggle(ui, 'All');
  await expect.poll(() => numbers(ui)).toEqual(['R-201', 'R-203', 'R-202']);
  await expect(rows(ui).filter({ hasText: 'R-203' })).toContainText('Paid');
  await toggle(ui, 'Paid');
  await expect.poll(() => numbers(ui)).toEqual(['R-203']);

  await ui.getByRole('button', { name: 'Clear filters' }).click();
  await ui.getByRole('textbox', { name: 'Invoice number' }).fill('r-10');
  await expect.poll(() => numbers(ui)).toEqual(['R-101', 'R-102', 'R-103']);
  await ui.getByLabel('Due date to').fill('30/11/2026');
  await expect.poll(() => numbers(ui)).toEqual(['R-101', 'R-102']);
  await expect(ui.getByTestId('receivables-count')).toHaveText('2 invoices');

  // Sorting by open amount, largest first.
  await ui.getByRole('button', { name: 'Clear filters' }).click();
  await ui.getByRole('columnheader', { name: 'Open' }).click();
  await ui.getByRole('columnheader', { name: 'Open' }).click();
  await expect.poll(() => numbers(ui)).toEqual(['R-201', 'R-101', 'R-202', 'R-102', 'R-103']);
});

test('an invoice opens from the list and from the customer card; comments and disputes land in its dossier with who and when', async ({ launch }) => {
  const { ui, main } = await launch();
  await seed(main);
  await ui.getByRole('button', { name: 'Receivables' }).click();
  await rows(ui).filter({ hasText: 'R-101' }).click();
  const drawer = ui.getByRole('dialog', { name: 'Invoice R-101' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId('invoice-open')).toHaveText('€100.00');
  await expect(drawer.getByTestId('invoice-reference')).toHaveText(/^RF\d\d( \w{1,4})+$/);
  await expect(drawer).toContainText('83 days overdue');

  await drawer.getByRole('button', { name: 'Add comment' }).click();
  await expect(drawer.getByText('Required')).toBeVisible();
  await expect(drawer.getByTestId('dossier-entry')).toHaveCount(0);
  await drawer.getByLabel('Comment').fill('Called Mrs Zoë: the invoice went to the old address');
  await drawer.getByRole('button', { name: 'Add comment' }).click();
  await expect(drawer.getByTestId('dossier-entry')).toHaveCount(1);
  await expect(drawer.getByTestId('dossier-entry').first()).toContainText('Called Mrs Zoë: the invoice went to the old address');
  await expect(drawer.getByTestId('dossier-entry').first()).toContainText('Anouk de Vries · 23 Nov 2026');
  await expect(drawer.getByLabel('Comment')).toHaveValue('');

  // The dispute action in the invoice view writes its own dossier entry, above the comment.
  await drawer.getByRole('button', { name: 'Actions for invoice R-101' }).click();
  await ui.getByRole('menuitem', { name: 'Dispute…' }).click();
  const dialog = ui.getByRole('dialog', { name: 'Dispute invoice R-101' });
  await dialog.getByLabel(exact('Reason')).fill('Price differs from the quote');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(drawer.getByTestId('dossier-entry')).toHaveCount(2);
  await expect(drawer.getByTestId('dossier-entry').first()).toContainText('Disputed');
  await expect(drawer.getByTestId('dossier-entry').first()).toContainText('Price differs from the quote');
  await ui.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(rows(ui).filter({ hasText: 'R-101' })).toContainText('Disputed');

  // From the customer card: the same invoice, the same dossier; the customer link leads back to the card.
  await openCustomerFinancial(ui, 'Bakkerij Zoë');
  await rows(ui).filter({ hasText: 'R-101' }).click();
  await expect(drawer.getByTestId('dossier-entry')).toHaveCount(2);
  await expect(drawer.getByTestId('dossier-entry').nth(1)).toContainText('Called Mrs Zoë');
  await drawer.getByRole('button', { name: 'Bakkerij Zoë (K1)' }).click();
  await expect(drawer).toBeHidden();
  await expect(ui.getByRole('heading', { name: 'Bakkerij Zoë' })).toBeVisible();
});

test('an invoice entered by hand: errors name the field and save nothing; the due date follows the payment terms', async ({ launch }) => {
  const { ui, main } = await launch();
  await seed(main);
  await openCustomerFinancial(ui, 'Bakkerij Zoë');
  await expect(rows(ui)).toHaveCount(3);
  await ui.getByRole('button', { name: 'New invoice' }).click();
  const dialog = ui.getByRole('dialog', { name: 'New invoice for Bakkerij Zoë' });
  await expect(dialog.getByLabel(exact('Due date'))).toHaveValue('23/12/2026');
  await dialog.getByLabel(exact('Invoice date')).fill('01112026');
  await expect(dialog.getByLabel(exact('Due date'))).toHaveValue('01/12/2026');

  await dialog.getByLabel(exact('Invoice number')).fill('R-104');
  await dialog.getByLabel(exact('Amount')).fill('1234.56');
  await dialog.getByLabel(exact('Due date')).fill('15-10-26');
  await dialog.getByLabel(exact('Own payment reference')).fill('RF18 5390 0754 7035');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('The due date is before the invoice date')).toBeVisible();
  await expect(dialog.getByText('Not a valid structured payment reference (Dutch kenmerk, Belgian OGM or RF)')).toBeVisible();

  // A number already used is known only to the store: main refuses it and the form says so at the field.
  await dialog.getByLabel(exact('Due date')).fill('2026-12-01');
  await dialog.getByLabel(exact('Own payment reference')).fill('RF18 5390 0754 7034');
  await dialog.getByLabel(exact('Invoice number')).fill('R-101');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Invoice number R-101 is already used')).toBeVisible();
  await expect(rows(ui)).toHaveCount(3);

  await dialog.getByLabel(exact('Invoice number')).fill('R-104');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const drawer = ui.getByRole('dialog', { name: 'Invoice R-104' });
  await expect(drawer.getByTestId('invoice-open')).toHaveText('€1,234.56');
  await expect(drawer.getByTestId('invoice-reference')).toHaveText('RF18 5390 0754 7034');
  await ui.keyboard.press('Escape');
  await expect(rows(ui)).toHaveCount(4);
  await expect(ui.getByTestId('open-balance')).toHaveText('€1,409.56');

  // From the receivables screen, the customer is picked; its terms set the due date.
  await ui.getByRole('button', { name: 'Receivables' }).click();
  await ui.getByRole('button', { name: 'New invoice' }).click();
  const any = ui.getByRole('dialog', { name: 'New invoice' });
  await any.getByRole('button', { name: 'Save' }).click();
  await expect(any.getByText('Required')).toHaveCount(3);
  await pickCustomer(ui, any, 'Customer', 'K2', /Müller GmbH \(K2\)/);
  await expect(any.getByLabel(exact('Due date'))).toHaveValue('23/12/2026');
  await any.getByLabel(exact('Invoice number')).fill('R-204');
  await any.getByLabel(exact('Amount')).fill('10');
  await any.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByRole('dialog', { name: 'Invoice R-204' })).toContainText('Müller GmbH (K2)');
});

test('a payment allocated partly to two invoices, the rest kept as credit; an allocation undone; the credit allocated later', async ({ launch }) => {
  const { ui, main } = await launch();
  await seed(main);
  await openCustomerFinancial(ui, 'Bakkerij Zoë');
  await expect(ui.getByTestId('open-balance')).toHaveText('€175.00');

  await ui.getByRole('button', { name: 'Record payment' }).click();
  const dialog = ui.getByRole('dialog', { name: 'Record a payment or credit note' });
  await dialog.getByLabel(exact('Amount')).fill('150');
  await dialog.getByRole('button', { name: 'Allocate oldest first' }).click();
  await expect(dialog.getByLabel('Amount for invoice R-101')).toHaveValue('100.00');
  await expect(dialog.getByLabel('Amount for invoice R-102')).toHaveValue('50.00');
  await expect(dialog.getByTestId('allocation-summary')).toContainText('Kept as credit on the customer: €0.00');

  // More than received is refused before anything is saved.
  await dialog.getByLabel('Amount for invoice R-103').fill('25');
  await expect(dialog.getByTestId('allocation-summary')).toContainText('€25.00 more allocated than received');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('More is allocated than the payment or credit note holds')).toBeVisible();
  await expect(ui.getByTestId('open-balance')).toHaveText('€175.00');

  await dialog.getByLabel('Amount for invoice R-103').fill('');
  await dialog.getByLabel('Amount for invoice R-102').fill('30');
  await expect(dialog.getByTestId('allocation-summary')).toContainText('Kept as credit on the customer: €20.00');
  await dialog.getByLabel(exact('Reference')).fill('NL91 ABNA 0417 1643 00');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await expect(ui.getByTestId('open-balance')).toHaveText('€45.00');
  await expect(ui.getByTestId('customer-credit')).toHaveText('€20.00');
  await expect.poll(() => numbers(ui)).toEqual(['R-102', 'R-103']);
  await expect(rows(ui).filter({ hasText: 'R-102' })).toContainText('€20.00');
  const credit = ui.getByTestId('credit');
  await expect(credit).toContainText('€150.00');
  await expect(credit.getByTestId('credit-unallocated')).toHaveText('Not allocated: €20.00');
  await expect(credit.getByTestId('credit-allocation')).toHaveCount(2);

  // The customer list's balance follows.
  await ui.getByRole('button', { name: 'Customers' }).first().click();
  await expect(ui.getByRole('row').filter({ hasText: 'Bakkerij Zoë' })).toContainText('€45.00');
  await ui.getByRole('row').filter({ hasText: 'Bakkerij Zoë' }).click();
  await ui.getByRole('tab', { name: 'Financial' }).click();

  // Undo the allocation to R-101: it reopens by exactly its amount; the money goes back to the credit.
  await ui.getByRole('button', { name: 'Undo €100.00 on invoice R-101' }).click();
  await expect(ui.getByTestId('open-balance')).toHaveText('€145.00');
  await expect(ui.getByTestId('customer-credit')).toHaveText('€120.00');
  await expect.poll(() => numbers(ui)).toEqual(['R-101', 'R-102', 'R-103']);
  await expect(credit.getByTestId('credit-allocation')).toHaveCount(1);

  // The invoice view shows what is allocated to it, with an undo of its own.
  await rows(ui).filter({ hasText: 'R-102' }).click();
  const drawer = ui.getByRole('dialog', { name: 'Invoice R-102' });
  await expect(drawer.getByTestId('invoice-allocation')).toHaveCount(1);
  await expect(drawer.getByTestId('invoice-allocation')).toContainText('NL91 ABNA 0417 1643 00');
  await expect(drawer.getByTestId('invoice-allocation')).toContainText('€30.00');
  await drawer.getByRole('button', { name: 'Undo' }).click();
  await expect(drawer.getByTestId('invoice-allocation')).toHaveCount(0);
  await expect(drawer.getByTestId('invoice-open')).toHaveText('€50.00');
  await ui.keyboard.press('Escape');
  await expect(ui.getByTestId('customer-credit')).toHaveText('€150.00');

  // The credit is allocated later, to one invoice.
  await credit.getByRole('button', { name: 'Allocate…' }).click();
  const allocate = ui.getByRole('dialog', { name: 'Allocate €150.00' });
  await expect(allocate.getByLabel(exact('Amount'))).toHaveValue('100.00');
  await allocate.getByRole('button', { name: 'Save' }).click();
  await expect(allocate).toBeHidden();
  await expect(ui.getByTestId('open-balance')).toHaveText('€75.00');
  await expect(ui.getByTestId('customer-credit')).toHaveText('€50.00');
  await ui.getByRole('switch', { name: 'Show paid and credited too' }).click({ force: true });
  await expect(rows(ui).filter({ hasText: 'R-101' })).toContainText('Paid');
});
