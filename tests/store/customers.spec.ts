import { demoCustomers, demoInvoices } from '../../electron/services/demo-data';
import type { CustomerListQuery } from '../../shared/contract';
import { AppFailure } from '../../shared/result';
import { expect, test, TODAY } from '../shell/fixtures';
import { storeCtx } from '../shell/store-context';

const actor = { user: 'Tester', now: '2026-11-23T09:00:00.000Z' };
const list: CustomerListQuery = { search: '', showInactive: false, sort: 'name', direction: 'asc', offset: 0, limit: 100 };

test('creates, lists, sorts, searches and refuses a duplicate number', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const [a, b, c] = demoCustomers(3, 7);
  await store.call('customers.create', { ...a!, number: 'K2', name: 'Zoë Çelik' }, storeCtx({ actor }));
  await store.call('customers.create', { ...b!, number: 'K1', name: 'Ábel Müller', city: 'Köln' }, storeCtx({ actor }));
  await store.call('customers.create', { ...c!, number: 'K3', name: 'van den Berg BV', creditLimitCents: null }, storeCtx({ actor }));

  const byName = await store.call('customers.list', list);
  expect(byName.rows.map((r) => r.name)).toEqual(['Ábel Müller', 'van den Berg BV', 'Zoë Çelik']);
  const byNumberDesc = await store.call('customers.list', { ...list, sort: 'number', direction: 'desc' });
  expect(byNumberDesc.rows.map((r) => r.number)).toEqual(['K3', 'K2', 'K1']);
  const byLimit = await store.call('customers.list', { ...list, sort: 'creditLimitCents' });
  expect(byLimit.rows[0]!.creditLimitCents).toBeNull();

  for (const [q, expected] of [['zoe', ['Zoë Çelik']], ['CELIK', ['Zoë Çelik']], ['mull', ['Ábel Müller']], ['k', ['Ábel Müller', 'van den Berg BV', 'Zoë Çelik']], ['vandenb', ['van den Berg BV']], ['xyz', []]] as const) {
    const r = await store.call('customers.list', { ...list, search: q });
    expect(r.rows.map((x) => x.name), q).toEqual(expected);
    expect(r.total).toBe(expected.length);
  }

  const dup = store.call('customers.create', { ...a!, number: 'K1' }, storeCtx({ actor }));
  await expect(dup).rejects.toBeInstanceOf(AppFailure);
  await expect(dup).rejects.toMatchObject({ code: 'validation', issues: [{ field: 'number', key: 'errors.customer.numberTaken' }] });
  expect((await store.call('customers.list', { ...list, showInactive: true })).total).toBe(3);
  expect((await store.call('customers.nextNumber')).number).toBe('K4');
});

test('inactive customers are hidden unless asked for; delete is refused while invoices are open', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const [a] = demoCustomers(1, 3);
  const c = await store.call('customers.create', a!, storeCtx({ actor }));
  await store.call('invoices.create', { number: 'F1', customerId: c.id, issueDate: '2026-10-01', dueDate: '2026-10-31', amountCents: 12_345, openCents: 12_345 }, storeCtx({ actor }));

  await store.call('customers.setActive', { id: c.id, active: false }, storeCtx({ actor }));
  expect((await store.call('customers.list', list)).total).toBe(0);
  expect((await store.call('customers.list', { ...list, showInactive: true })).rows[0]).toMatchObject({ id: c.id, active: false });
  expect((await store.call('customers.list', { ...list, search: a!.name.slice(0, 4) })).total).toBe(0);

  await expect(store.call('customers.delete', { id: c.id }, storeCtx({ actor }))).rejects.toMatchObject({ code: 'conflict', issues: [{ key: 'errors.customer.hasOpenInvoices' }] });
  const card = await store.call('customers.get', { id: c.id }, storeCtx({ today: TODAY }));
  expect(card.customer.openBalanceCents).toBe(12_345);
  expect(card.openInvoices).toHaveLength(1);
  expect(card.overdueByCurrency.EUR).toBe(12_345);
});

