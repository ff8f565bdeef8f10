// `npm run screenshots`: renders the main screens through the test shell, from a seeded demo dataset, into
// screenshots/ (git-ignored), so anyone can look at the UI without Electron.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startShell, UI_ORIGIN } from '../tests/shell/shell';
import type { MainApp } from '../electron/app';
import type { CustomerCard } from '../shared/contract';
import { camt053 } from '../tests/shell/camt053';
import { renderCalibrationPage } from '../electron/services/documents/calibration';
import { loadLetterFonts } from '../electron/services/documents/fonts';
import { renderLetter } from '../electron/services/documents/letter';
import { windowProfilePresets } from '../shared/domain/documents/window-profiles';
import { sampleCompany, sampleItems, sampleLetter, sampleLogo } from '../tests/documents/sample-letter';
import { debtors, executeRun, mailAccount, mailOffice, smsAccount, smsPolicy, textDebtors } from '../tests/shell/office';
import { GATEWAY_SECRET, testGateway } from '../tests/shell/sms-gateway';
import { testSmtp } from '../tests/shell/smtp';
import { fakeMicrosoft, signInInBrowser } from '../tests/shell/oauth';

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

/** Writes a PDF and its pages as PNGs (60 dpi, enough to judge the layout; open the PDF for the detail). */
function writePdf(name: string, bytes: Uint8Array): void {
  writeFileSync(path.join(out, `${name}.pdf`), bytes);
  execFileSync('pdftoppm', ['-png', '-r', '60', path.join(out, `${name}.pdf`), path.join(out, name)]);
  console.log(`screenshots/${name}.pdf and its pages as ${name}-N.png`);
}

/**
 * One reminder letter per language to a customer whose name, street and city carry diacritics, each in another
 * window profile; a 60-invoice statement; a calibration page. Fonts come from dist/, where the app finds them.
 */
async function shootLetters(): Promise<void> {
  const fonts = await loadLetterFonts(path.resolve(import.meta.dirname, '..', 'dist', 'resources'));
  const createdAt = '2026-02-02T09:00:00.000Z';
  const profiles = { nl: 'nl-left', en: 'din5008a', de: 'din5008b', fr: 'nl-right' } as const;
  for (const [language, profile] of Object.entries(profiles) as [keyof typeof profiles, (typeof profiles)[keyof typeof profiles]][]) {
    const logo = language === 'de' ? sampleLogo() : null;
    writePdf(`letter-${language}`, await renderLetter(sampleLetter(language), windowProfilePresets[profile], { fonts, logo, createdAt }));
  }
  writePdf('letter-statement-en', await renderLetter(sampleLetter('en', { items: sampleItems(60), levelId: 'final' }), windowProfilePresets.din5008b, { fonts, createdAt }));
  writePdf('letter-calibration-nl', await renderCalibrationPage(windowProfilePresets['nl-left'], { fonts, language: 'nl', createdAt }));
}

/** A policy whose first level is a call, for a few customers, so the run creates phone tasks too. */
async function callFirst(main: MainApp, customerIds: string[]): Promise<void> {
  const none = { kind: 'none' } as const;
  await main.dispatch(
    'policies.save',
    {
      id: 'call-first',
      name: 'Call first',
      law: { country: 'NL', kind: 'business' },
      mode: 'invoice',
      levelOneFrom: 'due_date',
      toleranceCents: { EUR: 500 },
      afterLast: { kind: 'stop' },
      levels: [{ id: 'call', name: 'Phone call', days: 7, payWithinDays: 7, interest: none, costs: none, channel: 'phone', finalNotice: false }],
    },
    trusted,
  );
  for (const customerId of customerIds) await main.dispatch('dunning.setCustomer', { customerId, policyId: 'call-first', directDebit: false }, trusted);
}

