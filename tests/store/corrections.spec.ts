import type { MainApp } from '../../electron/app';
import { demoCustomers, demoInvoices } from '../../electron/services/demo-data';
import type { Customer } from '../../shared/domain/customer/customer';
import type { InvoiceDetail } from '../../shared/domain/invoice/detail';
import type { Invoice } from '../../shared/domain/invoice/invoice';
import type { Credit } from '../../shared/domain/payment/credit';
import type { CustomerCard } from '../../shared/contract';
import type { RunSummary } from '../../shared/domain/dunning/records';
import { call } from '../shell/dispatch';
import { camt053 } from '../shell/camt053';
import { expect, test, TODAY } from '../shell/fixtures';
import { type Shell, UI_ORIGIN } from '../shell/shell';
import { storeCtx } from '../shell/store-context';

/**
 * Mistakes can be corrected the way the ledger allows: a hand-entered invoice nothing settled or reminded is edited
 * or deleted (with a reason kept in the history), anything else is credited; a payment booked by mistake is reversed
 * and stays on record; a customer with open invoices can go once they are credited. Every refusal changes nothing,
 * and every maintained figure agrees with a recomputation afterwards.
 */
const trusted = { trusted: true, url: UI_ORIGIN };

async function refused(main: MainApp, channel: string, input: unknown) {
  const r = await main.dispatch(channel, input, trusted);
  expect(r.ok, `${channel} should be refused`).toBe(false);
  return r.ok ? null : { code: r.error.code, keys: (r.error.details?.issues ?? []).map((i) => i.key) };
}

async function consistent(shell: Shell) {
  expect(await shell.store.call('integrity.payments')).toEqual([]);
  expect(await shell.store.call('integrity.balances')).toEqual([]);
  expect(await shell.store.call('integrity.receivables')).toEqual([]);
  expect(await shell.store.call('integrity.dunning')).toEqual([]);
}

async function office(shell: Shell) {
  const [a, b] = demoCustomers(2, 7);
  const alpha = await call<Customer>(shell.main, 'customers.create', { ...a!, number: 'C-A', name: 'Alpha BV', country: 'NL', kind: 'business' });
  const beta = await call<Customer>(shell.main, 'customers.create', { ...b!, number: 'C-B', name: 'Beta BV', country: 'NL', kind: 'business' });
  const invoice = (number: string, customerId: string, amountCents = 10_000, dueDate = '2026-10-31') =>
    call<Invoice>(shell.main, 'invoices.create', { number, customerId, issueDate: '2026-10-01', dueDate, amountCents, openCents: amountCents });
  return { alpha, beta, invoice };
}

const card = (shell: Shell, id: string) => call<CustomerCard>(shell.main, 'customers.get', { id });
const detail = (shell: Shell, id: string) => call<InvoiceDetail>(shell.main, 'invoices.get', { id });

test('a hand-entered invoice is edited in place, even moved to another customer, and both histories say so', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const { alpha, beta, invoice } = await office(shell);
  const inv = await invoice('C-1', alpha.id);
  expect((await detail(shell, inv.id)).correctionBlocks).toEqual([]);
  const fields = { number: 'C-1', customerId: alpha.id, issueDate: '2026-10-02', dueDate: '2026-11-01', amountCents: 12_100, openCents: 12_100, paymentReference: '' };
  const edited = await call<Invoice>(shell.main, 'invoices.update', { id: inv.id, fields });
  expect(edited).toMatchObject({ amountCents: 12_100, openCents: 12_100, initialOpenCents: 12_100, issueDate: '2026-10-02', paymentReference: inv.paymentReference, enteredByHand: true });
  expect((await card(shell, alpha.id)).customer).toMatchObject({ openBalanceCents: 12_100, openInvoiceCount: 1 });
  const history = (await card(shell, alpha.id)).history.filter((h) => h.entity === 'invoice');
  expect(history.map((h) => [h.field, h.oldValue, h.newValue]).sort()).toEqual([
    ['amountCents', '10000', '12100'],
    ['dueDate', '2026-10-31', '2026-11-01'],
    ['issueDate', '2026-10-01', '2026-10-02'],
    ['openCents', '10000', '12100'],
  ]);
  expect((await detail(shell, inv.id)).dossier.map((d) => d.kind)).toEqual(['correction']);

  await call(shell.main, 'invoices.update', { id: inv.id, fields: { ...fields, customerId: beta.id } });
  expect((await card(shell, alpha.id)).customer).toMatchObject({ openBalanceCents: 0, openInvoiceCount: 0 });
  expect((await card(shell, beta.id)).customer).toMatchObject({ openBalanceCents: 12_100, openInvoiceCount: 1 });
  for (const id of [alpha.id, beta.id]) {
    expect((await card(shell, id)).history.find((h) => h.field === 'customer')).toMatchObject({ entity: 'invoice', oldValue: 'Alpha BV', newValue: 'Beta BV' });
  }
  await consistent(shell);
});