test('a customer without open invoices can be deleted and is gone', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const c = await store.call('customers.create', demoCustomers(1, 4)[0]!, storeCtx({ actor }));
  await store.call('customers.delete', { id: c.id }, storeCtx({ actor }));
  await expect(store.call('customers.get', { id: c.id }, storeCtx({ today: TODAY }))).rejects.toMatchObject({ code: 'not_found' });
});

test('the maintained balances equal a recomputation after a bulk load and single invoices', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const customers = demoCustomers(200, 11);
  const invoices = demoInvoices(customers.map((c) => c.number), 12, TODAY, 11);
  await store.call('bulk.load', { customers, invoices }, storeCtx({ actor }));

  const expected = new Map<string, number>();
  for (const i of invoices) expected.set(i.customerNumber, (expected.get(i.customerNumber) ?? 0) + i.openCents);
  const all = await store.call('customers.list', { ...list, limit: 500, showInactive: true });
  expect(all.total).toBe(200);
  for (const row of all.rows) expect(row.openBalanceCents, row.number).toBe(expected.get(row.number) ?? 0);

  let n = 0;
  for (const row of all.rows.slice(0, 20)) {
    for (let k = 0; k < 3; k++) {
      const amount = 1000 + ((n * 7919) % 50_000);
      const currency = k === 2 ? 'USD' : 'EUR';
      await store.call('invoices.create', { number: `X${n}`, customerId: row.id, issueDate: '2026-11-01', dueDate: '2026-12-01', currency, amountCents: amount, openCents: amount - (n % 3) * 100 }, storeCtx({ actor }));
      n++;
    }
  }
  expect(await store.call('integrity.balances')).toEqual([]);
});

test('a failing bulk load writes nothing', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const customers = demoCustomers(50, 5);
  const invoices = demoInvoices(customers.map((c) => c.number), 3, TODAY, 5);
  invoices.push({ ...invoices[0]!, number: 'ORPHAN', customerNumber: 'NOPE' });
  await expect(store.call('bulk.load', { customers, invoices }, storeCtx({ actor }))).rejects.toMatchObject({ code: 'validation' });
  expect((await store.call('customers.list', { ...list, showInactive: true })).total).toBe(0);
});

test('search results follow every committed write: create, rename, deactivate, invoice, delete', async ({ launch }) => {
  const { store } = await launch({ withUi: false });
  const [a, b] = demoCustomers(2, 9);
  const search = (q: string, extra: Partial<CustomerListQuery> = {}) => store.call('customers.list', { ...list, search: q, ...extra });
  const first = await store.call('customers.create', { ...a!, number: 'S1', name: 'Brasserie Zoë' }, storeCtx({ actor }));
  const second = await store.call('customers.create', { ...b!, number: 'S2', name: 'Brouwerij Noël' }, storeCtx({ actor }));
  expect((await search('br')).rows.map((r) => r.number)).toEqual(['S1', 'S2']);

  await store.call('customers.update', { id: first.id, fields: { ...a!, number: 'S1', name: 'Zoë Café' } }, storeCtx({ actor }));
  expect((await search('br')).rows.map((r) => r.number)).toEqual(['S2']);
  expect((await search('cafe')).rows[0]).toMatchObject({ id: first.id, name: 'Zoë Café' });

  await store.call('invoices.create', { number: 'B1', customerId: second.id, issueDate: '2026-10-01', dueDate: '2026-10-31', amountCents: 99_00, openCents: 99_00 }, storeCtx({ actor }));
  const byBalance = await search('s', { sort: 'openBalanceCents', direction: 'desc' });
  expect(byBalance.rows.map((r) => [r.number, r.openBalanceCents])).toEqual([['S2', 99_00 + second.openBalanceCents], ['S1', 0]]);

  await store.call('customers.setActive', { id: second.id, active: false }, storeCtx({ actor }));
  expect((await search('noel')).total).toBe(0);
  expect((await search('noel', { showInactive: true })).total).toBe(1);

  await store.call('customers.delete', { id: first.id }, storeCtx({ actor }));
  expect((await search('zoe', { showInactive: true })).total).toBe(0);
  expect((await store.call('customers.list', { ...list, showInactive: true })).total).toBe(1);
});
