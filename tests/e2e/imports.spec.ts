import type { Page } from '@playwright/test';
import { camt053 } from '../shell/camt053';
import { mt940 } from '../shell/mt940';
import { expect, test, TODAY } from '../shell/fixtures';
import type { Shell } from '../shell/shell';
import { storeCtx } from '../shell/store-context';

const exact = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

// "Doc" is no header any export uses for the invoice number: the user has to map it.
const invoicesCsv = [
  'Doc;Klantnummer;Klantnaam;Datum;Vervaldatum;Totaal',
  'F-1;K1;Alpha BV;01-10-2026;31-10-2026;100,00',
  'F-2;K1;Alpha BV;02-10-2026;01-11-2026;200,00',
  'F-3;K1;Alpha BV;03-10-2026;02-11-2026;300,00',
  'F-4;K1;Alpha BV;04-10-2026;03-11-2026;400,00',
  'F-5;K2;Beta GmbH;05-10-2026;04-11-2026;50,00',
].join('\r\n');

const upload = (ui: Page, name: string, content: string) =>
  ui.getByTestId('import-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });

const confirmButton = (ui: Page) => ui.locator('main').getByRole('button', { name: 'Import', exact: true });

async function openCard(ui: Page, number: string, name: string) {
  await ui.getByRole('button', { name: 'Customers' }).first().click();
  await ui.getByRole('textbox', { name: 'Search by name or number' }).fill(number);
  await ui.getByRole('row').filter({ hasText: name }).click();
  await ui.getByRole('tab', { name: 'Financial' }).click();
}

async function customerId(shell: Shell, number: string): Promise<string> {
  const rows = (await shell.store.call('customers.list', { search: number, showInactive: true, sort: 'number', direction: 'asc', offset: 0, limit: 5 })).rows;
  return rows.find((r) => r.number === number)!.id;
}

test('CSV through the mapping screen, a CAMT.053 paying by reference, one entry matched by hand, a dispute, all on the card', async ({ launch }) => {
  const shell = await launch();
  const ui = shell.ui;
  await ui.getByRole('button', { name: 'Import', exact: true }).click();

  await upload(ui, 'export.csv', invoicesCsv);
  const mapping = ui.getByTestId('csv-mapping');
  await expect(mapping).toContainText('Map the required columns');
  await expect(confirmButton(ui)).toBeDisabled();
  await mapping.getByLabel(exact('Invoice number')).click();
  await ui.getByRole('option', { name: 'Doc', exact: true }).click();
  await mapping.getByRole('textbox', { name: 'Source name' }).fill('Boekhouding');
  await mapping.getByRole('button', { name: 'Preview again' }).click();
  await expect(ui.getByTestId('count-invoices')).toHaveText('5');
  await expect(ui.getByTestId('count-customers')).toHaveText('2');
  await expect(ui.getByTestId('import-invoices').getByRole('row')).toHaveCount(6);
  await confirmButton(ui).click();
  await expect(ui.getByText(/new invoices: 5/)).toBeVisible();

  // The app gave the invoices their payment references; the bank statement pays two of them by it.
  const alpha = await customerId(shell, 'K1');
  const card = await shell.store.call('customers.get', { id: alpha }, storeCtx({ today: TODAY }));
  const ref = (n: string) => card.openInvoices.find((i) => i.number === n)!.paymentReference!;
  const statement = camt053('E2E-1', [
    { amountCents: 10_000, reference: ref('F-1'), name: 'Alpha BV', iban: 'NL02ABNA0123456789' },
    { amountCents: 20_000, reference: ref('F-2'), name: 'Alpha BV', iban: 'NL02ABNA0123456789' },
    { amountCents: 12_000, text: 'part payment, see letter', name: 'J. Jansen', iban: 'NL44RABO0123456789' },
    { amountCents: 1_500, direction: 'debit', text: 'bank costs', name: 'Bank' },
  ]);
  await upload(ui, 'statement.xml', statement);
  await expect(ui.getByTestId('count-payments')).toHaveText('2');
  await expect(ui.getByTestId('count-unmatched')).toHaveText('1');
  await expect(ui.getByTestId('count-ignored')).toHaveText('1');
  await expect(ui.getByTestId('import-entries')).toContainText('by payment reference: pays F-1 of Alpha BV');
  await confirmButton(ui).click();
  await ui.getByRole('button', { name: 'Match the remaining entries' }).click();

  await expect(ui.getByRole('heading', { name: 'Bank matching' })).toBeVisible();
  await expect(ui.getByTestId('unmatched-entries').getByRole('row')).toHaveCount(1);
  await ui.getByRole('textbox', { name: 'Search open invoices by number or customer' }).fill('F-3');
  await ui.getByRole('checkbox', { name: 'Allocate F-3' }).check();
  await expect(ui.getByTestId('match-total')).toContainText('Allocated €120.00 of €120.00');
  await ui.getByRole('button', { name: 'Book payment' }).click();
  await expect(ui.getByText('Every bank entry is matched.')).toBeVisible();

  // Importing the same statement again adds nothing and says when it came in.
  await ui.getByRole('button', { name: 'Import', exact: true }).click();
  await upload(ui, 'statement.xml', statement);
  await expect(ui.getByText(/statement\.xml was imported on/).first()).toBeVisible();
  await expect(confirmButton(ui)).toBeDisabled();

  await openCard(ui, 'K1', 'Alpha BV');
  await ui.getByRole('button', { name: 'Actions for invoice F-4' }).click();
  await ui.getByRole('menuitem', { name: 'Dispute…' }).click();
  const dialog = ui.getByRole('dialog');
  await dialog.getByLabel(exact('Reason')).fill('Goods not delivered');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(ui.getByTestId('invoice-row').filter({ hasText: 'F-4' })).toContainText('Disputed');
  // F-1 and F-2 paid by reference, F-3 partly by hand: 180 + 400 open.
  await expect(ui.getByTestId('invoice-row')).toHaveCount(2);
  await expect(ui.getByTestId('invoice-row').filter({ hasText: 'F-3' })).toContainText('€180.00');
  await expect(ui.getByTestId('open-balance')).toHaveText('€580.00');
  expect(await shell.store.call('integrity.payments')).toEqual([]);
});

test('a bad CSV and an HTML page saved as .xml: the preview names file, line, field and reason, and nothing is written', async ({ launch }) => {
  const shell = await launch();
  const ui = shell.ui;
  await ui.getByRole('button', { name: 'Import', exact: true }).click();
  const badCsv = ['Factuurnummer;Klantnummer;Klantnaam;Factuurdatum;Bedrag', 'F-1;K1;Alpha BV;31-02-2026;100,00', 'F-2;K1;Alpha BV;01-10-2026;12,3,4'].join('\n');
  await ui.getByTestId('import-input').setInputFiles([
    { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(badCsv) },
    { name: 'invoice.xml', mimeType: 'text/xml', buffer: Buffer.from('<!DOCTYPE html>\n<html><body><h1>Your invoice</h1></body></html>') },
  ]);
  const issues = ui.getByTestId('import-issues');
  await expect(issues.getByRole('row').filter({ hasText: 'bad.csv' }).filter({ hasText: '“31-02-2026” is not a valid date' })).toContainText('2');
  await expect(issues.getByRole('row').filter({ hasText: 'bad.csv' }).filter({ hasText: '“12,3,4” is not a valid amount' })).toContainText('3');
  await expect(issues.getByRole('row').filter({ hasText: 'invoice.xml' })).toContainText('web page saved as a file');
  await expect(ui.getByTestId('count-rejected')).toHaveText('3');
  await expect(ui.getByText('Nothing in these files would be added.')).toBeVisible();
  await expect(confirmButton(ui)).toBeDisabled();
  expect((await shell.store.call('customers.list', { search: '', showInactive: true, sort: 'name', direction: 'asc', offset: 0, limit: 5 })).total).toBe(0);
});

test('the same day once as CAMT.053 and again as MT940 is shown as imported; a possible duplicate is the user\'s to import or skip', async ({ launch }) => {
  const shell = await launch();
  const ui = shell.ui;
  await ui.getByRole('button', { name: 'Import', exact: true }).click();
  const day = [{ amountCents: 6_500, text: 'factuur 77', name: 'Gamma BV', iban: 'NL02ABNA0123456789', endToEndId: 'G-77' }];
  await upload(ui, 'day.xml', camt053('C-1', day));
  await expect(ui.getByTestId('count-ignored')).toHaveText('1');
  await confirmButton(ui).click();
  await expect(ui.getByText(/^Imported — new invoices: 0/).first()).toBeVisible();

  await upload(ui, 'day.sta', mt940('M-1', day));
  const entries = ui.getByTestId('import-entries');
  await expect(entries).toContainText('Already imported');
  await expect(entries).toContainText(/already imported \(from day\.xml, .+\)/);
  await expect(ui.getByTestId('count-duplicates')).toHaveText('1');
  await expect(confirmButton(ui)).toBeDisabled();

  // An older layout of the same day: no counterparty account, no end-to-end id.
  const bare = [':20:OLD', ':25:NL91ABNA0417164300', ':28C:1', ':60F:C261120EUR0,00', ':61:2611201120C65,00NTRFNONREF', ':86:factuur 77', ':62F:C261120EUR65,00', '-'].join('\n');
  await upload(ui, 'old.sta', bare);
  await expect(ui.getByTestId('import-decide')).toContainText('Possible duplicates to decide: 1');
  await expect(entries).toContainText('Possible duplicate — decide');
  await expect(entries).toContainText(/looks like the entry imported from day\.xml/);
  await expect(confirmButton(ui)).toBeDisabled();
  await entries.getByRole('button', { name: 'Import anyway' }).click();
  await expect(entries).toContainText('imported anyway, as you chose');
  await expect(ui.getByTestId('count-ignored')).toHaveText('1');
  await expect(ui.getByTestId('import-decide')).toHaveCount(0);
  await entries.getByRole('button', { name: 'Skip' }).click();
  await expect(ui.getByTestId('count-duplicates')).toHaveText('1');
  await expect(confirmButton(ui)).toBeDisabled();
  await entries.getByRole('button', { name: 'Import anyway' }).click();
  await expect(confirmButton(ui)).toBeEnabled();
  await confirmButton(ui).click();
  await expect(ui.getByText(/^Imported — new invoices: 0/).first()).toBeVisible();
  // It came in: the file is known now.
  await upload(ui, 'old.sta', bare);
  await expect(ui.getByText(/old\.sta was imported on/).first()).toBeVisible();
  expect(await shell.store.call('integrity.payments')).toEqual([]);
});