/** The dunning run under review, the reminders it issued, the calls to make, and a card's Dunning tab with its history. */
async function shootDunning(ui: Page, main: MainApp, cardName: string): Promise<void> {
  const list = await main.dispatch('customers.list', { search: '', sort: 'number', limit: 3 }, trusted);
  await callFirst(main, list.ok ? (list.value as { rows: { id: string }[] }).rows.map((r) => r.id) : []);
  await ui.getByRole('button', { name: 'Dunning', exact: true }).click();
  await ui.getByRole('button', { name: /Propose a run for/ }).click();
  await ui.getByTestId('proposal-row').nth(5).waitFor();
  await ui.getByRole('button', { name: /^Leave out: / }).first().click();
  await ui.getByRole('dialog').getByLabel('Reason').fill('Paying in instalments');
  await ui.getByRole('dialog').getByRole('button', { name: 'Leave out' }).click();
  await ui.getByRole('dialog').waitFor({ state: 'detached' });
  await shoot(ui, 'dunning-proposal');
  await ui.getByRole('button', { name: 'Execute run' }).click();
  await ui.getByRole('dialog').getByRole('button', { name: 'Execute run' }).click();
  await ui.getByText(/Run executed/).waitFor();
  await ui.getByRole('tab', { name: 'Reminders' }).click();
  await ui.getByTestId('reminder-row').nth(3).waitFor();
  await shoot(ui, 'dunning-reminders');
  await ui.getByRole('tab', { name: 'Calls' }).click();
  await ui.getByTestId('call-task').first().waitFor();
  await shoot(ui, 'dunning-calls', true);
  // A letter made from one of the run's frozen reminders, as the app renders it for that customer.
  await main.dispatch('settings.update', { company: sampleCompany }, trusted);
  const first = await main.dispatch('dunning.reminders', { state: 'to_deliver', channel: 'email_or_post', limit: 1 }, trusted);
  const reminderId = first.ok ? (first.value as { rows: { id: string }[] }).rows[0]?.id : undefined;
  const letter = reminderId ? await main.dispatch('documents.openLetter', { reminderId }, trusted) : null;
  if (letter?.ok) {
    execFileSync('pdftoppm', ['-png', '-r', '60', (letter.value as { path: string }).path, path.join(out, 'run-letter')]);
    console.log('screenshots/run-letter-N.png (a reminder of the run, as its letter)');
  }
  const pending = await main.dispatch('dunning.reminders', { state: 'to_deliver', limit: 500 }, trusted);
  const ids = pending.ok ? (pending.value as { rows: { id: string; channel: string }[] }).rows.filter((r) => r.channel !== 'phone').map((r) => r.id) : [];
  await main.dispatch('dunning.markDelivered', { ids, state: 'delivered', on: (await main.dispatch('app.clock', {}, trusted) as { ok: true; value: { today: string } }).value.today }, trusted);
  await ui.getByRole('button', { name: 'Customers' }).first().click();
  await ui.getByRole('textbox', { name: 'Search by name or number' }).fill(cardName);
  await ui.getByRole('row').filter({ hasText: cardName }).first().click();
  await ui.getByRole('tab', { name: 'Dunning' }).click();
  await ui.getByTestId('history-row').first().waitFor();
  await shoot(ui, 'card-dunning-history', true);
}

/** Settings → E-mail with Microsoft 365 chosen and signed in, through the sign-in the browser brings back. */
async function shootMicrosoftSignIn(shell: Awaited<ReturnType<typeof startShell>>, clientId: string): Promise<void> {
  const ui = shell.ui;
  await ui.getByText('Microsoft 365 / Outlook.com').click();
  await ui.getByLabel('Application (client) ID').fill(clientId);
  const opened = shell.opened.length;
  await ui.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  while (shell.opened.length === opened) await ui.waitForTimeout(50);
  await signInInBrowser(shell.opened.at(-1)!);
  await ui.getByText('Signed in as debiteuren@incassozuid.nl', { exact: true }).waitFor();
  await ui.locator('.mantine-Notification-root').getByRole('button').click();
  await ui.getByTestId('mail-settings').screenshot({ path: path.join(out, 'settings-email-microsoft.png') });
  console.log('screenshots/settings-email-microsoft.png');
}

/**
 * The outbox after a run whose e-mails met every kind of server answer (sent, refused, asked to wait, dropped after
 * the message) and whose SMS went through the local gateway (one sent, one dropped after the request), Settings →
 * E-mail (SMTP with password, then Microsoft 365 signed in), Settings → SMS, and one received e-mail as its HTML and
 * a PNG of it.
 */