test('an edit is refused, changing nothing, for a number taken, an allocated, a reminded or an imported invoice', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const { alpha, invoice } = await office(shell);
  const paid = await invoice('C-1', alpha.id);
  const taken = await invoice('C-2', alpha.id);
  await call(shell.main, 'payments.add', { customerId: alpha.id, kind: 'payment', date: TODAY, amountCents: 100, allocations: [{ invoiceId: paid.id, amountCents: 100 }] });
  const fields = (i: Invoice, over: Partial<Invoice> = {}) => ({ number: i.number, customerId: i.customerId, issueDate: i.issueDate, dueDate: i.dueDate, amountCents: 1, openCents: 1, ...over });
  const before = await card(shell, alpha.id);

  expect(await refused(shell.main, 'invoices.update', { id: taken.id, fields: fields(taken, { number: 'C-1' }) })).toEqual({ code: 'validation', keys: ['errors.invoice.numberTaken'] });
  expect(await refused(shell.main, 'invoices.update', { id: paid.id, fields: fields(paid) })).toEqual({ code: 'conflict', keys: ['errors.invoice.allocated'] });
  expect(await refused(shell.main, 'invoices.delete', { id: paid.id, reason: 'typo' })).toEqual({ code: 'conflict', keys: ['errors.invoice.allocated'] });
  expect(await refused(shell.main, 'invoices.delete', { id: taken.id, reason: '  ' })).toMatchObject({ code: 'validation', keys: ['errors.required'] });

  // A reminder went out for the overdue one: the customer read those figures.
  const run = await call<RunSummary>(shell.main, 'dunning.propose', {});
  await call(shell.main, 'dunning.execute', { runId: run.id });
  expect((await detail(shell, taken.id)).correctionBlocks).toEqual(['reminded']);
  expect(await refused(shell.main, 'invoices.update', { id: taken.id, fields: fields(taken) })).toEqual({ code: 'conflict', keys: ['errors.invoice.reminded'] });
  expect(await refused(shell.main, 'invoices.delete', { id: taken.id, reason: 'typo' })).toEqual({ code: 'conflict', keys: ['errors.invoice.reminded'] });

  // A bulk-loaded (imported) invoice is the copy of one in the office's invoicing tool.
  const customers = demoCustomers(1, 13);
  await shell.store.call('bulk.load', { customers, invoices: demoInvoices([customers[0]!.number], 1, TODAY, 13) }, storeCtx());
  const loaded = (await call<{ rows: Invoice[] }>(shell.main, 'receivables.list', { status: 'all' })).rows.find((i) => !i.enteredByHand)!;
  expect((await detail(shell, loaded.id)).correctionBlocks).toContain('imported');
  expect((await refused(shell.main, 'invoices.delete', { id: loaded.id, reason: 'typo' }))?.keys).toContain('errors.invoice.imported');

  const after = await card(shell, alpha.id);
  expect(after.openInvoices.map((i) => [i.number, i.amountCents, i.openCents])).toEqual(before.openInvoices.map((i) => [i.number, i.amountCents, i.openCents]));
  expect(after.history.filter((h) => h.entity === 'invoice')).toEqual([]);
  await consistent(shell);
});

