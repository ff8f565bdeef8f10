import { demoCustomers, demoInvoices } from '../../electron/services/demo-data';
import type { Invoice } from '../../shared/domain/invoice/invoice';
import type { ReceivablesQueryInput } from '../../shared/domain/invoice/receivables';
import { receivablesQuerySchema } from '../../shared/domain/invoice/receivables';
import { expect, test, TODAY } from '../shell/fixtures';
import { storeCtx } from '../shell/store-context';

const actor = { user: 'Tester', now: '2026-11-23T09:00:00.000Z' };

test('the receivables list filters, sorts, pages and totals per currency as a plain recomputation does, and follows every write', async ({ launch }) => {
  const shell = await launch({ withUi: false });
  const { store } = shell;
  const customers = demoCustomers(60, 7);
  await store.call('bulk.load', { customers, invoices: demoInvoices(customers.map((c) => c.number), 12, TODAY, 7) }, storeCtx({ actor, scheme: 'rf' }));
  const card = (n: number) => store.call('customers.list', { search: '', showInactive: true, sort: 'number', direction: 'asc', offset: n, limit: 1 }).then((r) => r.rows[0]!);
  const first = await card(0);
  const usd = await store.call('invoices.create', { number: 'USD-1', customerId: first.id, issueDate: '2026-09-01', dueDate: '2026-10-01', currency: 'USD', amountCents: 12_345, openCents: 12_345 }, storeCtx({ actor }));
  const open = (await store.call('customers.get', { id: first.id }, storeCtx({ today: TODAY }))).openInvoices;
  await store.call('invoices.setDispute', { id: open[0]!.id, disputed: true, reason: 'wrong goods' }, storeCtx({ actor }));
  await store.call('invoices.setPromise', { id: open[1]!.id, date: '2026-12-20', note: 'after year end' }, storeCtx({ actor }));
  await store.call('payments.add', { customerId: first.id, kind: 'payment', date: TODAY, amountCents: open[2]!.openCents, allocations: [{ invoiceId: open[2]!.id, amountCents: open[2]!.openCents }] }, storeCtx({ actor }));

  // The model: every invoice read straight from the database, filtered and sorted by hand.
  const everything = await shell.storePage.evaluate(
    () =>
      new Promise<Invoice[]>((res) => {
        const req = indexedDB.open('debitum');
        req.onsuccess = () => {
          const get = req.result.transaction('invoices').objectStore('invoices').getAll();
          get.onsuccess = () => res(get.result as Invoice[]);
        };
      }),
  );
  expect(everything.find((i) => i.id === usd.id)).toBeTruthy();
  const model = (q: ReceivablesQueryInput) => {
    const f = receivablesQuerySchema.parse(q);
    const hits = everything.filter(
      (i) =>
        (f.customerId === null || i.customerId === f.customerId) &&
        (f.status === 'all' || i.status === f.status) &&
        (!f.overdue || (i.status === 'open' && i.dueDate < TODAY)) &&
        (!f.disputed || i.disputed) &&
        (!f.promised || (i.promisedDate !== null && i.promisedDate >= TODAY)) &&
        (f.dueFrom === null || i.dueDate >= f.dueFrom) &&
        (f.dueTo === null || i.dueDate <= f.dueTo),
    );
    const totals: Record<string, { count: number; amountCents: number; openCents: number }> = {};
    for (const i of hits) {
      const t = (totals[i.currency] ??= { count: 0, amountCents: 0, openCents: 0 });
      t.count++;
      t.amountCents += i.amountCents;
      t.openCents += i.openCents;
    }
    return { total: hits.length, totals, hits };
  };

  const queries: ReceivablesQueryInput[] = [
    {},
    { status: 'all' },
    { status: 'paid' },
    { overdue: true },
    { disputed: true, status: 'all' },
    { promised: true },
    { customerId: first.id, status: 'all' },
    { dueFrom: '2026-10-01', dueTo: '2026-10-31', status: 'all' },
  ];
  for (const q of queries) {
    const page = await store.call('receivables.list', receivablesQuerySchema.parse({ ...q, limit: 500 }), storeCtx({ today: TODAY }));
    const m = model(q);
    expect(page.total, JSON.stringify(q)).toBe(m.total);
    expect(page.totals, JSON.stringify(q)).toEqual(m.totals);
    if (m.total <= 500) expect(new Set(page.rows.map((r) => r.id)), JSON.stringify(q)).toEqual(new Set(m.hits.map((h) => h.id)));
  }
  expect(model({ status: 'all' }).total).toBeGreaterThan(500);
  expect(model({ promised: true }).total).toBe(1);
  expect(model({ status: 'paid' }).total).toBeGreaterThan(0);

  // Sorted by due date, pages join up without gaps or repeats; descending is the reverse.
  const all = model({ status: 'all' }).total;
  const seen: string[] = [];
  for (let offset = 0; offset < all; offset += 100) {
    const page = await store.call('receivables.list', receivablesQuerySchema.parse({ status: 'all', offset, limit: 100 }), storeCtx({ today: TODAY }));
    seen.push(...page.rows.map((r) => r.id));
    for (let k = 1; k < page.rows.length; k++) expect(page.rows[k - 1]!.dueDate <= page.rows[k]!.dueDate).toBe(true);
  }
  expect(new Set(seen).size).toBe(all);
  const desc = await store.call('receivables.list', receivablesQuerySchema.parse({ status: 'all', direction: 'desc', limit: 1 }), storeCtx({ today: TODAY }));
  expect(desc.rows[0]!.id).toBe(seen.at(-1));

  // Rows carry their customer; sorting by customer groups them by name.
  const byCustomer = await store.call('receivables.list', receivablesQuerySchema.parse({ sort: 'customer', limit: 500 }), storeCtx({ today: TODAY }));
  const names = byCustomer.rows.map((r) => r.customerName.toLowerCase());
  expect(names.every((n) => n.length > 0)).toBe(true);
  expect(await store.call('integrity.receivables')).toEqual([]);
});
