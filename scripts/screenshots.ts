// `npm run screenshots`: renders the main screens through the test shell, from a seeded demo dataset, into
// screenshots/ (git-ignored), so anyone can look at the UI without Electron.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startShell, UI_ORIGIN } from '../tests/shell/shell';
import type { MainApp } from '../electron/app';
import type { CustomerCard } from '../shared/contract';
import { camt053 } from '../tests/shell/camt053';

const out = path.resolve(import.meta.dirname, '..', 'screenshots');
mkdirSync(out, { recursive: true });
const trusted = { trusted: true, url: UI_ORIGIN };

async function shoot(ui: Page, name: string, fullPage = false): Promise<void> {
  await ui.waitForLoadState('networkidle');
  await ui.waitForTimeout(250);
  await ui.screenshot({ path: path.join(out, `${name}.png`), fullPage });
  console.log(`screenshots/${name}.png`);
}

/** An import preview with problems (a CSV with bad rows next to a bank statement), then the matching screen. */
async function shootImports(ui: Page, card: CardLike): Promise<void> {
  const csv = [
    'Factuurnummer;Klantnummer;Klantnaam;Factuurdatum;Vervaldatum;Bedrag',
    'IMP-1001;N9001;Hoekstra Installatietechniek BV;02-11-2026;02-12-2026;1.250,00',
    'IMP-1002;N9001;Hoekstra Installatietechniek BV;31-02-2026;;480,00',
    'IMP-1003;N9002;Brasserie Le Coin SRL;2026-11-05;;12,3,4',
    'IMP-1004;N9002;Brasserie Le Coin SRL;06.11.2026;;2.315,50',
  ].join('\r\n');
  const [first, second] = card?.openInvoices ?? [];
  const statement = camt053('SHOT-1', [
    ...(first?.paymentReference ? [{ amountCents: first.openCents, reference: first.paymentReference, name: card!.customer.name }] : []),
    { amountCents: second?.openCents ?? 12_345, text: 'betaling facturen oktober', name: 'J. de Vries', iban: 'NL44RABO0123456789' },
    { amountCents: 2_995, direction: 'debit', text: 'Kosten betalingsverkeer', name: 'Bank' },
  ]);
  await ui.getByRole('button', { name: 'Import', exact: true }).click();
  await ui.getByTestId('import-input').setInputFiles([
    { name: 'facturen-november.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
    { name: 'afschrift-2026-11-20.xml', mimeType: 'text/xml', buffer: Buffer.from(statement) },
  ]);
  await ui.getByTestId('import-issues').waitFor();
  await shoot(ui, 'import-preview', true);
  await ui.locator('main').getByRole('button', { name: 'Import', exact: true }).click();
  await ui.getByRole('button', { name: 'Match the remaining entries' }).click();
  await ui.getByTestId('unmatched-entries').waitFor();
  await ui.locator('.mantine-Notification-root').getByRole('button').click();
  await shoot(ui, 'matching');
}

/** Settings → Dunning policies, a policy in its editor (and one refused by its legal guard), texts and rates, at 1280×800. */
async function shootDunningSettings(ui: Page): Promise<void> {
  const size = ui.viewportSize();
  await ui.setViewportSize({ width: 1280, height: 800 });
  await ui.getByRole('tab', { name: 'Dunning policies' }).click();
  await ui.getByTestId('policy-row').nth(5).waitFor();
  await shoot(ui, 'settings-policies');
  await ui.getByRole('button', { name: 'Edit NL consumer' }).click();
  await ui.getByTestId('levels-table').waitFor();
  await shoot(ui, 'policy-editor', true);
  await ui.getByRole('button', { name: 'Back to the policies' }).click();
  await ui.getByRole('button', { name: 'New policy from a copy' }).click();
  await ui.getByRole('menuitem', { name: 'BE consumer', exact: true }).click();
  await ui.getByRole('combobox', { name: 'Costs, level 1', exact: true }).click();
  await ui.getByRole('option', { name: 'Fixed amount', exact: true }).click();
  await ui.getByRole('textbox', { name: 'Costs excl. VAT, level 1' }).fill('7,50');
  await ui.getByRole('button', { name: 'Save' }).click();
  await ui.getByTestId('policy-refusals').waitFor();
  // A full-page shot of a scrolled page draws the fixed header where the window was.
  await ui.evaluate(() => window.scrollTo(0, 0));
  await shoot(ui, 'policy-editor-refused', true);
  await ui.getByRole('button', { name: 'Cancel' }).click();
  await ui.getByRole('tab', { name: 'Reminder texts' }).click();
  await ui.getByTestId('text-preview').waitFor();
  await shoot(ui, 'settings-texts', true);
  await ui.getByRole('tab', { name: 'Interest rates' }).click();
  await ui.getByTestId('rate-table-de-base').waitFor();
  await shoot(ui, 'settings-rates', true);
  if (size) await ui.setViewportSize(size);
}

type CardLike = Pick<CustomerCard, 'customer' | 'openInvoices'> | null;

/** Fills one demo customer's card the way a busy account looks: several addresses and contacts, routed e-mail, a
 * dunning override, notes and tasks, a file and a link, its own dunning settings. Returns its id. */
async function enrich(main: MainApp): Promise<string> {
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await main.dispatch(channel, input, trusted);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message} ${JSON.stringify(r.error.details ?? '')}`);
    return r.value as T;
  };
  const list = await call<{ rows: { id: string; openBalanceCents: number }[] }>('customers.list', { sort: 'openBalanceCents', direction: 'desc', limit: 3 });
  const id = list.rows[1]!.id;
  const card = await call<{ customer: { country: string; email: string; language: string }; openInvoices: { id: string; number: string }[] }>('customers.get', { id });
  const country = card.customer.country;
  await call('addresses.add', { customerId: id, address: { kind: 'postal', street: country === 'DE' ? 'Postfach 12 03' : 'Postbus 1203', postcode: country === 'DE' ? '10115' : country === 'BE' ? '1000' : '3500 AA', city: country === 'DE' ? 'Berlin' : country === 'BE' ? 'Brussel' : 'Utrecht', country } });
  await call('addresses.add', { customerId: id, address: { kind: 'invoice', street: 'Stationsplein 7', postcode: country === 'DE' ? '50667' : country === 'BE' ? '2000' : '3511 ED', city: country === 'DE' ? 'Köln' : country === 'BE' ? 'Antwerpen' : 'Utrecht', country } });
  const phone = country === 'DE' ? '030 1234567' : country === 'BE' ? '02 123 45 67' : '030 123 4567';
  const mobile = country === 'DE' ? '0151 12345678' : country === 'BE' ? '0470 12 34 56' : '06 12345678';
  const els = await call<{ id: string }>('contacts.add', { customerId: id, contact: { name: 'Els Visser-Łukasik', function: 'Financial controller', roles: ['accounting'], keywords: ['newsletter'], channels: [{ medium: 'phone', value: phone }, { medium: 'email', value: 'els.visser@example.com' }] } });
  await call('contacts.add', { customerId: id, contact: { name: 'Jürgen Müller', function: 'Managing director', roles: ['owner'], channels: [{ medium: 'mobile', value: mobile }, { medium: 'email', value: 'j.mueller@example.com' }] } });
  const old = await call<{ id: string }>('contacts.add', { customerId: id, contact: { name: 'Zoë Dubois', function: 'Purchasing', roles: ['purchasing'], channels: [{ medium: 'fax', value: phone }] } });
  await call('contacts.setActive', { id: old.id, active: false });
  await call('customers.setEmails', { id, emails: { standard: card.customer.email, accounting: 'boekhouding@example.com', purpose: { invoice: 'facturen@example.com', reminder: 'aanmaningen@example.com' } } });
  await call('customers.setDunningOverrides', { id, overrides: { email: 'credit.control@example.com' } });
  await call('customers.updateSettings', { id, settings: { paymentTermsDays: 30, creditLimitCents: 2_500_000, language: card.customer.language, kind: 'business', profile: 'strategic', segments: ['wholesale', 'construction'], dunningPausedUntil: null, excludeFromDunning: false } });
  await call('activities.add', { customerId: id, kind: 'note', text: 'Promised to pay the September invoices at the end of the month.', contactId: els.id });
  await call('activities.add', { customerId: id, kind: 'task', text: `Call about invoice ${card.openInvoices[0]?.number ?? ''}`, dueDate: '2026-11-20', invoiceId: card.openInvoices[0]?.id ?? null, contactId: els.id });
  await call('activities.add', { customerId: id, kind: 'task', text: 'Send the signed payment plan back', dueDate: '2026-12-01', responsible: 'Anouk de Vries' });
  const done = await call<{ id: string }>('activities.add', { customerId: id, kind: 'task', text: 'Check the new invoice address with the customer', dueDate: '2026-11-10' });
  await call('activities.setDone', { id: done.id, done: true });
  await call('attachments.addFile', { customerId: id, name: 'Raamovereenkomst 2026.pdf', contentBase64: Buffer.from('%PDF-1.4\n'.repeat(4000)).toString('base64') });
  await call('attachments.addLink', { customerId: id, name: 'Company register entry', url: 'https://www.kvk.nl/' });
  return id;
}

/** Gives the rich customer's oldest open invoice a history: a dispute, a promise, comments, a partial payment. */
async function dossierFor(main: MainApp, customerId: string): Promise<void> {
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await main.dispatch(channel, input, trusted);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message} ${JSON.stringify(r.error.details ?? '')}`);
    return r.value as T;
  };
  const card = await call<{ openInvoices: { id: string; openCents: number; dueDate: string }[] }>('customers.get', { id: customerId });
  const [first, second] = [...card.openInvoices].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  await call('invoices.comment', { invoiceId: first!.id, text: 'Called Els Visser-Łukasik: the invoice was sent to the old address; sent a copy by e-mail.' });
  await call('invoices.setDispute', { id: first!.id, disputed: true, reason: 'Two of the twelve pallets arrived damaged' });
  await call('invoices.comment', { invoiceId: first!.id, text: 'Jürgen Müller agrees to pay the undamaged part now; credit note for the rest to follow.' });
  await call('invoices.setDispute', { id: first!.id, disputed: false });
  await call('invoices.setPromise', { id: first!.id, date: '2026-12-04', note: 'Pays after their board meeting' });
  const part = Math.round(first!.openCents / 2);
  await call('payments.add', { customerId, kind: 'payment', date: '2026-11-20', amountCents: part + 2_500, reference: 'NL91ABNA0417164300 / partial', allocations: [{ invoiceId: first!.id, amountCents: part }] });
  if (second) await call('invoices.setDispute', { id: second.id, disputed: true, reason: 'Price differs from the quote' });
}

