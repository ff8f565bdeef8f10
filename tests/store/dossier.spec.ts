import { demoCustomers } from '../../electron/services/demo-data';
import type { DossierEntry } from '../../shared/domain/invoice/dossier';
import { expect, test, TODAY } from '../shell/fixtures';
import { type Shell, UI_ORIGIN } from '../shell/shell';
import { storeCtx } from '../shell/store-context';

const trusted = { trusted: true, url: UI_ORIGIN };
const at = (minute: number) => ({ user: 'Tester', now: `2026-11-23T09:${String(minute).padStart(2, '0')}:00.000Z` });

async function seed(shell: Shell) {
  const c = await shell.store.call('customers.create', { ...demoCustomers(1, 5)[0]!, number: 'DOS1' }, storeCtx({ actor: at(0) }));
  const a = await shell.store.call('invoices.create', { number: 'DOS-1', customerId: c.id, issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 10_000, openCents: 10_000 }, storeCtx({ actor: at(0) }));
  const b = await shell.store.call('invoices.create', { number: 'DOS-2', customerId: c.id, issueDate: '2026-09-15', dueDate: '2026-10-15', amountCents: 5_000, openCents: 5_000 }, storeCtx({ actor: at(0) }));
  return { c, a, b };
}

test('disputes, promises and comments land in the invoice dossier, newest first, with who and when', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const { store } = shell;
  const { c, a, b } = await seed(shell);

  await store.call('invoices.setDispute', { id: a.id, disputed: true, reason: 'Goods damaged' }, storeCtx({ actor: at(1) }));
  await store.call('invoices.setPromise', { id: a.id, date: '2026-12-15', note: 'After their year end' }, storeCtx({ actor: at(2) }));
  await store.call('invoices.comment', { invoiceId: a.id, text: '  Called Els, she confirms the damage  ' }, storeCtx({ actor: at(3) }));
  await store.call('invoices.setPromise', { id: a.id, date: null, note: '' }, storeCtx({ actor: at(4) }));
  await store.call('invoices.setDispute', { id: a.id, disputed: false, reason: '' }, storeCtx({ actor: at(5) }));
  await store.call('payments.add', { customerId: c.id, kind: 'payment', date: '2026-11-20', amountCents: 4_000, reference: 'BANK-77', allocations: [{ invoiceId: a.id, amountCents: 4_000 }] }, storeCtx({ actor: at(6) }));
  await store.call('payments.add', { customerId: c.id, kind: 'credit_note', date: '2026-11-21', amountCents: 1_000, reference: 'CN-3', allocations: [{ invoiceId: a.id, amountCents: 1_000 }] }, storeCtx({ actor: at(7) }));

  const detail = await store.call('invoices.get', { id: a.id }, storeCtx({ today: TODAY }));
  expect(detail.invoice).toMatchObject({ number: 'DOS-1', openCents: 5_000, disputed: false, promisedDate: null });
  expect(detail.customer).toEqual({ id: c.id, name: c.name, number: 'DOS1' });
  expect(detail.today).toBe(TODAY);
  expect(detail.dossier.map((e) => [e.kind, e.text, e.by, e.at.slice(11, 16)])).toEqual([
    ['dispute', '', 'Tester', '09:05'],
    ['promise', '', 'Tester', '09:04'],
    ['comment', 'Called Els, she confirms the damage', 'Tester', '09:03'],
    ['promise', '2026-12-15 After their year end', 'Tester', '09:02'],
    ['dispute', 'Goods damaged', 'Tester', '09:01'],
  ]);
  expect(detail.dossier.every((e) => e.invoiceId === a.id && e.customerId === c.id)).toBe(true);
  expect(detail.allocations.map((x) => [x.amountCents, x.credit.kind, x.credit.date, x.credit.reference])).toEqual([
    [1_000, 'credit_note', '2026-11-21', 'CN-3'],
    [4_000, 'payment', '2026-11-20', 'BANK-77'],
  ]);

  // The other invoice's dossier is its own.
  expect((await store.call('invoices.get', { id: b.id }, storeCtx({ today: TODAY }))).dossier).toEqual([]);
  const forCustomer = await store.call('payments.forCustomer', { customerId: c.id });
  expect(forCustomer.allocations.map((x) => x.invoiceNumber)).toEqual(['DOS-1', 'DOS-1']);

  // Through main: the actor is the user from the settings, and the change event names the dossier.
  await shell.main.dispatch('settings.update', { userName: 'Anouk de Vries' }, trusted);
  const events: string[][] = [];
  const stop = shell.main.onChange((e) => events.push(e.tables));
  const viaMain = await shell.main.dispatch('invoices.comment', { invoiceId: b.id, text: 'Sent a copy' }, trusted);
  expect(viaMain).toMatchObject({ ok: true, value: { kind: 'comment', text: 'Sent a copy', by: 'Anouk de Vries' } });
  expect(await shell.main.dispatch('invoices.setPromise', { id: b.id, date: '2026-12-01', note: '' }, trusted)).toMatchObject({ ok: true });
  await expect.poll(() => events).toEqual([['dossier'], ['invoices', 'dossier']]);
  stop();
  const viaGet = await shell.main.dispatch('invoices.get', { id: b.id }, trusted);
  expect(viaGet).toMatchObject({ ok: true, value: { dossier: [{ kind: 'promise', text: '2026-12-01', by: 'Anouk de Vries' }, { kind: 'comment' }] } });
});