test('an invoice entered by mistake is deleted with a reason in the history, and its number can be typed again', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const { alpha, invoice } = await office(shell);
  await invoice('C-1', alpha.id, 4_000);
  const twice = await invoice('C-2', alpha.id, 6_000);
  await call(shell.main, 'invoices.delete', { id: twice.id, reason: 'Entered twice' });
  expect((await shell.main.dispatch('invoices.get', { id: twice.id }, trusted)).ok).toBe(false);
  const after = await card(shell, alpha.id);
  expect(after.customer).toMatchObject({ openBalanceCents: 4_000, openInvoiceCount: 1 });
  expect(after.history.find((h) => h.entity === 'invoice')).toMatchObject({ entityId: twice.id, field: 'deleted', oldValue: 'C-2', newValue: 'Entered twice', by: 'Debitum' });
  expect((await call<{ total: number }>(shell.main, 'receivables.list', { status: 'all' })).total).toBe(1);
  expect(await refused(shell.main, 'invoices.delete', { id: twice.id, reason: 'again' })).toMatchObject({ code: 'not_found' });
  await invoice('C-2', alpha.id, 600);
  await consistent(shell);
});

test('an invoice that cannot be edited is corrected by a credit note allocated to it', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const { alpha, invoice } = await office(shell);
  const inv = await invoice('C-1', alpha.id, 10_000);
  await call(shell.main, 'payments.add', { customerId: alpha.id, kind: 'payment', date: TODAY, amountCents: 4_000, allocations: [{ invoiceId: inv.id, amountCents: 4_000 }] });
  await call(shell.main, 'payments.add', { customerId: alpha.id, kind: 'credit_note', date: TODAY, amountCents: 6_000, reference: 'CN-1', allocations: [{ invoiceId: inv.id, amountCents: 6_000 }] });
  expect((await detail(shell, inv.id)).invoice).toMatchObject({ status: 'credited', openCents: 0 });
  await consistent(shell);
});

test('a payment booked by mistake is reversed: its allocations are undone, it stops being credit, and it stays on record', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const { alpha, invoice } = await office(shell);
  const one = await invoice('C-1', alpha.id, 3_000);
  const two = await invoice('C-2', alpha.id, 5_000);
  const { credit } = await call<{ credit: Credit }>(shell.main, 'payments.add', {
    customerId: alpha.id,
    kind: 'payment',
    date: TODAY,
    amountCents: 10_000,
    allocations: [{ invoiceId: one.id, amountCents: 3_000 }, { invoiceId: two.id, amountCents: 1_000 }],
  });
  expect((await card(shell, alpha.id)).customer).toMatchObject({ openBalanceCents: 4_000, creditCents: 6_000, openInvoiceCount: 1 });

  expect(await refused(shell.main, 'payments.reverse', { id: credit.id, reason: '' })).toMatchObject({ code: 'validation', keys: ['errors.required'] });
  const reversed = await call<Credit>(shell.main, 'payments.reverse', { id: credit.id, reason: 'Paid by Beta, not Alpha' });
  expect(reversed).toMatchObject({ unallocatedCents: 0, amountCents: 10_000, reversal: { by: 'Debitum', reason: 'Paid by Beta, not Alpha' } });
  expect((await card(shell, alpha.id)).customer).toMatchObject({ openBalanceCents: 8_000, creditCents: 0, openInvoiceCount: 2 });
  const list = await call<{ credits: Credit[]; allocations: unknown[] }>(shell.main, 'payments.forCustomer', { customerId: alpha.id });
  expect(list.credits.map((c) => c.id)).toEqual([credit.id]);
  expect(list.allocations).toEqual([]);
  expect((await detail(shell, one.id)).dossier.map((d) => [d.kind, d.text])).toEqual([['reversal', 'Paid by Beta, not Alpha']]);
  expect((await card(shell, alpha.id)).history.find((h) => h.entity === 'payment')).toMatchObject({ field: 'reversed', newValue: 'Paid by Beta, not Alpha' });

  expect(await refused(shell.main, 'payments.reverse', { id: credit.id, reason: 'again' })).toEqual({ code: 'conflict', keys: ['errors.payment.reversed'] });
  expect((await refused(shell.main, 'payments.allocate', { creditId: credit.id, allocations: [{ invoiceId: one.id, amountCents: 1 }] }))?.keys).toEqual(['errors.payment.reversed']);
  // What it held is no credit any more, so it does not hold the customer back from being deleted.
  await call(shell.main, 'customers.delete', { id: alpha.id, creditOpen: { reason: 'Closed' } });
  expect((await shell.main.dispatch('customers.get', { id: alpha.id }, trusted)).ok).toBe(false);
  await consistent(shell);
});

