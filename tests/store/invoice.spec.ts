import { demoCustomers, demoInvoices } from '../../electron/services/demo-data';
import { isValidReference } from '../../shared/domain/payment/reference';
import { receivablesQuerySchema } from '../../shared/domain/invoice/receivables';
import { expect, test, TODAY } from '../shell/fixtures';
import { UI_ORIGIN } from '../shell/shell';
import { storeCtx } from '../shell/store-context';

const actor = { user: 'Tester', now: '2026-11-23T09:00:00.000Z' };
const trusted = { trusted: true, url: UI_ORIGIN };

test('every invoice gets a valid, unique structured payment reference in the office scheme, or keeps its own', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const customers = demoCustomers(30, 41);
  await store.call('bulk.load', { customers, invoices: demoInvoices(customers.map((c) => c.number), 5, TODAY, 41) }, storeCtx({ actor, scheme: 'be' }));
  const c = (await store.call('customers.list', { search: '', showInactive: true, sort: 'number', direction: 'asc', offset: 0, limit: 1 })).rows[0]!;
  const base = { customerId: c.id, issueDate: '2026-11-01', dueDate: '2026-12-01', amountCents: 5_000, openCents: 5_000 };
  const nl = await store.call('invoices.create', { ...base, number: 'R-NL' }, storeCtx({ actor, scheme: 'nl' }));
  const rf = await store.call('invoices.create', { ...base, number: 'R-RF' }, storeCtx({ actor, scheme: 'rf' }));
  const own = await store.call('invoices.create', { ...base, number: 'R-OWN', paymentReference: '+++010/8068/17183+++' }, storeCtx({ actor, scheme: 'nl' }));
  expect(nl.paymentReference?.scheme).toBe('nl');
  expect(rf.paymentReference?.scheme).toBe('rf');
  expect(own.paymentReference).toEqual({ scheme: 'be', value: '010806817183' });
  await expect(store.call('invoices.create', { ...base, number: 'R-BAD', paymentReference: 'RF18 5390 0754 7035' }, storeCtx({ actor, scheme: 'nl' }))).rejects.toMatchObject({
    code: 'validation',
  });

  const all = await Promise.all(
    (await store.call('customers.list', { search: '', showInactive: true, sort: 'number', direction: 'asc', offset: 0, limit: 100 })).rows.map((r) => store.call('customers.get', { id: r.id }, storeCtx({ today: TODAY }))),
  );
  const refs = all.flatMap((card) => card.openInvoices.map((i) => i.paymentReference!));
  expect(refs.length).toBeGreaterThan(20);
  for (const r of refs) expect(isValidReference(r.scheme, r.value), `${r.scheme} ${r.value}`).toBe(true);
  expect(new Set(refs.map((r) => `${r.scheme}:${r.value}`)).size).toBe(refs.length);
});

test('a disputed invoice needs a reason; a dispute and a promise to pay can be set and removed', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const c = await shell.store.call('customers.create', { ...demoCustomers(1, 42)[0]!, number: 'S9' }, storeCtx({ actor }));
  const inv = await shell.store.call('invoices.create', { number: 'D-1', customerId: c.id, issueDate: '2026-10-01', dueDate: '2026-10-31', amountCents: 7_500, openCents: 7_500 }, storeCtx({ actor }));
  const noReason = await shell.main.dispatch('invoices.setDispute', { id: inv.id, disputed: true, reason: ' ' }, trusted);
  expect(noReason).toMatchObject({ ok: false, error: { code: 'validation', details: { issues: [{ field: 'reason', key: 'errors.required' }] } } });

  expect(await shell.main.dispatch('invoices.setDispute', { id: inv.id, disputed: true, reason: 'Goods damaged' }, trusted)).toMatchObject({
    ok: true,
    value: { disputed: true, disputeReason: 'Goods damaged' },
  });
  expect(await shell.main.dispatch('invoices.setPromise', { id: inv.id, date: '2026-12-15', note: 'After their year end' }, trusted)).toMatchObject({
    ok: true,
    value: { promisedDate: '2026-12-15', promiseNote: 'After their year end' },
  });
  const bad = await shell.main.dispatch('invoices.setPromise', { id: inv.id, date: '2026-02-31', note: '' }, trusted);
  expect(bad).toMatchObject({ ok: false, error: { code: 'validation', details: { issues: [{ field: 'date', key: 'errors.date' }] } } });
  expect(await shell.main.dispatch('invoices.setDispute', { id: inv.id, disputed: false }, trusted)).toMatchObject({ ok: true, value: { disputed: false, disputeReason: '', disputedAt: null } });
  const card = await shell.store.call('customers.get', { id: c.id }, storeCtx({ today: TODAY }));
  expect(card.openInvoices[0]).toMatchObject({ disputed: false, promisedDate: '2026-12-15' });
});