for (const scheme of ['light', 'dark'] as const) {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'debitum-shots-'));
  const shell = await startShell({ profileDir, colorScheme: scheme, viewport: { width: 1440, height: 900 } });
  try {
    await shell.main.dispatch('settings.update', { userName: 'Anouk de Vries', theme: scheme }, trusted);
    await shell.main.dispatch('demo.load', { customers: 400, invoicesPerCustomer: 12 }, trusted);
    const ui = shell.ui;
    await ui.reload();
    const suffix = scheme === 'dark' ? '-dark' : '';
    await ui.getByRole('row').nth(3).waitFor();
    await shoot(ui, `customers${suffix}`);
    if (scheme === 'dark') {
      await ui.getByRole('button', { name: 'Receivables' }).first().click();
      await ui.getByTestId('invoice-row').nth(3).waitFor();
      await shoot(ui, 'receivables-dark');
      continue;
    }

    await ui.getByRole('textbox', { name: 'Search by name or number' }).fill('bakk');
    await ui.getByRole('row').nth(1).waitFor();
    await shoot(ui, 'customers-search');
    await ui.getByRole('textbox', { name: 'Search by name or number' }).fill('');

    const id = await enrich(shell.main);
    const rich = await shell.main.dispatch('customers.get', { id }, trusted);
    const name = rich.ok ? (rich.value as { customer: { name: string } }).customer.name : '';
    await ui.getByRole('textbox', { name: 'Search by name or number' }).fill(name);
    await ui.getByRole('row').filter({ hasText: name }).first().click();
    for (const [tab, shot] of [['Contact info', 'card-contact'], ['Dunning', 'card-dunning'], ['Financial', 'card-financial'], ['Settings', 'card-settings']] as const) {
      await ui.getByRole('tab', { name: tab }).click();
      await shoot(ui, shot, true);
    }
    await ui.getByRole('button', { name: 'Edit' }).click();
    await shoot(ui, 'customer-edit');
    await ui.getByRole('button', { name: 'Cancel' }).click();

    await dossierFor(shell.main, id);
    await ui.getByRole('tab', { name: 'Financial' }).click();
    await ui.getByTestId('invoice-row').first().click();
    await ui.getByTestId('dossier-entry').nth(2).waitFor();
    await shoot(ui, 'invoice-dossier');
    await ui.keyboard.press('Escape');
    await ui.getByRole('button', { name: 'Record payment' }).click();
    await ui.getByRole('dialog').getByLabel('Amount', { exact: false }).first().fill('25000');
    await ui.getByRole('dialog').getByRole('button', { name: 'Allocate oldest first' }).click();
    await shoot(ui, 'payment-record');
    await ui.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await ui.getByRole('button', { name: 'Receivables' }).first().click();
    await ui.getByTestId('invoice-row').nth(3).waitFor();
    await shoot(ui, 'receivables');
    await ui.getByRole('button', { name: 'All disputed invoices' }).click();
    await ui.getByTestId('invoice-row').first().waitFor();
    await shoot(ui, 'receivables-disputed');
    await ui.getByRole('button', { name: 'Clear filters' }).click();
    await ui.getByRole('button', { name: 'New invoice' }).click();
    await ui.getByRole('dialog').getByLabel('Own payment reference').fill('RF18 5390 0754 7035');
    await ui.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await shoot(ui, 'invoice-new-errors');
    await ui.getByRole('button', { name: 'Cancel' }).click();

    await ui.getByRole('button', { name: 'Customers' }).first().click();
    await ui.getByRole('tab', { name: 'Contacts' }).click();
    await ui.getByPlaceholder('Choose a role').click();
    await ui.getByRole('option', { name: 'accounting' }).click();
    await ui.getByTestId('finder-row').first().waitFor();
    await shoot(ui, 'contacts-by-role');
    await ui.getByRole('tab', { name: 'Customers' }).click();
    await ui.getByRole('button', { name: 'New customer' }).click();
    await ui.getByRole('dialog').getByLabel('VAT number').fill('NL123456789B90');
    await ui.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await shoot(ui, 'customer-new-errors');
    await ui.getByRole('button', { name: 'Cancel' }).click();

    await ui.getByRole('button', { name: 'Settings' }).first().click();
    await shoot(ui, 'settings');
    await shootDunningSettings(ui);

    await shootImports(ui, rich.ok ? (rich.value as CustomerCard) : null);
  } finally {
    await shell.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