test('a reversed payment from the bank gives its entry back to manual matching, where it is booked again', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const { alpha, beta, invoice } = await office(shell);
  const inv = await invoice('C-1', beta.id, 5_000);
  const file = { name: 's.xml', contentBase64: Buffer.from(camt053('S-1', [{ amountCents: 5_000, text: 'see letter' }])).toString('base64') };
  await call(shell.main, 'imports.commit', { previewId: (await call<{ previewId: string }>(shell.main, 'imports.preview', { files: [file] })).previewId });
  const [waiting] = await call<{ entry: { id: string } }[]>(shell.main, 'bank.unmatched', {});
  await call(shell.main, 'bank.match', { entryId: waiting!.entry.id, customerId: alpha.id, allocations: [] });
  const [wrong] = (await call<{ credits: Credit[] }>(shell.main, 'payments.forCustomer', { customerId: alpha.id })).credits;

  await call(shell.main, 'payments.reverse', { id: wrong!.id, reason: 'Matched to the wrong customer' });
  const again = await call<{ entry: { id: string } }[]>(shell.main, 'bank.unmatched', {});
  expect(again.map((e) => e.entry.id)).toEqual([waiting!.entry.id]);
  await call(shell.main, 'bank.match', { entryId: waiting!.entry.id, customerId: beta.id, allocations: [{ invoiceId: inv.id, amountCents: 5_000 }] });
  expect((await detail(shell, inv.id)).invoice.status).toBe('paid');
  expect((await card(shell, alpha.id)).customer.creditCents).toBe(0);
  await consistent(shell);
});

test('a customer with open invoices is deleted once they are credited, in the same step; without that it is refused', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const { alpha, invoice } = await office(shell);
  const one = await invoice('C-1', alpha.id, 3_000);
  const two = await invoice('C-2', alpha.id, 5_000);
  await call(shell.main, 'payments.add', { customerId: alpha.id, kind: 'payment', date: TODAY, amountCents: 1_000, allocations: [{ invoiceId: two.id, amountCents: 1_000 }] });
  expect(await refused(shell.main, 'customers.delete', { id: alpha.id })).toEqual({ code: 'conflict', keys: ['errors.customer.hasOpenInvoices'] });
  expect(await refused(shell.main, 'customers.delete', { id: alpha.id, creditOpen: { reason: '' } })).toMatchObject({ code: 'validation', keys: ['errors.required'] });
  expect((await card(shell, alpha.id)).customer.openInvoiceCount).toBe(2);

  await call(shell.main, 'customers.delete', { id: alpha.id, creditOpen: { reason: 'Went bankrupt' } });
  expect((await shell.main.dispatch('customers.get', { id: alpha.id }, trusted)).ok).toBe(false);
  for (const [inv, credited] of [[one, 3_000], [two, 4_000]] as const) {
    const d = await detail(shell, inv.id);
    expect(d.invoice).toMatchObject({ status: 'credited', openCents: 0 });
    expect(d.allocations.find((a) => a.credit.kind === 'credit_note')).toMatchObject({ amountCents: credited, credit: { date: TODAY } });
  }
  const credits = await call<{ credits: Credit[] }>(shell.main, 'payments.forCustomer', { customerId: alpha.id });
  expect(credits.credits.filter((c) => c.kind === 'credit_note').map((c) => c.note)).toEqual(['Went bankrupt', 'Went bankrupt']);
  await consistent(shell);
});