async function shootOutbox(): Promise<void> {
  const smtp = await testSmtp();
  const gateway = await testGateway();
  const microsoft = await fakeMicrosoft();
  const profileDir = mkdtempSync(path.join(tmpdir(), 'debitum-shots-outbox-'));
  const shell = await startShell({
    profileDir,
    viewport: { width: 1440, height: 900 },
    microsoft: { login: microsoft.login, smtp: { host: '127.0.0.1', port: smtp.port, security: 'none' } },
  });
  try {
    await mailOffice(shell.main, null);
    const nl = await debtors(shell.main, ['Bakkerij Zoë', 'IJzerhandel Øster', 'Drukkerij De Ĳssel', 'Tuincentrum Lübeck & Zn.'], 'nl');
    await debtors(shell.main, ['Müller & Söhne GmbH', 'Bäckerei Łódź'], 'de', 5);
    await debtors(shell.main, ['Brasserie Çelik SRL'], 'fr', 7);
    await debtors(shell.main, ['Ærø Trading Ltd'], 'en', 8);
    smtp.byRecipient.set(nl[1]!.email, 'drop_after_data').set(nl[2]!.email, 'refuse_recipient').set(nl[3]!.email, 'try_later').set('ap@k6.example', 'drop_after_data');
    const texted = await textDebtors(shell.main, ['Fietsenmakerij Ñandú', 'Œuvre Café'], ['06 12345678', '+49 171 1234567'], 9);
    await smsPolicy(shell.main, texted.map((d) => d.id));
    gateway.next.push('accept', 'drop');
    await shell.main.dispatch('settings.update', { sms: smsAccount(gateway, 'spryng') }, trusted);
    await executeRun(shell.main);
    await shell.main.dispatch('settings.update', { mail: mailAccount(smtp.port) }, trusted);
    await shell.main.dispatch('sms.setSecret', { secret: GATEWAY_SECRET }, trusted);
    const ui = shell.ui;
    await ui.getByRole('button', { name: 'Outbox' }).click();
    await ui.getByText('Messages that need your decision: 3.', { exact: false }).waitFor();
    await ui.getByText('Failed', { exact: true }).first().waitFor();
    await ui.getByText('Nothing waiting to go out.').waitFor();
    await shoot(ui, 'outbox', true);
    // Settings → SMS as an office fills it in: the gateway's own address (no SMS is left queued to go there).
    await shell.main.dispatch('settings.update', { sms: { ...smsAccount(gateway, 'spryng'), url: '' } }, trusted);
    await ui.getByRole('button', { name: 'Settings' }).first().click();
    await ui.getByRole('tab', { name: 'E-mail' }).click();
    await ui.getByTestId('mail-settings').screenshot({ path: path.join(out, 'settings-email.png') });
    console.log('screenshots/settings-email.png');
    await ui.getByRole('tab', { name: 'SMS' }).click();
    await ui.getByLabel('Send a test SMS to').fill('06 12345678');
    await ui.getByTestId('sms-settings').screenshot({ path: path.join(out, 'settings-sms.png') });
    console.log('screenshots/settings-sms.png');
    await shootMicrosoftSignIn(shell, microsoft.clientId);

    const zoe = smtp.received.find((r) => r.envelopeTo[0] === nl[0]!.email)!;
    writeFileSync(path.join(out, 'email-nl.html'), String(zoe.mail.html));
    const page = await shell.context.newPage();
    await page.setViewportSize({ width: 720, height: 900 });
    await page.setContent(String(zoe.mail.html));
    await page.screenshot({ path: path.join(out, 'email-nl.png'), fullPage: true });
    await page.close();
    console.log('screenshots/email-nl.html and email-nl.png');
  } finally {
    await shell.close();
    await smtp.close();
    await gateway.close();
    await microsoft.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

await shootLetters();
await shootOutbox();

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
    // Set as an office would have filled it in, one field short; the page is reloaded to read it.
    await shell.main.dispatch('settings.update', { company: { ...sampleCompany, registrationNumber: '' } }, trusted);
    await ui.reload();
    await ui.getByRole('button', { name: 'Settings' }).first().click();
    await ui.getByRole('tab', { name: 'Company' }).click();
    await ui.getByTestId('company-missing').waitFor();
    await shoot(ui, 'settings-company', true);
    await shootDunningSettings(ui);

    await shootImports(ui, rich.ok ? (rich.value as CustomerCard) : null);
    await shootDunning(ui, shell.main, name);
  } finally {
    await shell.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