test('an invoice closed by a credit note is credited, one closed by a payment is paid; an undo reopens either', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const c = await store.call('customers.create', { ...demoCustomers(1, 43)[0]!, number: 'S10' }, storeCtx({ actor }));
  const base = { customerId: c.id, issueDate: '2026-10-01', dueDate: '2026-10-31', amountCents: 10_000, openCents: 10_000 };
  const a = await store.call('invoices.create', { ...base, number: 'C-1' }, storeCtx({ actor }));
  const b = await store.call('invoices.create', { ...base, number: 'C-2' }, storeCtx({ actor }));
  const note = await store.call('payments.add', { customerId: c.id, kind: 'credit_note', date: TODAY, amountCents: 10_000, reference: 'CN-1', allocations: [{ invoiceId: a.id, amountCents: 10_000 }] }, storeCtx({ actor }));
  await store.call('payments.add', { customerId: c.id, kind: 'payment', date: TODAY, amountCents: 4_000, allocations: [{ invoiceId: b.id, amountCents: 4_000 }] }, storeCtx({ actor }));
  const paid = await store.call('payments.add', { customerId: c.id, kind: 'payment', date: TODAY, amountCents: 6_000, allocations: [{ invoiceId: b.id, amountCents: 6_000 }] }, storeCtx({ actor }));
  const status = async () => {
    const page = await store.call('receivables.list', receivablesQuerySchema.parse({ status: 'all', customerId: c.id }), storeCtx({ today: TODAY }));
    return Object.fromEntries(page.rows.map((r) => [r.number, r.status]));
  };
  expect(await status()).toEqual({ 'C-1': 'credited', 'C-2': 'paid' });
  const credited = await store.call('receivables.list', receivablesQuerySchema.parse({ status: 'credited' }), storeCtx({ today: TODAY }));
  expect(credited.rows.map((r) => r.number)).toEqual(['C-1']);

  const allocations = await store.call('payments.forCustomer', { customerId: c.id });
  const undo = (creditId: string) => store.call('payments.undo', { id: allocations.allocations.find((x) => x.creditId === creditId)!.id }, storeCtx({ actor }));
  await undo(note.credit.id);
  await undo(paid.credit.id);
  expect(await status()).toEqual({ 'C-1': 'open', 'C-2': 'open' });
  expect(await store.call('integrity.payments')).toEqual([]);
  expect(await store.call('integrity.receivables')).toEqual([]);
});

test('a next action date is set, refused when not a real day, and cleared', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const c = await shell.store.call('customers.create', { ...demoCustomers(1, 44)[0]!, number: 'S11' }, storeCtx({ actor }));
  const inv = await shell.store.call('invoices.create', { number: 'N-1', customerId: c.id, issueDate: '2026-10-01', dueDate: '2026-10-31', amountCents: 1_000, openCents: 1_000 }, storeCtx({ actor }));
  expect(await shell.main.dispatch('invoices.setNextAction', { id: inv.id, date: '2026-12-01' }, trusted)).toMatchObject({ ok: true, value: { nextActionDate: '2026-12-01' } });
  const bad = await shell.main.dispatch('invoices.setNextAction', { id: inv.id, date: '2026-11-31' }, trusted);
  expect(bad).toMatchObject({ ok: false, error: { code: 'validation', details: { issues: [{ field: 'date', key: 'errors.date' }] } } });
  const page = await shell.store.call('receivables.list', receivablesQuerySchema.parse({ customerId: c.id }), storeCtx({ today: TODAY }));
  expect(page.rows[0]?.nextActionDate).toBe('2026-12-01');
  expect(await shell.main.dispatch('invoices.setNextAction', { id: inv.id, date: null }, trusted)).toMatchObject({ ok: true, value: { nextActionDate: null } });
  expect(await shell.store.call('integrity.receivables')).toEqual([]);
});