test('a comment must say something and name a known invoice; a refused one writes nothing', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const { a } = await seed(shell);
  const empty = await shell.main.dispatch('invoices.comment', { invoiceId: a.id, text: '   ' }, trusted);
  expect(empty).toMatchObject({ ok: false, error: { code: 'validation', details: { issues: [{ field: 'text', key: 'errors.required' }] } } });
  const long = await shell.main.dispatch('invoices.comment', { invoiceId: a.id, text: 'x'.repeat(4001) }, trusted);
  expect(long).toMatchObject({ ok: false, error: { code: 'validation', details: { issues: [{ field: 'text', key: 'errors.tooBig', params: { max: 4000 } }] } } });
  const unknown = await shell.main.dispatch('invoices.comment', { invoiceId: 'no-such-invoice', text: 'Hello' }, trusted);
  expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  await expect(shell.store.call('invoices.comment', { invoiceId: a.id, text: '' }, storeCtx({ actor: at(1) }))).rejects.toMatchObject({ code: 'validation' });
  expect(await shell.main.dispatch('invoices.get', { id: 'no-such-invoice' }, trusted)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  expect((await shell.store.call('invoices.get', { id: a.id }, storeCtx({ today: TODAY }))).dossier).toEqual([]);
});

test('a dispute or promise whose dossier entry cannot be written changes nothing: invoice and entry are one transaction', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const { store, storePage } = shell;
  const { a } = await seed(shell);
  // Every new record id is made the same as an existing dossier entry's, so the dossier write fails with a
  // constraint error after the invoice was already put in the same transaction.
  const first: DossierEntry = await store.call('invoices.comment', { invoiceId: a.id, text: 'First' }, storeCtx({ actor: at(1) }));
  await storePage.evaluate((id) => {
    crypto.randomUUID = () => id as ReturnType<Crypto['randomUUID']>;
  }, first.id);

  await expect(store.call('invoices.setDispute', { id: a.id, disputed: true, reason: 'Goods damaged' }, storeCtx({ actor: at(2) }))).rejects.toMatchObject({ message: expect.stringMatching(/constraint|exists/i) });
  await expect(store.call('invoices.setPromise', { id: a.id, date: '2026-12-15', note: 'Soon' }, storeCtx({ actor: at(3) }))).rejects.toMatchObject({ message: expect.stringMatching(/constraint|exists/i) });

  const detail = await store.call('invoices.get', { id: a.id }, storeCtx({ today: TODAY }));
  expect(detail.invoice).toMatchObject({ disputed: false, disputeReason: '', promisedDate: null, promiseNote: '' });
  expect(detail.dossier.map((e) => e.text)).toEqual(['First']);
  // The in-memory receivables copy was not touched either.
  expect((await store.call('receivables.list', { customerId: a.customerId, status: 'all', disputed: true, overdue: false, promised: false, number: '', issueFrom: null, issueTo: null, dueFrom: null, dueTo: null, sort: 'dueDate', direction: 'asc', offset: 0, limit: 10 }, storeCtx({ today: TODAY }))).total).toBe(0);
  expect(await store.call('integrity.receivables')).toEqual([]);
});
